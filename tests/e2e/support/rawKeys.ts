import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

const LOCALES = resolve(import.meta.dirname, '../../../resources/locales/id');

function flatten(value: unknown, prefix: string, out: string[]): void {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.push(prefix.replace(/_(zero|one|two|few|many|other)$/, ''));
  }
}

/** Every dotted key of every namespace: text on a screen that equals one is an untranslated key. */
const dottedKeys: string[] = readdirSync(LOCALES).flatMap((file) => {
  const keys: string[] = [];
  flatten(JSON.parse(readFileSync(resolve(LOCALES, file), 'utf8')), '', keys);
  const ns = file.replace(/\.json$/, '');
  return keys.filter((k) => k.includes('.')).flatMap((k) => [k, `${ns}:${k}`]);
});

export async function expectNoRawKeys(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  const words = new Set(text.split(/[\s,;()]+/));
  expect(dottedKeys.filter((key) => words.has(key)), 'translation keys shown instead of text').toEqual([]);
}
