import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import type { InvalidRow, PlannedIki, PlannedPerson, PlannedRhk, RhkOutcome } from '../../../shared/skp/import/plan';
import { useFormat } from '../../i18n/format';
import { useColumnIssueText } from '../import/columnIssueText';
import { InvalidRowsTable } from '../import/InvalidRowsTable';

const SHOWN = 500;
const outcomeColor: Record<RhkOutcome, string> = { added: 'green', changed: 'orange', unchanged: 'gray' };

/** People and the RHK the import gives them, each RHK with its IKI and what changes. */
export function PlannedPeopleTable({ people, label }: { people: PlannedPerson[]; label: string }) {
  const { t } = useTranslation(['skpImport', 'skp', 'people']);
  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table striped withTableBorder verticalSpacing="sm" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={260}>{t('employee')}</Table.Th>
              <Table.Th w={150}>{t('skp')}</Table.Th>
              <Table.Th>{t('rhkAndIki')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.slice(0, SHOWN).map((person) => (
              <Table.Tr key={person.employeeId}>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm" fw={600}>
                    {person.name}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatNip(person.nip)}
                  </Text>
                  {person.jabatan && (
                    <Text size="sm" c="dimmed">
                      {person.jabatan}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Text size="sm">{person.skpStatus === null ? t('newSkpDraft') : t(`skp:status.${person.skpStatus}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {t(`skp:form.${person.form}`)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap="sm">
                    {person.rhk.map((rhk) => (
                      <RhkLines key={rhk.rhk.id} planned={rhk} />
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {people.length > SHOWN && <Text size="sm">{t('people:import.more', { count: people.length - SHOWN })}</Text>}
    </Stack>
  );
}

function RhkLines({ planned }: { planned: PlannedRhk }) {
  const { t } = useTranslation(['skpImport', 'skp']);
  const issueText = useColumnIssueText(['skpImport', 'people']);
  const { rhk, leader } = planned;
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge size="sm" variant="light" color={outcomeColor[planned.outcome]} style={{ flexShrink: 0 }}>
          {t(`outcome.${planned.outcome}`)}
        </Badge>
        <Text size="sm" fw={600}>
          {rhk.text}{' '}
          <Text span size="sm" fw={400} c="dimmed">
            ({t(`skp:rhkKind.${rhk.kind}`)} · {t('rows', { rows: planned.rowNumbers.join(', ') })})
          </Text>
        </Text>
      </Group>
      {leader && (
        <Text size="sm">
          {t('leader', { text: leader.text, name: leader.ownerName })} {leader.inFile ? t('leaderInFile') : null}
        </Text>
      )}
      {rhk.assignment && <Text size="sm">{t('assignment', { text: rhk.assignment })}</Text>}
      {planned.changes.map((change) => (
        <Text key={change} size="sm" c="orange.9">
          {t(change === 'kind' ? 'changedKind' : change === 'leader' ? 'changedLeader' : 'changedAssignment')}
        </Text>
      ))}
      <Stack gap={0} pl="md">
        {planned.indicators.map((line) => (
          <IkiLine key={line.iki.id} line={line} showChange={planned.outcome === 'changed'} />
        ))}
      </Stack>
      {planned.notes.map((note, i) => (
        <Text key={i} size="sm" c="dimmed">
          {issueText(note)}
        </Text>
      ))}
    </Stack>
  );
}

function IkiLine({ line, showChange }: { line: PlannedIki; showChange: boolean }) {
  const { t } = useTranslation(['skpImport', 'skp']);
  const format = useFormat();
  const { iki, before } = line;
  const target = (value: number | null) => (value === null ? '–' : format.number(value));
  return (
    <Text size="sm">
      {iki.aspek ? `${t(`skp:aspek.${iki.aspek}`)} · ` : ''}
      {iki.text}: <strong>{`${target(iki.target)} ${iki.unit}`}</strong>
      {iki.polarity === 'lower' ? ` (${t('polarityLower')})` : ''}
      {showChange && line.change === 'added' && (
        <Text span size="sm" c="green.9">
          {' '}
          — {t('ikiAdded')}
        </Text>
      )}
      {showChange && line.change === 'changed' && before && (
        <Text span size="sm" c="orange.9">
          {' '}
          — {t('ikiBefore', { target: target(before.target), unit: before.unit })}
        </Text>
      )}
    </Text>
  );
}

/** Rows that will not be imported, each with every reason; notes beside the errors are not red. */
export function InvalidSkpRowsTable({ rows }: { rows: InvalidRow[] }) {
  const { t } = useTranslation(['skpImport', 'people']);
  const issueText = useColumnIssueText(['skpImport', 'people']);
  return (
    <Stack gap="xs">
      <InvalidRowsTable
        rows={rows}
        label={t('invalidTable')}
        titles={{ row: t('people:import.row'), nip: t('people:import.nip'), issues: t('people:import.details') }}
        columns={[
          { title: t('people:import.name'), width: 200, value: (row) => row.name },
          { title: t('fields.rhk'), width: 220, value: (row) => row.rhk },
        ]}
        issueText={issueText}
        issueColor={(issue) => (issue.severity === 'error' ? 'red.9' : undefined)}
      />
      {rows.length > SHOWN && <Text size="sm">{t('people:import.more', { count: rows.length - SHOWN })}</Text>}
    </Stack>
  );
}
