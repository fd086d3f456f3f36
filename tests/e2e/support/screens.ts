import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectNoRawKeys } from './rawKeys';

/**
 * A screen, checked as a person and a screen reader would meet it: no serious or critical axe
 * violation, no untranslated key, and a full-page screenshot in screenshots/ (or
 * $SCREENSHOT_DIR) for a person to look at.
 */
const SHOTS = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
mkdirSync(SHOTS, { recursive: true });

/** `within` limits axe to an open dialog: what lies under a modal's overlay is dimmed on purpose. */
export async function checkScreen(page: Page, language: string, name: string, within?: string) {
  await page.waitForTimeout(300); // let transitions (modals, notifications) settle before looking
  await expectNoRawKeys(page);
  await page.screenshot({ path: resolve(SHOTS, `${language}-${name}.png`), fullPage: true });
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? axe.include(within) : axe).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${language} ${name}: accessibility violations`).toEqual([]);
}

