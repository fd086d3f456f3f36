import { Button, Group, Stack, Stepper, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AdminAccountSchema, OfficeIdentitySchema, SetupInputSchema, type SetupInput } from '../../../shared/account';
import type { AppErrorData } from '../../../shared/errors';
import { isLanguage } from '../../../shared/languages';
import { formatNip } from '../../../shared/nip';
import { useRepo } from '../../app/RepoContext';
import { FormAlert } from '../../components/FormAlert';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { zodValidate } from '../../components/forms';
import { notifySuccess } from '../../components/notify';
import { StandaloneLayout } from '../../components/StandaloneLayout';
import { setUpOffice } from '../../db/setup';
import { useSession } from '../auth/session';
import { PasswordField } from '../../components/PasswordField';

const stepSchemas = [z.object({ office: OfficeIdentitySchema }), z.object({ admin: AdminAccountSchema })];

const empty: SetupInput = {
  office: { instansi: '', officeName: '', officeCode: '' },
  admin: { name: '', nip: '', password: '', passwordConfirm: '' },
};

/** First run: the only screen reachable until an office and its first HR administrator exist. */
export function SetupWizard() {
  const { t, i18n } = useTranslation(['setup', 'common']);
  const repo = useRepo();
  const { start } = useSession();
  const [step, setStep] = useState(0);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<AppErrorData | null>(null);
  const form = useForm<SetupInput>({ initialValues: empty, validate: zodValidate(SetupInputSchema) });

  const next = () => {
    const errors = zodValidate(stepSchemas[step]!)(form.getValues());
    form.setErrors(errors);
    if (Object.keys(errors).length === 0) setStep(step + 1);
  };

  const finish = async () => {
    setFormError(null);
    setSaving(true);
    try {
      const session = await setUpOffice(repo, { ...form.getValues(), language: isLanguage(i18n.language) ? i18n.language : undefined });
      notifySuccess(t('done'));
      start({ ...session, mustChangePassword: false });
    } catch (error) {
      // Checks repeated at save time (e.g. setup already done elsewhere) land on their step.
      const data = toErrorData(error);
      if (data.field) {
        form.setFieldError(data.field, <ErrorText error={data} />);
        setStep(data.field.startsWith('office') ? 0 : 1);
      } else {
        setFormError(data);
      }
    } finally {
      setSaving(false);
    }
  };

  const values = form.getValues();
  const review = [
    [t('fields.instansi'), values.office.instansi],
    [t('fields.officeName'), values.office.officeName],
    [t('fields.officeCode'), values.office.officeCode],
    [t('fields.adminName'), values.admin.name],
    [t('fields.nip'), formatNip(values.admin.nip)],
  ] as const;
  return (
    <StandaloneLayout width={720}>
      <Stack>
        <Title order={1}>{t('title')}</Title>
        <Text>{t('intro')}</Text>
        <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm">
          <Stepper.Step label={t('steps.office')} description={t('steps.officeDescription')}>
            <Stack mt="md">
              <TextInput label={t('fields.instansi')} description={t('fields.instansiHint')} withAsterisk {...form.getInputProps('office.instansi')} />
              <TextInput label={t('fields.officeName')} description={t('fields.officeNameHint')} withAsterisk {...form.getInputProps('office.officeName')} />
              <TextInput label={t('fields.officeCode')} description={t('fields.officeCodeHint')} withAsterisk {...form.getInputProps('office.officeCode')} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('steps.admin')} description={t('steps.adminDescription')}>
            <Stack mt="md">
              <TextInput label={t('fields.adminName')} description={t('fields.adminNameHint')} withAsterisk autoComplete="name" {...form.getInputProps('admin.name')} />
              <TextInput label={t('fields.nip')} description={t('fields.nipHint')} withAsterisk inputMode="numeric" autoComplete="username" {...form.getInputProps('admin.nip')} />
              <PasswordField label={t('fields.password')} description={t('fields.passwordHint')} withAsterisk autoComplete="new-password" {...form.getInputProps('admin.password')} />
              <PasswordField label={t('fields.passwordConfirm')} withAsterisk autoComplete="new-password" {...form.getInputProps('admin.passwordConfirm')} />
            </Stack>
          </Stepper.Step>
          <Stepper.Step label={t('steps.review')} description={t('steps.reviewDescription')}>
            <Stack mt="md">
              <Title order={2} size="h4">
                {t('review.heading')}
              </Title>
              <Table variant="vertical" withTableBorder>
                <Table.Tbody>
                  {review.map(([label, value]) => (
                    <Table.Tr key={label}>
                      <Table.Th w={220}>{label}</Table.Th>
                      <Table.Td>{value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm" c="dimmed">
                {t('review.note')}
              </Text>
              <FormAlert error={formError} />
            </Stack>
          </Stepper.Step>
        </Stepper>
        <Group justify="space-between" mt="md">
          <Button variant="default" onClick={() => setStep(step - 1)} disabled={step === 0}>
            {t('common:actions.back')}
          </Button>
          {step < 2 ? (
            <Button onClick={next}>{t('common:actions.next')}</Button>
          ) : (
            <Button onClick={() => void finish()} loading={saving}>
              {t('finish')}
            </Button>
          )}
        </Group>
      </Stack>
    </StandaloneLayout>
  );
}
