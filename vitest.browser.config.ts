import { defineConfig } from 'vitest/config';

// Browser tests: the real built app (npm run build) started as `sanxiang start` on a fresh data directory,
// driven by playwright-core in Debian's Chromium. One server per test file; files run one at a time.
export default defineConfig({
  test: {
    include: ['packages/web/test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
