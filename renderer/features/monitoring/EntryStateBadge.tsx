import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryState } from '../../../shared/monitoring/deadlines';
import { useFormat } from '../../i18n/format';

const colors: Record<EntryState, string> = { 'not-started': 'gray', open: 'green', 'due-soon': 'orange', locked: 'red' };

/** "Terbuka sampai 10 Apr 2026", "Ditutup 10 Apr 2026": the state of entry with the date that matters. */
export function EntryStateBadge({ state, closesOn, start }: { state: EntryState; closesOn: string; start: string }) {
  const { t } = useTranslation('monitoring');
  const format = useFormat();
  return (
    <Badge color={colors[state]} variant="light" tt="none" size="lg" radius="sm">
      {t(`state.${state}`, { date: format.date(state === 'not-started' ? start : closesOn) })}
    </Badge>
  );
}
