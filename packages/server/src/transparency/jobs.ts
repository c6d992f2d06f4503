import type { Config } from '../config.js';
import { systemContext } from '../context.js';
import { registerJob } from '../jobs/runner.js';
import { signTreeHead } from './sign-tree-head.js';

export const SIGN_TREE_HEAD_JOB = 'transparency.sign-tree-head';

/** a signed tree head on a schedule (SANXIANG_TREE_HEAD_EVERY, default hourly) when the log grew. */
export function registerTransparencyJobs(env: NodeJS.ProcessEnv = process.env, _config?: Config): void {
  registerJob(SIGN_TREE_HEAD_JOB, { every: env.SANXIANG_TREE_HEAD_EVERY || '1h' }, async ({ db, now }) => {
    const head = await signTreeHead(db, systemContext(`job:${SIGN_TREE_HEAD_JOB}`), 'schedule', { now });
    return head ? `signed tree head ${head.treeSize} ${head.rootHash}` : 'log unchanged, no new head';
  });
}
