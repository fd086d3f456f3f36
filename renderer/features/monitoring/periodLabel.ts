import { parsePeriodKey } from '../../../shared/monitoring/periods';

/** A translate function as the label needs it (i18next's `t`, bound to the monitoring namespace). */
export type PeriodTranslate = (key: 'period.quarter' | 'period.month' | 'period.semester', params: Record<string, string | number>) => string;

const roman = ['I', 'II', 'III', 'IV'];

/**
 * A period key as people say it: "Triwulan I 2026" / "Quarter 1 2026", "Januari 2026" /
 * "January 2026", "Semester I 2026" / "Half 1 2026". Indonesian forms number quarters and
 * semesters in Roman numerals, as the official Pemantauan Kinerja form does. Month names come
 * from Intl in the reader's locale. A malformed key is shown as it is.
 */
export function periodLabel(key: string, t: PeriodTranslate, locale: string): string {
  const period = parsePeriodKey(key);
  if (!period) return key;
  const { index, year } = period;
  if (period.rhythm === 'monthly') {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(year, index - 1, 1)));
    return t('period.month', { month, year: String(year) });
  }
  const params = { index, roman: roman[index - 1] ?? String(index), year: String(year) };
  return t(period.rhythm === 'quarterly' ? 'period.quarter' : 'period.semester', params);
}
