import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The planning year: last year, this year and the next two, which is where SKPs are written. */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const { t } = useTranslation('skp');
  const now = new Date().getFullYear();
  const years = [now - 1, now, now + 1, now + 2];
  if (!years.includes(value)) years.push(value);
  return (
    <Select
      label={t('year')}
      w={120}
      allowDeselect={false}
      data={years.sort().map((y) => ({ value: String(y), label: String(y) }))}
      value={String(value)}
      onChange={(v) => v && onChange(Number(v))}
    />
  );
}

/** The year a planning screen opens on, kept in the URL (?year=) so links and reloads keep it. */
export function yearFromSearch(search: URLSearchParams): number {
  const year = Number(search.get('year'));
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : new Date().getFullYear();
}
