import { defineConfig } from 'vitest/config';

// Unit and API tests. The database template is migrated and seeded once per run (globalSetup);
// each test file then clones it cheaply (PGlite: loadDataDir, PostgreSQL: CREATE DATABASE … TEMPLATE).
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', 'packages/*/test/browser/**'],
    globalSetup: ['packages/server/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
