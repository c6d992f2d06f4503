export * from './deadline.js';
export * from './policy.js';
export * from './redaction.js';
