import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../resources/locales/en/monitoring.json';
import id from '../../../resources/locales/id/monitoring.json';
import { periodLabel, type PeriodTranslate } from './periodLabel';

async function translator(language: 'id' | 'en'): Promise<PeriodTranslate> {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { id: { monitoring: id }, en: { monitoring: en } }, defaultNS: 'monitoring', interpolation: { escapeValue: false } });
  return (key, params) => String(instance.t(key, params as never));
}

describe('periodLabel', () => {
  it('names periods the Indonesian way, quarters and semesters in Roman numerals', async () => {
    const t = await translator('id');
    expect(periodLabel('2026-Q1', t, 'id-ID')).toBe('Triwulan I 2026');
    expect(periodLabel('2026-Q4', t, 'id-ID')).toBe('Triwulan IV 2026');
    expect(periodLabel('2026-M01', t, 'id-ID')).toBe('Januari 2026');
    expect(periodLabel('2026-S2', t, 'id-ID')).toBe('Semester II 2026');
  });

  it('and the English way', async () => {
    const t = await translator('en');
    expect(periodLabel('2026-Q1', t, 'en')).toBe('Quarter 1 2026');
    expect(periodLabel('2026-M12', t, 'en')).toBe('December 2026');
    expect(periodLabel('2026-S1', t, 'en')).toBe('Half 1 2026');
  });

  it('shows a malformed key as it is', async () => {
    expect(periodLabel('2026-Q5', await translator('id'), 'id-ID')).toBe('2026-Q5');
  });
});
