import { SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { lampiranSections } from '../../../shared/skp/tables';
import type { SkpFormValues } from './skpForm';

/** Lampiran SKP: three lists, one item per line. */
export function LampiranSection({ form, readOnly }: { form: UseFormReturnType<SkpFormValues>; readOnly: boolean }) {
  const { t } = useTranslation('skp');
  return (
    <Stack component="section" aria-labelledby="lampiran-heading">
      <Title order={2} size="h3" id="lampiran-heading">
        {t('editor.lampiran')}
      </Title>
      <Text size="sm">{t('editor.lampiranHint')}</Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {lampiranSections.map((s) => (
          <Textarea key={s} label={t(`lampiran.${s}`)} autosize minRows={3} readOnly={readOnly} {...form.getInputProps(`lampiran.${s}`)} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
