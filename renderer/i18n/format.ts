import { useTranslation } from 'react-i18next';
import { intlLocale, isLanguage, defaultLanguage } from '../../shared/languages';

/** Numbers, sizes and dates through Intl in the active language (id-ID or en). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = intlLocale[isLanguage(i18n.language) ? i18n.language : defaultLanguage];
  return {
    locale,
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** A calendar date (ISO yyyy-mm-dd), shown without shifting across time zones. */
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    bytes: (value: number) => formatBytes(value, locale),
  };
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

export function formatBytes(value: number, locale: string): string {
  let unit = 0;
  let amount = value;
  while (amount >= 1024 && unit < units.length - 1) {
    amount /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(amount);
}
