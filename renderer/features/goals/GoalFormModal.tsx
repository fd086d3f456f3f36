import { ActionIcon, Autocomplete, Button, Fieldset, Group, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { OfficeGoalInputSchema, type OfficeGoalInput } from '../../../shared/skp/schemas';
import { commonTargetUnits, polarities, type Polarity } from '../../../shared/skp/tables';
import { useRepo } from '../../app/RepoContext';
import { AppModal } from '../../components/AppModal';
import { DialogActions } from '../../components/DialogActions';
import { FormAlert } from '../../components/FormAlert';
import { NumberField } from '../../components/NumberField';
import { useFormSubmit, zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import type { OfficeGoalRecord } from '../../db/records';
import { saveGoal } from '../../db/skp/goals';
import { useSignedInSession } from '../auth/session';

type Indicator = OfficeGoalInput['indicators'][number];
const blankIku = (): Indicator => ({ text: '', target: Number.NaN, unit: '', polarity: 'higher' });

export function GoalFormModal({ goal, year, onClose }: { goal: OfficeGoalRecord | null; year: number; onClose: () => void }) {
  const { t } = useTranslation(['skp', 'common']);
  const repo = useRepo();
  const session = useSignedInSession();
  const form = useForm<OfficeGoalInput>({
    initialValues: {
      year: goal?.year ?? year,
      statement: goal?.statement ?? '',
      indicators: goal ? goal.indicators.map((i) => ({ id: i.id, text: i.text, target: i.target ?? Number.NaN, unit: i.unit, polarity: i.polarity })) : [blankIku()],
    },
    validate: zodValidate(OfficeGoalInputSchema),
  });
  const { busy, error, submit } = useFormSubmit(form, async (values) => {
    await saveGoal(repo, session, goal?.id ?? null, values);
    notifySuccess(t('goals.saved'));
    onClose();
  });
  const indicators = form.getValues().indicators;

  return (
    <AppModal opened onClose={onClose} title={goal ? t('goals.titleEdit') : t('goals.titleNew', { year })} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormAlert error={error} />
          <Textarea label={t('goals.statement')} description={t('goals.statementHint')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('statement')} />
          {indicators.map((iku, i) => (
            <Fieldset key={form.key(`indicators.${i}`)} legend={t('goals.ikuNumber', { number: i + 1 })}>
              <Stack gap="xs">
                <Textarea label={t('goals.ikuText')} withAsterisk autosize minRows={1} {...form.getInputProps(`indicators.${i}.text`)} />
                <Group align="flex-start" grow>
                  <NumberField
                    label={t('goals.target')}
                    withAsterisk
                    {...form.getInputProps(`indicators.${i}.target`)}
                    value={Number.isNaN(iku.target) ? null : iku.target}
                    onChange={(v) => form.setFieldValue(`indicators.${i}.target`, v ?? Number.NaN)}
                  />
                  <Autocomplete label={t('goals.unit')} withAsterisk data={[...commonTargetUnits]} {...form.getInputProps(`indicators.${i}.unit`)} />
                  <Select
                    label={t('goals.polarity')}
                    allowDeselect={false}
                    data={polarities.map((p) => ({ value: p, label: t(`polarity.${p}`) }))}
                    {...form.getInputProps(`indicators.${i}.polarity`)}
                    onChange={(v) => v && form.setFieldValue(`indicators.${i}.polarity`, v as Polarity)}
                  />
                </Group>
                {indicators.length > 1 && (
                  <Group justify="flex-end">
                    <ActionIcon variant="subtle" color="red" aria-label={t('goals.removeIku', { number: i + 1 })} onClick={() => form.removeListItem('indicators', i)}>
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  </Group>
                )}
              </Stack>
            </Fieldset>
          ))}
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('indicators', blankIku())} style={{ alignSelf: 'flex-start' }}>
            {t('goals.addIku')}
          </Button>
          <DialogActions onCancel={onClose} submitLabel={t('common:actions.save')} busy={busy} />
        </Stack>
      </form>
    </AppModal>
  );
}
