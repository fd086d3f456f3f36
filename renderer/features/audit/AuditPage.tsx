import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconShieldCheck } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../../shared/auditChain';
import { useRepo } from '../../app/RepoContext';
import { notifyError, notifySuccess } from '../../components/notify';
import { allAudit, listAudit, verifyAudit } from '../../db/audit';
import { useFormat } from '../../i18n/format';
import { api } from '../../platform/api';
import { useSignedInSession } from '../auth/session';
import { auditCsv } from './auditCsv';
import { actionLabel, describeChanges } from './describeAudit';

export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const entries = useLiveQuery(() => listAudit(repo, session), [repo, session]);
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [busy, setBusy] = useState<'verify' | 'export' | null>(null);

  const verify = async () => {
    setBusy('verify');
    try {
      setVerification(await verifyAudit(repo, session));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  const exportCsv = async () => {
    setBusy('export');
    try {
      const bytes = auditCsv(t, await allAudit(repo, session), format);
      const day = new Date().toISOString().slice(0, 10);
      const result = await api.saveFile({ suggestedName: `${t('export.fileName')}-${day}.csv`, mimeType: 'text/csv', bytes });
      notifySuccess(result.saved ? t('export.done', { fileName: result.fileName ?? '' }) : t('export.cancelled'));
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack>
      <Title order={1}>{t('title')}</Title>
      <Text>{t('intro')}</Text>
      <Group>
        <Button leftSection={<IconShieldCheck size={18} aria-hidden />} onClick={() => void verify()} loading={busy === 'verify'}>
          {t('verify.button')}
        </Button>
        <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void exportCsv()} loading={busy === 'export'}>
          {t('export.button')}
        </Button>
      </Group>
      {verification && (
        <Alert role="status" color={verification.ok ? 'green' : 'red'} variant="light">
          {verification.ok
            ? t('verify.intact', { count: verification.count })
            : t('verify.broken', { seq: verification.seq, reason: t(`verify.reasons.${verification.reason}`) })}
        </Alert>
      )}
      {entries && <Text size="sm">{t('showing', { count: entries.length })}</Text>}
      <Table.ScrollContainer minWidth={800}>
        <Table striped withTableBorder>
          <Table.Caption>{t('table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.seq')}</Table.Th>
              <Table.Th>{t('table.at')}</Table.Th>
              <Table.Th>{t('table.actor')}</Table.Th>
              <Table.Th>{t('table.action')}</Table.Th>
              <Table.Th>{t('table.changes')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries?.map((entry) => (
              <Table.Tr key={entry.seq}>
                <Table.Td>{format.number(entry.seq)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(entry.at)}</Table.Td>
                <Table.Td>{entry.actorName ?? t('system')}</Table.Td>
                <Table.Td>{actionLabel(t, entry)}</Table.Td>
                <Table.Td>
                  {describeChanges(t, entry, true, format.number).map((line, i) => (
                    <Text key={i} size="sm">
                      {line}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
