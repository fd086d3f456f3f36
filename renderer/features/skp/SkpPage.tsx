import { Alert, Anchor, Badge, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArrowLeft, IconPlus, IconPrinter } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AppErrorData } from '../../../shared/errors';
import { SkpContentInputSchema } from '../../../shared/skp/schemas';
import { rhkNumbers, submissionProblems } from '../../../shared/skp/submission';
import { pendekatanList, rhkKinds, type Pendekatan } from '../../../shared/skp/tables';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { FullPageLoader } from '../../components/FullPageLoader';
import { showSubmitError, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { getOfficeSettings } from '../../db/office';
import type { SkpRecord } from '../../db/records';
import { skpAbilities, type SkpAbilities } from '../../db/skp/skpAbilities';
import { approveSkp, returnSkp, startNewVersion, submitSkp, withdrawSkp } from '../../db/skp/skpWorkflow';
import { getSkp, leaderOptions, leaderRhkTexts, saveSkpContent } from '../../db/skp/skps';
import { useFormat } from '../../i18n/format';
import { useSignedInSession } from '../auth/session';
import { LampiranSection } from './LampiranSection';
import { PerilakuSection } from './PerilakuSection';
import { RhkCard } from './RhkCard';
import { SkpIdentity } from './SkpIdentity';
import { NewVersionModal, ReturnModal } from './SkpWorkflowModals';
import { StatusBadge } from './StatusBadge';
import { blankRhk, toContent, toFormValues, type SkpFormValues } from './skpForm';

/** One SKP: identity, hasil kerja, perilaku, lampiran, and the workflow step the reader may take. */
export function SkpPage() {
  const { t } = useTranslation('skp');
  const { skpId = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const loaded = useLiveQuery(
    async () => {
      try {
        const skp = await getSkp(repo, session, skpId);
        return { skp, abilities: await skpAbilities(repo, session, skp) };
      } catch (error) {
        return { error: toErrorData(error) };
      }
    },
    [repo, session, skpId],
  );
  if (!loaded) return <FullPageLoader />;
  if ('error' in loaded) {
    return (
      <Stack>
        <Title order={1}>{t('editor.unavailable')}</Title>
        <FormAlert error={loaded.error ?? null} />
        <BackLink year={null} />
      </Stack>
    );
  }
  // Remounted after each save, so the form always starts from what is stored.
  return <SkpEditor key={`${loaded.skp.id}:${loaded.skp.rev}`} skp={loaded.skp} abilities={loaded.abilities} />;
}

function BackLink({ year }: { year: number | null }) {
  const { t } = useTranslation('skp');
  return (
    <Anchor component={Link} to={year ? `/skp?year=${year}` : '/skp'} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('editor.back')}
      </Group>
    </Anchor>
  );
}

function SkpEditor({ skp, abilities }: { skp: SkpRecord; abilities: SkpAbilities }) {
  const { t } = useTranslation('skp');
  const repo = useRepo();
  const session = useSignedInSession();
  const navigate = useNavigate();
  const format = useFormat();
  const leaders = useLiveQuery(() => (abilities.edit ? leaderOptions(repo, session, skp.employeeId, skp.year) : Promise.resolve({ rhk: [], iku: [] })), [repo, session, skp, abilities.edit]);
  const parentTexts = useLiveQuery(() => leaderRhkTexts(repo, session, skp), [repo, session, skp]);
  const settings = useLiveQuery(() => getOfficeSettings(repo.db, session.officeId), [repo, session.officeId]);
  const validate = zodValidate(SkpContentInputSchema);
  const form = useForm<SkpFormValues>({ initialValues: toFormValues(skp), validate: (values) => validate(toContent(values)) });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [problems, setProblems] = useState<AppErrorData[]>([]);
  const [modal, setModal] = useState<'return' | 'version' | null>(null);

  if (!leaders || !parentTexts || !settings) return <FullPageLoader />;
  const readOnly = !abilities.edit;
  const values = form.getValues();
  const numbers = rhkNumbers(values.rhk);

  const run = async (name: string, work: () => Promise<void>) => {
    setBusy(name);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(showSubmitError(form, e));
    } finally {
      setBusy(null);
    }
  };
  const save = async () => {
    if (form.validate().hasErrors) throw null;
    await saveSkpContent(repo, session, skp.id, toContent(form.getValues()));
  };
  const onSave = () => run('save', async () => {
    try {
      await save();
      notifySuccess(t('editor.saved'));
    } catch (e) {
      if (e !== null) throw e;
    }
  });
  const onSubmit = () =>
    run('submit', async () => {
      const found = submissionProblems({ form: skp.form, rhk: form.getValues().rhk });
      setProblems(found);
      if (found.length > 0) return;
      try {
        if (abilities.edit) await save();
      } catch (e) {
        if (e === null) return;
        throw e;
      }
      await submitSkp(repo, session, skp.id);
      notifySuccess(t('editor.submitted'));
    });
  const onWithdraw = () => run('withdraw', async () => {
    await withdrawSkp(repo, session, skp.id);
    notifySuccess(t('editor.withdrawn'));
  });
  const onApprove = () => run('approve', async () => {
    await approveSkp(repo, session, skp.id);
    notifySuccess(t('editor.approved'));
  });

  return (
    <Stack>
      <BackLink year={skp.year} />
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('editor.title', { name: skp.snapshot.employee.name, year: skp.year })}</Title>
          <Group gap="xs" mt={4}>
            <StatusBadge status={skp.status} />
            <Badge variant="outline" color="gray">
              {t('editor.version', { version: skp.version })}
            </Badge>
            <Badge variant="outline" color="gray">
              {t(`form.${skp.form}`)}
            </Badge>
            <Text size="sm">{t('editor.period', { start: format.date(skp.periodStart), end: format.date(skp.periodEnd) })}</Text>
          </Group>
        </div>
        <Button component={Link} to={`/skp/${skp.id}/document`} variant="light" leftSection={<IconPrinter size={16} aria-hidden />}>
          {t('editor.document')}
        </Button>
      </Group>
      {(skp.previousId || skp.nextId) && (
        <Alert color="gray" variant="light">
          <Group gap="md">
            {skp.status === 'closed' && <Text size="sm">{t('editor.closedNote')}</Text>}
            {skp.previousId && (
              <Anchor component={Link} to={`/skp/${skp.previousId}`} size="sm">
                {t('editor.previousVersion')}
              </Anchor>
            )}
            {skp.nextId && (
              <Anchor component={Link} to={`/skp/${skp.nextId}`} size="sm">
                {t('editor.nextVersion')}
              </Anchor>
            )}
          </Group>
        </Alert>
      )}
      {skp.returnNote && (skp.status === 'returned' || skp.status === 'draft') && (
        <Alert color="orange" variant="light" title={t('editor.returnedWith')}>
          {skp.returnNote}
        </Alert>
      )}
      <FormAlert error={error} />
      {problems.length > 0 && (
        <Alert color="red" variant="light" role="alert" title={t('editor.cannotSubmit')}>
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>
                <ErrorText error={p} />
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SkpIdentity snapshot={skp.snapshot} />
      <Text size="sm" c="dimmed">
        {t('editor.snapshotAt', { date: format.date(skp.snapshot.at) })}
      </Text>
      <Select
        label={t('editor.pendekatan')}
        w={220}
        allowDeselect={false}
        readOnly={readOnly}
        data={pendekatanList.map((p) => ({ value: p, label: t(`pendekatan.${p}`) }))}
        {...form.getInputProps('pendekatan')}
        onChange={(v) => v && form.setFieldValue('pendekatan', v as Pendekatan)}
      />
      <Title order={2} size="h3">
        {t('editor.hasilKerja')}
      </Title>
      {rhkKinds.map((kind) => (
        <Stack key={kind} gap="sm">
          <Title order={3} size="h4">
            {t(`editor.section.${kind}`)}
          </Title>
          {values.rhk.map((r, index) =>
            r.kind === kind ? (
              <RhkCard
                key={r.id}
                form={form}
                index={index}
                number={numbers.get(r.id)!}
                skpForm={skp.form}
                leaders={leaders}
                parentTexts={parentTexts}
                perspektif={settings.perspektif}
                readOnly={readOnly}
              />
            ) : null,
          )}
          {!values.rhk.some((r) => r.kind === kind) && <Text size="sm">{t('editor.noRhk')}</Text>}
          {!readOnly && (
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }} onClick={() => form.insertListItem('rhk', blankRhk(kind, skp.form))}>
              {t(`editor.addRhk.${kind}`)}
            </Button>
          )}
        </Stack>
      ))}
      <PerilakuSection form={form} readOnly={!abilities.editEkspektasi} />
      <LampiranSection form={form} readOnly={readOnly} />
      <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        {abilities.newVersion && (
          <Button variant="default" onClick={() => setModal('version')}>
            {t('editor.newVersion')}
          </Button>
        )}
        {abilities.withdraw && (
          <Button variant="default" loading={busy === 'withdraw'} onClick={onWithdraw}>
            {t('step.withdraw')}
          </Button>
        )}
        {abilities.decide && (
          <>
            <Button variant="default" color="orange" onClick={() => setModal('return')}>
              {t('step.return')}
            </Button>
            <Button color="green" loading={busy === 'approve'} onClick={onApprove}>
              {t('step.approve')}
            </Button>
          </>
        )}
        {abilities.edit && (
          <Button variant={abilities.submit ? 'default' : 'filled'} loading={busy === 'save'} onClick={onSave}>
            {t('editor.save')}
          </Button>
        )}
        {abilities.submit && (
          <Button loading={busy === 'submit'} onClick={onSubmit}>
            {t('step.submit')}
          </Button>
        )}
      </Group>
      {modal === 'return' && (
        <ReturnModal
          onClose={() => setModal(null)}
          onReturn={async (note) => {
            await returnSkp(repo, session, skp.id, note);
            notifySuccess(t('editor.returned'));
          }}
        />
      )}
      {modal === 'version' && (
        <NewVersionModal
          periodStart={skp.periodStart}
          periodEnd={skp.periodEnd}
          onClose={() => setModal(null)}
          onStart={async (date) => {
            const next = await startNewVersion(repo, session, skp.id, date);
            notifySuccess(t('editor.versionStarted', { version: next.version }));
            navigate(`/skp/${next.id}`);
          }}
        />
      )}
    </Stack>
  );
}
