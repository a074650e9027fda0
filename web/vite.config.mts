/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web UI: React 19 + TanStack Router/Query, built into web/dist, which the Nest app serves at `/`
 * (src/web/web.module.ts). `npm run web:dev` serves it with hot reload on :5173 and proxies the API
 * to API_ORIGIN (default http://localhost:3000). JSX goes through Vite's built-in Oxc transform.
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic' } },
  // The compare table's CSV uses the API's writer (src/search/export/material-table.ts, csv-stringify):
  // its Node entry needs Buffer, the browser build brings its own (in the lazy compare chunk only).
  resolve: { alias: { 'csv-stringify/sync': 'csv-stringify/browser/esm/sync' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // React itself in a chunk of its own: loaded up front like the rest, but cached across releases
        // (and the app's own chunk stays under the size warning).
        codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
      onwarn(warning, warn) {
        // React libraries mark modules "use client" for server components; meaningless in this SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: {
      '/api': process.env.API_ORIGIN ?? 'http://localhost:3000',
      '/health': process.env.API_ORIGIN ?? 'http://localhost:3000',
    },
  },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Form tests type a lot through user-event; on a busy 2-core machine one can pass 5 s.
    testTimeout: 20_000,
  },
});
