import { Alert, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayedCapaian } from '../../../shared/monitoring/capaian';
import type { AppErrorData } from '../../../shared/errors';
import type { Iki } from '../../../shared/skp/types';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { NumberField } from '../../components/NumberField';
import { notifySuccess } from '../../components/notify';
import { saveRealisation } from '../../db/monitoring/realisations';
import type { EvidenceRecord, RealisationRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { CorrectionModal } from './CorrectionModal';
import { EvidenceList } from './EvidenceList';
import type { IkiProgress } from './monitoringProgress';

const statusColors = { 'on-track': 'green', 'at-risk': 'orange', behind: 'red' } as const;

export interface IkiEntryProps {
  skpId: string;
  periodKey: string;
  /** "RHK 1, IKI 2": names the fields for screen readers, where several IKI share a page. */
  name: string;
  iki: Iki;
  realisation: RealisationRecord | undefined;
  progress: IkiProgress;
  evidence: EvidenceRecord[];
  /** The employee (or HR) may write, and the period is open. */
  editable: boolean;
  /** The Pejabat Penilai may correct a stored value. */
  correctable: boolean;
  capPercent: number;
  maxMb: number;
}

/** One IKI in one period: target, realisation with its source and note, capaian, checks, evidence. */
export function IkiEntry(props: IkiEntryProps) {
  const { skpId, periodKey, name, iki, realisation, progress, evidence, editable, correctable, capPercent, maxMb } = props;
  const { t } = useTranslation(['monitoring', 'skp']);
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const [value, setValue] = useState<number | null>(realisation?.value ?? null);
  const [source, setSource] = useState(realisation?.source ?? '');
  const [note, setNote] = useState(realisation?.note ?? '');
  const [explanation, setExplanation] = useState(realisation?.explanation ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [correcting, setCorrecting] = useState(false);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      if (value === null) throw null;
      await saveRealisation(repo, session, { skpId, ikiId: iki.id, periodKey, value, source, note, explanation });
      notifySuccess(t('iki.saved', { iki: iki.text }));
    } catch (e) {
      setError(e === null ? { code: 'monitoring.valueNotNumber' } : toErrorData(e));
    } finally {
      setBusy(false);
    }
  };

  const percent = (c: DisplayedCapaian | null) => (c === null ? t('iki.missing') : new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(c.shown));
  const cappedNote = (c: DisplayedCapaian | null) =>
    c?.capped ? t('iki.capped', { cap: `${format.number(capPercent)} %`, raw: Number.isFinite(c.raw) ? new Intl.NumberFormat(format.locale, { style: 'percent', maximumFractionDigits: 1 }).format(c.raw) : '∞' }) : null;
  const flags = realisation?.flags ?? [];

  return (
    <Paper withBorder p="md" component="section" aria-label={t('iki.region', { name, text: iki.text })}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Text fw={600}>{iki.text}</Text>
            <Text size="sm" c="dimmed">
              {t('iki.target', { value: iki.target === null ? t('iki.missing') : format.number(iki.target), unit: iki.unit })} · {t(`skp:polarity.${iki.polarity}`)}
            </Text>
          </div>
          {progress.status && (
            <Badge color={statusColors[progress.status]} variant="light" tt="none">
              {t(`status.${progress.status}`)}
            </Badge>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NumberField label={t('iki.value')} aria-label={t('iki.valueOf', { name })} value={value} onChange={setValue} readOnly={!editable} required={editable} rightSection={<Text size="xs" c="dimmed">{iki.unit}</Text>} rightSectionWidth={80} />
          <TextInput label={t('iki.source')} aria-label={t('iki.sourceOf', { name })} value={source} onChange={(e) => setSource(e.currentTarget.value)} readOnly={!editable} required={editable} maxLength={300} />
          <TextInput label={t('iki.note')} aria-label={t('iki.noteOf', { name })} value={note} onChange={(e) => setNote(e.currentTarget.value)} readOnly={!editable} maxLength={1000} />
        </SimpleGrid>
        <Group gap="xl">
          <div>
            <Text size="xs" c="dimmed">
              {t('iki.capaianPeriod')}
            </Text>
            <Text fw={600}>
              {percent(progress.period)}
            </Text>
            {cappedNote(progress.period) && <Text size="xs">{cappedNote(progress.period)}</Text>}
          </div>
          <div>
            <Text size="xs" c="dimmed">
              {t('iki.capaianToDate')}
            </Text>
            <Text fw={600}>
              {percent(progress.toDateCapaian)}
            </Text>
            {cappedNote(progress.toDateCapaian) && <Text size="xs">{cappedNote(progress.toDateCapaian)}</Text>}
          </div>
          {progress.expected !== null && progress.toDate !== null && (
            <Text size="xs" c="dimmed">
              {t('iki.toDate', { value: format.number(progress.toDate), expected: format.number(progress.expected), unit: iki.unit })}
            </Text>
          )}
        </Group>
        {realisation?.correction && (
          <Alert color="blue" variant="light" title={t('iki.correctedTitle')}>
            {t('iki.corrected', { by: realisation.correction.by, previous: format.number(realisation.correction.previous), value: format.number(realisation.value), reason: realisation.correction.reason })}
          </Alert>
        )}
        {flags.length > 0 && (
          <Alert color="yellow" variant="light" title={t('iki.flagsTitle')}>
            <List size="sm">
              {flags.map((f, i) => (
                <List.Item key={i}>
                  <ErrorText error={f} />
                </List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              {editable ? t('iki.flagsHint') : t('iki.flagsHintRead')}
            </Text>
          </Alert>
        )}
        {(flags.length > 0 || explanation) && (
          <Textarea label={t('iki.explanation')} aria-label={t('iki.explanationOf', { name })} value={explanation} onChange={(e) => setExplanation(e.currentTarget.value)} readOnly={!editable} autosize minRows={2} maxLength={1000} />
        )}
        <FormAlert error={error} />
        {(editable || (correctable && realisation)) && (
          <Group>
            {editable && (
              <Button onClick={() => void save()} loading={busy} aria-label={t('iki.saveOf', { name })}>
                {t('iki.save')}
              </Button>
            )}
            {correctable && realisation && (
              <Button variant="light" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setCorrecting(true)} aria-label={t('iki.correctOf', { name })}>
                {t('iki.correct')}
              </Button>
            )}
          </Group>
        )}
        <EvidenceList where={{ skpId, ikiId: iki.id, periodKey }} items={evidence} editable={editable} ikiText={name} maxMb={maxMb} />
      </Stack>
      {correcting && realisation && <CorrectionModal realisation={realisation} ikiText={iki.text} unit={iki.unit} onClose={() => setCorrecting(false)} />}
    </Paper>
  );
}
