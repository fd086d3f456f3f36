import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { periodLabel } from './periodLabel';

/** periodLabel in the active language. */
export function usePeriodLabel(): (key: string) => string {
  const { t } = useTranslation('monitoring');
  const { locale } = useFormat();
  return (key) => periodLabel(key, (k, params) => t(k, params), locale);
}
