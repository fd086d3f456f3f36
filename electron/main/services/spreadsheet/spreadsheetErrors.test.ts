import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fileKinds, spreadsheetErrorCodes, type SpreadsheetErrorCode } from './spreadsheetErrors';

/**
 * Every code the spreadsheet services answer, translated the way the renderer does it
 * (`t(code, params)` with `errors` as the default namespace), in both languages: the `spreadsheet:`
 * prefix must reach resources/locales/<lang>/spreadsheet.json, every placeholder must be filled,
 * and the nested kind of file must resolve.
 */

const localesDir = resolve(import.meta.dirname, '../../../../resources/locales');
const load = (lang: string, ns: string) => JSON.parse(readFileSync(resolve(localesDir, lang, `${ns}.json`), 'utf8')) as object;

const params: Record<SpreadsheetErrorCode, Record<string, string | number>> = {
  'spreadsheet:empty': {},
  'spreadsheet:tooLarge': { limitMb: 20 },
  'spreadsheet:unsupportedExtension': {},
  'spreadsheet:typeMismatch': { expected: '.xlsx', actual: 'pdf' },
  'spreadsheet:encrypted': {},
  'spreadsheet:corrupt': {},
  'spreadsheet:zipBomb': { limitMb: 256 },
  'spreadsheet:tooManyRows': { sheet: 'Pegawai', count: 100_000 },
  'spreadsheet:timeout': { seconds: 15 },
  'spreadsheet:tooComplex': {},
};

async function translator(lng: 'id' | 'en') {
  const missing: string[] = [];
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    fallbackLng: false,
    ns: ['errors', 'spreadsheet'],
    defaultNS: 'errors',
    resources: { [lng]: { errors: load(lng, 'errors'), spreadsheet: load(lng, 'spreadsheet') } },
    interpolation: { escapeValue: false },
    saveMissing: true,
    missingKeyHandler: (_lngs, ns, key) => missing.push(`${ns}:${key}`),
  });
  return { t: instance.t.bind(instance) as (key: string, options?: object) => string, missing };
}

describe.each(['id', 'en'] as const)('spreadsheet error messages in %s', (lng) => {
  it.each(spreadsheetErrorCodes)('%s reads as a full sentence naming the file', async (code) => {
    const { t, missing } = await translator(lng);
    const text = t(code, { fileName: 'Data Pegawai.xlsx', ...params[code] });
    expect(missing).toEqual([]);
    expect(text).toContain('"Data Pegawai.xlsx"');
    expect(text).not.toMatch(/\{\{|\$t\(|spreadsheet:/);
    if (code === 'spreadsheet:tooManyRows') expect(text).toContain(lng === 'id' ? '100.000' : '100,000');
  });

  it('names every kind of file a mismatch can report', async () => {
    const { t, missing } = await translator(lng);
    const texts = fileKinds.map((actual) => t('spreadsheet:typeMismatch', { fileName: 'a.xlsx', expected: '.xlsx', actual }));
    expect(missing).toEqual([]);
    expect(new Set(texts).size).toBe(fileKinds.length);
    expect(texts[fileKinds.indexOf('pdf')]).toContain('PDF');
  });
});
