import { useTranslation } from 'react-i18next';
import { evaluationYearOf, isAnnualKey } from '../../../shared/evaluation/periods';
import { usePeriodLabel } from '../monitoring/usePeriodLabel';

/** A periodic evaluation's period as the monitoring screens name it; the annual one as "Tahunan 2026". */
export function useEvaluationPeriodLabel(): (key: string) => string {
  const { t } = useTranslation('evaluation');
  const label = usePeriodLabel();
  return (key) => (isAnnualKey(key) ? t('annual', { year: evaluationYearOf(key) }) : label(key));
}
