export { signTreeHead } from './sign-tree-head.js';
export { blobCheckFor, verifyEverything } from './verify-command.js';
export { type VerifyProblem, type VerifyReport, verifyLog } from './verify-log.js';
