import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressStatus } from './skpProgress';

const colors: Record<ProgressStatus | 'closed', string> = { none: 'gray', draft: 'gray', returned: 'orange', submitted: 'indigo', approved: 'green', closed: 'gray' };

/** An SKP's status as a coloured word (never colour alone). */
export function StatusBadge({ status }: { status: ProgressStatus | 'closed' }) {
  const { t } = useTranslation('skp');
  return (
    <Badge variant="light" color={colors[status]}>
      {status === 'none' ? t('list.noSkp') : t(`status.${status}`)}
    </Badge>
  );
}
