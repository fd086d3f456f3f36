import { Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError, type AppErrorData } from '../../../../shared/errors';
import { predikatOf, ratingLabels, ratings, type Rating } from '../../../../shared/evaluation/tables';
import { defaultLanguage, isLanguage } from '../../../../shared/languages';
import { useRepo } from '../../../app/RepoContext';
import { toErrorData } from '../../../components/ErrorText';
import { FormAlert } from '../../../components/FormAlert';
import { notifySuccess } from '../../../components/notify';
import { evaluationId, finaliseEvaluation, saveRating } from '../../../db/evaluation/evaluations';
import type { RatingView } from '../../../db/evaluation/ratingView';
import { useSignedInSession } from '../../auth/session';
import { PredikatBadge } from '../PredikatBadge';
import { OverrideModal } from './OverrideModal';

/** Best first, as the appraiser reads the choice. */
const choices = [...ratings].reverse();

/**
 * The Pejabat Penilai's two ratings with their justifications. The predikat shows from the matrix
 * as soon as both are chosen; it is never typed. Finalising first saves what is on screen; when the
 * unit's distribution then breaks its curve, the official finalises only with a written reason.
 */
export function RatingForm({ view, periodKey }: { view: RatingView; periodKey: string }) {
  const { t, i18n } = useTranslation('evaluation');
  const lang = isLanguage(i18n.language) ? i18n.language : defaultLanguage;
  const repo = useRepo();
  const session = useSignedInSession();
  const { skp, evaluation } = view;
  const [hasil, setHasil] = useState<Rating | null>(evaluation?.hasil ?? null);
  const [perilaku, setPerilaku] = useState<Rating | null>(evaluation?.perilaku ?? null);
  const [hasilNote, setHasilNote] = useState(evaluation?.hasilNote ?? '');
  const [perilakuNote, setPerilakuNote] = useState(evaluation?.perilakuNote ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [overriding, setOverriding] = useState(false);
  const name = skp.snapshot.employee.name;
  // A unit head's annual rating hasil kerja is their unit's organisation result: shown, not chosen.
  const fixed = view.headHasil;
  const shownHasil = fixed ? fixed.rating : hasil;

  const save = () => saveRating(repo, session, { skpId: skp.id, periodKey, hasil: shownHasil, hasilNote, perilaku, perilakuNote });
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      if (e instanceof AppError && e.code === 'evaluation.distributionBreach') setOverriding(true);
      else setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };
  const onSave = () =>
    run(async () => {
      await save();
      notifySuccess(t('rating.saved', { name }));
    });
  const onFinalise = () =>
    run(async () => {
      await save();
      await finaliseEvaluation(repo, session, evaluationId(skp.id, periodKey));
      notifySuccess(t('rating.finalised', { name }));
    });

  const group = (label: string, hint: string, value: Rating | null, set: (r: Rating) => void, disabled = false) => (
    <Radio.Group label={label} description={hint} value={value} onChange={(v) => set(v as Rating)} withAsterisk>
      <Group gap="lg" mt={6}>
        {choices.map((r) => (
          <Radio key={r} value={r} label={ratingLabels[r][lang]} disabled={disabled} />
        ))}
      </Group>
    </Radio.Group>
  );

  return (
    <Paper withBorder p="md" component="section" aria-label={t('rating.title2')}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('rating.title2')}
        </Title>
        {fixed
          ? group(t('rating.hasil'), fixed.rating ? t('rating.hasilFromOrg', { unit: fixed.unit }) : t('rating.hasilAwaitsOrg', { unit: fixed.unit }), shownHasil, setHasil, true)
          : group(t('rating.hasil'), t('rating.hasilHint'), hasil, setHasil)}
        <Textarea label={t('rating.hasilNote')} value={hasilNote} onChange={(e) => setHasilNote(e.currentTarget.value)} withAsterisk autosize minRows={2} maxLength={1000} />
        {group(t('rating.perilaku'), t('rating.perilakuHint'), perilaku, setPerilaku)}
        <Textarea label={t('rating.perilakuNote')} value={perilakuNote} onChange={(e) => setPerilakuNote(e.currentTarget.value)} withAsterisk autosize minRows={2} maxLength={1000} />
        <div role="status" aria-live="polite">
          <Text size="sm" fw={600}>
            {t('rating.predikat')}
          </Text>
          {shownHasil && perilaku ? <PredikatBadge predikat={predikatOf(shownHasil, perilaku)} /> : <Text size="sm" c="dimmed">{t('rating.predikatPending')}</Text>}
        </div>
        <FormAlert error={error} />
        <Group>
          <Button variant="default" onClick={() => void onSave()} loading={busy}>
            {t('rating.save')}
          </Button>
          <Button onClick={() => void onFinalise()} loading={busy}>
            {t('rating.finalise')}
          </Button>
        </Group>
      </Stack>
      {overriding && <OverrideModal view={view} evaluationKey={evaluationId(skp.id, periodKey)} onClose={() => setOverriding(false)} />}
    </Paper>
  );
}
