import { ActionIcon, Anchor, Group } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "Dokumen evaluasi" on the rating screen, once the evaluation exists. */
export function EvaluationDocumentLink({ skpId, periodKey }: { skpId: string; periodKey: string }) {
  const { t } = useTranslation('evaluationDocument');
  return (
    <Anchor component={Link} to={`/evaluation/${skpId}/${periodKey}/document`} size="sm">
      <Group gap={4} component="span">
        <IconFileText size={16} aria-hidden />
        {t('page.link')}
      </Group>
    </Anchor>
  );
}

/** The unit's Penetapan Predikat Kinerja, from its recorded result on the organisation results screen. */
export function PenetapanDocumentLink({ unitId, unitName, periodKey }: { unitId: string; unitName: string; periodKey: string }) {
  const { t } = useTranslation('evaluationDocument');
  const label = t('page.penetapanLinkFor', { unit: unitName });
  return (
    <ActionIcon component={Link} to={`/evaluation/unit/${unitId}/${periodKey}/document`} size="sm" variant="subtle" aria-label={label} title={label}>
      <IconFileText size={16} aria-hidden />
    </ActionIcon>
  );
}
