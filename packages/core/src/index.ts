export * from './access/permissions.js';
export * from './access/roles.js';
export * from './calendar/index.js';
export * from './identifiers/index.js';
export * from './law/index.js';
export * from './process/index.js';
export * from './recording/index.js';
