import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

const OUT_DIR = resolve(import.meta.dirname, '../../../out');
const BUILT_HOST = resolve(OUT_DIR, 'main/webhost.js');
const ADDRESS_LINE = /Kinerja Luring \(web\): (http:\/\/\S+)/;
const START_TIMEOUT_MS = 15_000;

export interface WebHost {
  url: string;
}

/**
 * The built web host (out/main/webhost.js, what `npm run start:web` runs), started as its own
 * process on a free port: the end-to-end tests drive the real artifact, spreadsheet worker
 * included. Resolves with the address the host prints once it listens.
 */
function startBuiltHost(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BUILT_HOST, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let settled = false;
  return new Promise((resolvePromise, reject) => {
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill();
      reject(new Error(`The web host did not start (${why}). Its output:\n${output}`));
    };
    const timer = setTimeout(() => fail(`no address after ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      output += chunk;
      process.stderr.write(`[webhost] ${chunk}`);
    });
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const url = ADDRESS_LINE.exec(output)?.[1];
      if (url && !settled) {
        settled = true;
        clearTimeout(timer);
        resolvePromise({ url, child });
      }
    });
    child.once('error', (error) => fail(error.message));
    child.once('exit', (code, signal) => fail(`it exited with ${signal ?? `code ${code}`}`));
  });
}

function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolvePromise();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Each test gets a fresh browser context (so a fresh, empty IndexedDB: a new office PC) on
 * the real web host serving the built renderer. Any console error, uncaught exception or
 * CSP violation fails the test: a missing translation logs one (renderer/i18n).
 */
export const test = base.extend<{ app: Page; consoleProblems: string[] }, { webHost: WebHost }>({
  webHost: [
    async ({}, use) => {
      for (const built of [BUILT_HOST, resolve(OUT_DIR, 'renderer/index.html')]) {
        if (!existsSync(built)) throw new Error(`No build at ${built}: run \`npm run build\` first (npm test does).`);
      }
      const { url, child } = await startBuiltHost();
      try {
        await use({ url });
      } finally {
        await stopHost(child);
      }
    },
    { scope: 'worker' },
  ],
  consoleProblems: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await use(problems);
  },
  app: async ({ page, webHost, consoleProblems }, use) => {
    await page.goto(webHost.url);
    await use(page);
    expect(consoleProblems, 'console errors, warnings or uncaught exceptions').toEqual([]);
  },
});

export { expect };
