import { parsePeriodKey } from '../../../shared/monitoring/periods';

/** A translate function as the label needs it (i18next's `t`, bound to the monitoring namespace). */
export type PeriodTranslate = (key: 'period.quarter' | 'period.month' | 'period.semester' | 'period.numerals', params: Record<string, string | number>) => string;

/**
 * A period key as people say it: "Triwulan I 2026" / "Quarter 1 2026", "Januari 2026" /
 * "January 2026", "Semester I 2026" / "Half 1 2026". Indonesian forms number quarters and
 * semesters in Roman numerals, as the official Pemantauan Kinerja form does (the numerals are
 * a translation, "I,II,III,IV" or "1,2,3,4"). Month names come from Intl in the reader's locale.
 * A malformed key is shown as it is.
 */
export function periodLabel(key: string, translate: PeriodTranslate, locale: string): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const { index, year } = period;
  if (period.rhythm === 'monthly') {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
    return translate('period.month', { month, year: String(year) });
  }
  const numerals = translate('period.numerals', {}).split(',');
  const params = { number: numerals[index - 1]?.trim() || String(index), year: String(year) };
  return translate(period.rhythm === 'quarterly' ? 'period.quarter' : 'period.semester', params);
}
