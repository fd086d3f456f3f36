import { ActionIcon, Autocomplete, Button, Card, Group, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Fragment } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { defaultRollup, rollups, type Rollup } from '../../../shared/monitoring/rollup';
import { useTranslation } from 'react-i18next';
import { aspekList, commonTargetUnits, polarities, type Aspek, type Polarity, type SkpForm } from '../../../shared/skp/tables';
import type { RhkParent } from '../../../shared/skp/types';
import { NumberField } from '../../components/NumberField';
import type { LeaderOptions } from '../../db/skp/skps';
import type { SkpFormValues } from './skpForm';

const encodeParent = (p: RhkParent | null) => (p ? `${p.kind}:${p.kind === 'rhk' ? p.rhkId : p.ikuId}` : null);
function decodeParent(value: string | null): RhkParent | null {
  if (!value) return null;
  const [kind, id] = [value.slice(0, 3), value.slice(4)];
  return kind === 'iku' ? { kind: 'iku', ikuId: id } : { kind: 'rhk', rhkId: id };
}

interface Props {
  form: UseFormReturnType<SkpFormValues>;
  index: number;
  number: number;
  skpForm: SkpForm;
  leaders: LeaderOptions;
  /** Texts of what the saved RHK intervene, for a link whose leader RHK is no longer offered. */
  parentTexts: Map<string, string>;
  perspektif: string[];
  readOnly: boolean;
}

/** One RHK with its IKI: what it intervenes, its text, and a row per indicator with the target. */
export function RhkCard({ form, index, number, skpForm, leaders, parentTexts, perspektif, readOnly }: Props) {
  const { t } = useTranslation('skp');
  const path = `rhk.${index}`;
  const rhk = form.getValues().rhk[index]!;
  const label = t('editor.rhkLabel', { section: t(`rhkKind.${rhk.kind}`), no: number });
  const parentValue = encodeParent(rhk.parent);
  const columns = skpForm === 'ja_jf' ? 5 : 4;
  const offered = [
    { group: t('editor.leaderRhkGroup'), items: leaders.rhk.map((o) => ({ value: `rhk:${o.rhkId}`, label: `${o.text} — ${o.ownerName}` })) },
    { group: t('editor.ikuGroup'), items: leaders.iku.map((o) => ({ value: `iku:${o.ikuId}`, label: o.text })) },
  ].filter((g) => g.items.length > 0);
  if (parentValue && !offered.some((g) => g.items.some((i) => i.value === parentValue))) {
    const id = parentValue.slice(4);
    offered.push({ group: t('editor.currentLink'), items: [{ value: parentValue, label: parentTexts.get(id) ?? t('editor.unknownLink') }] });
  }

  return (
    <Card withBorder component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700}>{label}</Text>
          {!readOnly && (
            <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeRhk', { label })} onClick={() => form.removeListItem('rhk', index)}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        {skpForm === 'ja_jf' || leaders.iku.length > 0 ? (
          <Select
            label={t('editor.parent')}
            description={skpForm === 'ja_jf' ? t('editor.parentHint') : undefined}
            data={offered}
            searchable
            clearable
            readOnly={readOnly}
            nothingFoundMessage={t('editor.noLeaders')}
            value={parentValue}
            onChange={(v) => form.setFieldValue(`${path}.parent`, decodeParent(v))}
            error={form.errors[`${path}.parent`]}
          />
        ) : null}
        {skpForm === 'ja_jf' && !rhk.parent && (
          <TextInput label={t('editor.assignment')} description={t('editor.assignmentHint')} readOnly={readOnly} {...form.getInputProps(`${path}.assignment`)} />
        )}
        <Textarea label={t('editor.rhkText')} withAsterisk autosize minRows={2} readOnly={readOnly} {...form.getInputProps(`${path}.text`)} />
        {skpForm === 'jpt' && (
          <Select label={t('editor.perspektif')} data={perspektif} readOnly={readOnly} clearable {...form.getInputProps(`${path}.perspektif`)} />
        )}
        <Table withTableBorder verticalSpacing={4} aria-label={t('editor.ikiTable', { label })}>
          <Table.Thead>
            <Table.Tr>
              {skpForm === 'ja_jf' && <Table.Th w={130}>{t('editor.aspek')}</Table.Th>}
              <Table.Th>{t('editor.iki')}</Table.Th>
              <Table.Th w={120}>{t('editor.target')}</Table.Th>
              <Table.Th w={130}>{t('editor.unit')}</Table.Th>
              <Table.Th w={215}>{t('editor.polarity')}</Table.Th>
              {!readOnly && <Table.Th w={40} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rhk.indicators.map((iki, j) => {
              const at = `${path}.indicators.${j}`;
              const name = `${label}, IKI ${j + 1}`;
              return (
                <Fragment key={iki.id}>
                <Table.Tr>
                  {skpForm === 'ja_jf' && (
                    <Table.Td>
                      <Select
                        aria-label={t('editor.aspekOf', { name })}
                        data={aspekList.map((a) => ({ value: a, label: t(`aspek.${a}`) }))}
                        allowDeselect={false}
                        readOnly={readOnly}
                        {...form.getInputProps(`${at}.aspek`)}
                        onChange={(v) => form.setFieldValue(`${at}.aspek`, v as Aspek)}
                      />
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Textarea aria-label={t('editor.ikiOf', { name })} autosize minRows={1} readOnly={readOnly} {...form.getInputProps(`${at}.text`)} />
                  </Table.Td>
                  <Table.Td>
                    <NumberField
                      aria-label={t('editor.targetOf', { name })}
                      readOnly={readOnly}
                      value={iki.target}
                      onChange={(v) => form.setFieldValue(`${at}.target`, v)}
                      error={form.errors[`${at}.target`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Autocomplete aria-label={t('editor.unitOf', { name })} data={[...commonTargetUnits]} readOnly={readOnly} {...form.getInputProps(`${at}.unit`)} />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('editor.polarityOf', { name })}
                      data={polarities.map((p) => ({ value: p, label: t(`polarity.${p}`) }))}
                      allowDeselect={false}
                      readOnly={readOnly}
                      {...form.getInputProps(`${at}.polarity`)}
                      onChange={(v) => form.setFieldValue(`${at}.polarity`, v as Polarity)}
                    />
                  </Table.Td>
                  {!readOnly && (
                    <Table.Td>
                      <ActionIcon variant="subtle" color="red" aria-label={t('editor.removeIki', { name })} onClick={() => form.removeListItem(`${path}.indicators`, j)}>
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Table.Td>
                  )}
                </Table.Tr>
                <Table.Tr>
                  <Table.Td colSpan={readOnly ? columns : columns + 1}>
                    <Group gap="sm" align="flex-end" wrap="nowrap">
                      <Select
                        size="xs"
                        w={260}
                        label={t('editor.rollup')}
                        aria-label={t('editor.rollupOf', { name })}
                        placeholder={t('editor.rollupDefault', { method: t(`rollup.${defaultRollup(iki.unit)}`) })}
                        data={rollups.map((r) => ({ value: r, label: t(`rollup.${r}`) }))}
                        clearable
                        readOnly={readOnly}
                        value={iki.rollup ?? null}
                        onChange={(v) => form.setFieldValue(`${at}.rollup`, (v as Rollup | null) ?? null)}
                      />
                      <NumberField size="xs" w={160} label={t('editor.min')} aria-label={t('editor.minOf', { name })} readOnly={readOnly} value={iki.min ?? null} onChange={(v) => form.setFieldValue(`${at}.min`, v)} />
                      <NumberField size="xs" w={160} label={t('editor.max')} aria-label={t('editor.maxOf', { name })} readOnly={readOnly} value={iki.max ?? null} onChange={(v) => form.setFieldValue(`${at}.max`, v)} error={form.errors[`${at}.max`]} />
                    </Group>
                  </Table.Td>
                </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
        {!readOnly && (
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => form.insertListItem(`${path}.indicators`, { id: uuidv7(), aspek: skpForm === 'jpt' ? null : 'kuantitas', text: '', target: null, unit: '', polarity: 'higher' })}
          >
            {t('editor.addIki', { label })}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
