import { Button, Group, List, MultiSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ratingLabels, ratings } from '../../../../shared/evaluation/tables';
import { defaultLanguage, isLanguage } from '../../../../shared/languages';
import { berakhlak } from '../../../../shared/skp/berakhlak';
import { useRepo } from '../../../app/RepoContext';
import { notifyError, notifySuccess } from '../../../components/notify';
import { peerView, requestPeerInput } from '../../../db/evaluation/peerInputs';
import { useFormat } from '../../../i18n/format';
import { useSignedInSession } from '../../auth/session';

/**
 * Colleagues' input on perilaku kerja, when the office uses it: the appraiser asks colleagues;
 * whoever may read the evaluation sees the summary per BerAKHLAK value (no names when anonymous).
 */
export function PeerInputPanel({ skpId, periodKey }: { skpId: string; periodKey: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const view = useLiveQuery(() => peerView(repo, session, skpId, periodKey).catch(() => null), [repo, session, skpId, periodKey]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  if (!view || !view.enabled) return null;
  const { summary } = view;

  const ask = async () => {
    setBusy(true);
    try {
      await requestPeerInput(repo, session, skpId, periodKey, chosen);
      notifySuccess(t('peer.asked', { count: chosen.length }));
      setChosen([]);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('peer.title')}>
      <Stack>
        <div>
          <Title order={2} size="h3">
            {t('peer.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {view.anonymous ? t('peer.anonymousIntro') : t('peer.namedIntro')}
          </Text>
        </div>
        {view.candidates.length > 0 && (
          <Group align="flex-end">
            <MultiSelect
              label={t('peer.choose')}
              w={420}
              searchable
              limit={50}
              data={view.candidates.map((c) => ({ value: c.id, label: c.unit ? `${c.name} — ${c.unit}` : c.name }))}
              value={chosen}
              onChange={setChosen}
            />
            <Button onClick={() => void ask()} loading={busy} disabled={chosen.length === 0}>
              {t('peer.ask')}
            </Button>
          </Group>
        )}
        {view.asked.length > 0 && (
          <Text size="sm">
            {t('peer.askedList', { list: view.asked.map((a) => (a.answered === null ? a.name : `${a.name} (${a.answered ? t('peer.answered') : t('peer.waiting')})`)).join(', ') })}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {t('peer.progress', { answered: summary.answered, asked: summary.asked })}
        </Text>
        {!summary.shown ? (
          <Text size="sm" c="dimmed">
            {t('peer.heldBack')}
          </Text>
        ) : summary.answered > 0 ? (
          <>
            <Table striped withTableBorder aria-label={t('peer.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('peer.value')}</Table.Th>
                  {[...ratings].reverse().map((r) => (
                    <Table.Th key={r} scope="col">
                      {ratingLabels[r][lang]}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {berakhlak.map((v) => (
                  <Table.Tr key={v.key}>
                    <Table.Th scope="row">{v.name[lang]}</Table.Th>
                    {[...ratings].reverse().map((r) => (
                      <Table.Td key={r}>{format.number(summary.counts[v.key][r])}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {summary.comments.length > 0 && (
              <List size="sm" aria-label={t('peer.comments')}>
                {summary.comments.map((c, i) => (
                  <List.Item key={i}>{c.raterId ? `${view.asked.find((a) => a.raterId === c.raterId)?.name ?? ''}: ${c.text}` : c.text}</List.Item>
                ))}
              </List>
            )}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
