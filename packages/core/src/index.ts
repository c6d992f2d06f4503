export * from './access/permissions.js';
export * from './access/roles.js';
