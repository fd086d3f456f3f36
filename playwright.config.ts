import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  // Reduced motion: axe and screenshots never catch a notification or modal half-faded.
  use: { launchOptions: chromiumLaunchOptions(), trace: 'retain-on-failure', reducedMotion: 'reduce', actionTimeout: 20_000 },
  projects: [
    { name: 'web', testDir: 'tests/e2e', use: { browserName: 'chromium' } },
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
