import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Flags Debian's Chromium needs on a closed network (see README, "Tests"). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Which Chromium the tests drive: CHROMIUM_PATH when set, else Debian's /usr/bin/chromium,
 * else Playwright's own downloaded browser (where `npx playwright install` can run).
 */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = findChromium();
  return { args: CHROMIUM_FLAGS, ...(executablePath ? { executablePath } : {}) };
}
