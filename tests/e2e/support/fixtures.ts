import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../../../webhost/server';

const RENDERER_DIR = resolve(import.meta.dirname, '../../../out/renderer');

/**
 * Each test gets a fresh browser context (so a fresh, empty IndexedDB: a new office PC) on
 * the real web host serving the built renderer. Any console error, uncaught exception or
 * CSP violation fails the test: a missing translation logs one (renderer/i18n).
 */
export const test = base.extend<{ app: Page; consoleProblems: string[] }, { webHost: WebHost }>({
  webHost: [
    async ({}, use) => {
      if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
        throw new Error(`No built renderer at ${RENDERER_DIR}: run \`npm run build\` first (npm test does).`);
      }
      const host = await startWebHost({ rootDir: RENDERER_DIR, port: 0 });
      await use(host);
      await host.close();
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
