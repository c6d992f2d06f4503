import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The server serves this build at /console/ and the API at /api/v1 on the same origin. In development the
// API is proxied to a locally running server (SANXIANG_API, default http://localhost:3000).
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  resolve: {
    // 'source' makes @sanxiang/core resolve to its TypeScript, so no separate core build is needed.
    conditions: ['source', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: process.env.SANXIANG_API ?? 'http://localhost:3000', changeOrigin: false },
    },
  },
});
