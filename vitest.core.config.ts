import { defineConfig } from 'vitest/config';

// Core is pure, so its tests need none of the database globalSetup of the root config.
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    include: ['packages/core/test/**/*.test.ts'],
  },
});
