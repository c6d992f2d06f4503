import { defineConfig } from 'vitest/config';

// The console's unit tests need a browser-like global (localStorage, fetch types) but no database, so they
// can run without the server's global setup: `npx vitest run --config packages/web/vitest.config.ts`.
export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ['source'] },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // Browser tests (test/browser) drive a built server and run from the root browser config.
    exclude: ['**/node_modules/**', 'test/browser/**'],
    environment: 'jsdom',
  },
});
