import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit and API tests. The database template is migrated and seeded once per run (globalSetup);
// each test file then clones it cheaply (PGlite: loadDataDir, PostgreSQL: CREATE DATABASE … TEMPLATE).
const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  // The global setup is loaded outside the test workers' resolver, so the workspace packages are
  // aliased to their sources explicitly (otherwise it would pick up a stale dist/).
  resolve: {
    conditions: ['source'],
    alias: {
      // The subpath first: an alias also matches ids that start with it.
      '@sanxiang/core/merkle': fileURLToPath(new URL('./packages/core/src/merkle/index.ts', import.meta.url)),
      '@sanxiang/core': src('core'),
      '@sanxiang/server': src('server'),
    },
  },
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
