import { List, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { berakhlak } from '../../../shared/skp/berakhlak';
import type { SkpFormValues } from './skpForm';

/** The 7 BerAKHLAK values with their fixed guidelines, and the appraiser's specific expectation for each. */
export function PerilakuSection({ form, readOnly }: { form: UseFormReturnType<SkpFormValues>; readOnly: boolean }) {
  const { t, i18n } = useTranslation('skp');
  const lang = i18n.language === 'en' ? 'en' : 'id';
  return (
    <Stack component="section" aria-labelledby="perilaku-heading">
      <Title order={2} size="h3" id="perilaku-heading">
        {t('editor.perilaku')}
      </Title>
      <Text size="sm">{t('editor.perilakuHint')}</Text>
      {berakhlak.map((value, i) => (
        <SimpleGrid key={value.key} cols={{ base: 1, md: 2 }} spacing="md">
          <div>
            <Text fw={700}>
              {i + 1}. {value.name[lang]}
            </Text>
            <List size="sm" type="ordered">
              {value.guidelines[lang].map((g) => (
                <List.Item key={g}>{g}</List.Item>
              ))}
            </List>
          </div>
          <Textarea
            label={t('editor.ekspektasiOf', { value: value.name[lang] })}
            autosize
            minRows={2}
            readOnly={readOnly}
            {...form.getInputProps(`ekspektasi.${value.key}`)}
          />
        </SimpleGrid>
      ))}
    </Stack>
  );
}
