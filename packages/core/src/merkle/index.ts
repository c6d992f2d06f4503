// The verifiable log's tree. Exported as '@sanxiang/core/merkle' (not from the package root, which
// the browser console bundles): hashers.ts uses node:crypto.
export * from './hashers.js';
export * from './tree.js';
