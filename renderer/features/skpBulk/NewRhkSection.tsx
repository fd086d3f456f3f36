import { ActionIcon, Autocomplete, Button, Group, Radio, Select, Table, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { skpLimits } from '../../../shared/skp/schemas';
import { aspekList, commonTargetUnits, polarities, rhkKinds, type RhkKind } from '../../../shared/skp/tables';
import { Section } from './Section';
import type { IkiDraft } from './targetGrid';

export interface NewRhkDraft {
  text: string;
  kind: RhkKind;
  indicators: IkiDraft[];
}

/** Which fields the last save attempt found empty. */
export interface NewRhkErrors {
  text: boolean;
  iki: { index: number; field: 'text' | 'unit' }[];
}

/** Step 3: the RHK each person gets: its text, utama or tambahan, and its IKIs (prefilled from the leader's). */
export function NewRhkSection({
  draft,
  onChange,
  onAddIki,
  errors,
}: {
  draft: NewRhkDraft;
  onChange: (draft: NewRhkDraft) => void;
  onAddIki: () => void;
  errors: NewRhkErrors;
}) {
  const { t } = useTranslation(['skpBulk', 'skp']);
  const required = t('rhk.required');
  const ikiError = (index: number, field: 'text' | 'unit') => (errors.iki.some((e) => e.index === index && e.field === field) ? required : undefined);
  const setIki = (index: number, patch: Partial<IkiDraft>) => onChange({ ...draft, indicators: draft.indicators.map((iki, i) => (i === index ? { ...iki, ...patch } : iki)) });

  return (
    <Section title={t('rhk.heading')}>
      <Textarea
        label={t('rhk.text')}
        description={t('rhk.textHint')}
        withAsterisk
        autosize
        minRows={2}
        maxLength={skpLimits.rhk}
        value={draft.text}
        error={errors.text && !draft.text.trim() ? required : undefined}
        onChange={(e) => onChange({ ...draft, text: e.currentTarget.value })}
      />
      <Radio.Group label={t('rhk.kind')} value={draft.kind} onChange={(kind) => onChange({ ...draft, kind: kind as RhkKind })}>
        <Group mt={4}>
          {rhkKinds.map((kind) => (
            <Radio key={kind} value={kind} label={t(`skp:rhkKind.${kind}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Table withTableBorder verticalSpacing={6}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text fw={600} size="sm" c="var(--mantine-color-text)">
            {t('rhk.indicators')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('rhk.aspekColumn')}</Table.Th>
            <Table.Th>
              {t('rhk.ikiColumn')} <Required />
            </Table.Th>
            <Table.Th w={170}>
              {t('rhk.unitColumn')} <Required />
            </Table.Th>
            <Table.Th w={260}>{t('rhk.polarityColumn')}</Table.Th>
            <Table.Th w={52}>
              <VisuallyHidden>{t('rhk.removeColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {draft.indicators.map((iki, index) => {
            const n = index + 1;
            return (
              <Table.Tr key={iki.key} style={{ verticalAlign: 'top' }}>
                <Table.Td>
                  <Select
                    aria-label={t('rhk.aspek', { n })}
                    allowDeselect={false}
                    data={aspekList.map((a) => ({ value: a, label: t(`skp:aspek.${a}`) }))}
                    value={iki.aspek}
                    onChange={(v) => v && setIki(index, { aspek: v as IkiDraft['aspek'] })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('rhk.iki', { n })}
                    aria-required
                    maxLength={skpLimits.iki}
                    value={iki.text}
                    error={ikiError(index, 'text')}
                    onChange={(e) => setIki(index, { text: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Autocomplete
                    aria-label={t('rhk.unit', { n })}
                    aria-required
                    maxLength={skpLimits.unit}
                    data={[...commonTargetUnits]}
                    value={iki.unit}
                    error={ikiError(index, 'unit')}
                    onChange={(unit) => setIki(index, { unit })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    aria-label={t('rhk.polarity', { n })}
                    allowDeselect={false}
                    data={polarities.map((p) => ({ value: p, label: t(`skp:polarity.${p}`) }))}
                    value={iki.polarity}
                    onChange={(v) => v && setIki(index, { polarity: v as IkiDraft['polarity'] })}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t('rhk.remove', { n })}
                    disabled={draft.indicators.length <= 1}
                    onClick={() => onChange({ ...draft, indicators: draft.indicators.filter((_, i) => i !== index) })}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group>
        <Button variant="default" leftSection={<IconPlus size={16} aria-hidden />} onClick={onAddIki} disabled={draft.indicators.length >= skpLimits.ikiCount}>
          {t('rhk.add')}
        </Button>
      </Group>
    </Section>
  );
}

/** The asterisk of a required column; the inputs carry aria-required for screen readers. */
function Required() {
  return (
    <Text span c="red" aria-hidden>
      *
    </Text>
  );
}
