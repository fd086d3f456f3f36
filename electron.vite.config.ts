import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { CSP_NONCE_PLACEHOLDER } from './electron/main/services/contentSecurityPolicy';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The web host (npm run start:web, the end-to-end tests): built here so its
          // `?nodeWorker` import becomes the same worker chunk as Electron's.
          webhost: resolve(__dirname, 'webhost/start.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() node_modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    publicDir: resolve(__dirname, 'resources/public'),
    // The host (app:// protocol or web host) replaces the placeholder with a fresh nonce
    // per response, so Mantine's <style> tags pass a CSP without 'unsafe-inline'.
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      // Loaded from disk (app://) or loopback, never over a network: one ~1 MB bundle is fine.
      chunkSizeWarningLimit: 1200,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
