import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CreateWorker } from './readInWorker';

/**
 * For Vitest only: the real parseWorker.ts started as a worker thread through tsx (Vitest
 * cannot resolve electron-vite's `?nodeWorker`). `--import tsx` in a worker's execArgv does
 * not load TypeScript in Node 20, so a one-line ES module registers tsx in the worker and then
 * imports the worker file.
 */
const require = createRequire(import.meta.url);
/** tsx's ES-module API (`require.resolve` would give its CommonJS twin, which cannot register in a worker). */
function tsxEsmApi(): string {
  const packageJson = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(packageJson, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports['./esm/api']?.import.default;
  if (!entry) throw new Error('tsx no longer exports ./esm/api');
  return pathToFileURL(join(dirname(packageJson), entry)).href;
}
const tsxApi = tsxEsmApi();
const workerFile = pathToFileURL(require.resolve('./parseWorker.ts')).href;
const bootstrap = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(workerFile)});`;
const bootstrapUrl = new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`);

export const createTsParseWorker: CreateWorker = (options) => new Worker(bootstrapUrl, options);
