import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../shared/roles';
import { useRepo } from '../../app/RepoContext';
import { useSignedInSession } from '../auth/session';
import { exportEvaluation, type EvaluationExportKind } from './exportEvaluation';

/**
 * "Ekspor" on the evaluation list: the predikat recap, the national record (final only, .xlsx and
 * .csv) and, for HR and the head, the office's distribution per unit, all for the period on
 * screen; the national items say "final only" in their own names (a menu holds menu items only,
 * so no separate note). The roles are read here so that the page needs no `user` from its route; the
 * repository refuses the distribution to anyone else anyway.
 */
export function EvaluationExportMenu({ year, periodKey, periodLabel, unitId }: { year: number; periodKey: string; periodLabel: string; unitId: string | null }) {
  const { t } = useTranslation('evaluationExport');
  const repo = useRepo();
  const session = useSignedInSession();
  const readAll = useLiveQuery(async () => can((await repo.db.users.get(session.userId))?.roles ?? [], 'evaluation.readAll'), [repo, session.userId], false);
  const [busy, setBusy] = useState(false);

  const run = async (kind: EvaluationExportKind) => {
    setBusy(true);
    try {
      // The unit on screen scopes the recap; the national record and the distribution are the office's.
      await exportEvaluation(repo, session, kind, { year, periodKey, periodLabel, unitId });
    } finally {
      setBusy(false);
    }
  };
  const kinds: EvaluationExportKind[] = ['recap', 'nationalXlsx', 'nationalCsv', ...(readAll ? (['distribution'] as const) : [])];

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy} leftSection={<IconDownload size={18} aria-hidden />} rightSection={<IconChevronDown size={16} aria-hidden />} aria-label={t('menu.label', { period: periodLabel })}>
          {t('menu.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {kinds.map((kind) => (
          <Menu.Item key={kind} onClick={() => void run(kind)}>
            {t(`menu.${kind}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
