export * from './citizen-id.js';
export * from './credit-code.js';
