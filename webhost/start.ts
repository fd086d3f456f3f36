import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Bundled by electron-vite exactly as for Electron: the worker becomes its own chunk in out/main.
import createSpreadsheetWorker from '../electron/main/services/spreadsheet/parseWorker?nodeWorker';
import { startWebHost } from './server';

/**
 * `npm run start:web`: the web host as built by electron-vite (out/main/webhost.js, the main
 * build's second entry), serving the renderer built beside it (out/renderer). Port from
 * `--port N`, else $PORT, else 5180; `--port 0` picks a free port. It prints the address it
 * really listens on, `Kinerja Luring (web): http://127.0.0.1:<port>`, which the end-to-end
 * tests read (tests/e2e/support/fixtures.ts).
 */

const DEFAULT_PORT = 5180;

function portFromArgs(args: string[]): number {
  const flag = args.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  const raw = flag === -1 ? process.env.PORT : (args[flag]?.split('=')[1] ?? args[flag + 1]);
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`Invalid port "${raw}": use a number from 0 to 65535.`);
  }
  return port;
}

async function main(): Promise<void> {
  // This file runs as out/main/webhost.js; the renderer is built to out/renderer.
  const rootDir = fileURLToPath(new URL('../renderer', import.meta.url));
  if (!existsSync(`${rootDir}/index.html`)) {
    console.error(`No built app at ${rootDir}/index.html.`);
    console.error('Run `npm run build` first, or use `npm run start:web`, which builds and then starts.');
    process.exit(1);
  }
  const host = await startWebHost({
    rootDir,
    port: portFromArgs(process.argv.slice(2)),
    createSpreadsheetWorker,
    prewarmSpreadsheetWorker: true,
  });
  console.log(`Kinerja Luring (web): ${host.url}`);

  const stop = () => {
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
