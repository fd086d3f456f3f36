import { useTranslation } from 'react-i18next';
import { parsePeriodKey, type MonitoringPeriod } from '../../../shared/monitoring/periods';
import { useFormat } from '../../i18n/format';

/** A period as a reader says it: "Maret 2026", "Triwulan II 2026" (as the monitoring screens say it); an unknown key as itself. */
export function usePeriodName(): (period: MonitoringPeriod | string) => string {
  const { t } = useTranslation('monitoringSettings');
  const { locale } = useFormat();
  return (input) => {
    const period = typeof input === 'string' ? parsePeriodKey(input) : input;
    if (!period) return String(input);
    if (period.rhythm === 'monthly') {
      return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period.start}T00:00:00Z`));
    }
    return t(`period.${period.rhythm}`, { roman: ['I', 'II', 'III', 'IV'][period.index - 1] ?? String(period.index), year: period.year });
  };
}
