import { Button } from '@mantine/core';
import { IconAdjustments } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SettingsSection } from './SettingsSection';

/** Where HR finds the year's monitoring rules and period reopening (their own page: it is a table, not a field). */
export function MonitoringLinkSection() {
  const { t } = useTranslation('monitoringSettings');
  return (
    <SettingsSection title={t('linkSection')} description={t('linkDescription')}>
      <div>
        <Button component={Link} to="/monitoring/settings" variant="light" leftSection={<IconAdjustments size={16} aria-hidden />}>
          {t('link')}
        </Button>
      </div>
    </SettingsSection>
  );
}
