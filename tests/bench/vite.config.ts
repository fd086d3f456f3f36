import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from '../../electron/main/services/contentSecurityPolicy.ts';

/** The benchmark page, built next to the app (out/renderer/bench) so both share one origin. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: '/bench/',
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  build: {
    outDir: resolve(import.meta.dirname, '../../out/renderer/bench'),
    emptyOutDir: true,
    minify: true,
    // blank.html: the baselines' page, the app's database and nothing else.
    rolldownOptions: { input: { bench: resolve(import.meta.dirname, 'page/index.html'), blank: resolve(import.meta.dirname, 'page/blank.html') } },
  },
  logLevel: 'warn',
});
