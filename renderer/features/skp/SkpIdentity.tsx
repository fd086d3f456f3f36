import { Card, SimpleGrid, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../shared/nip';
import type { PersonSnapshot, SkpSnapshot } from '../../../shared/skp/types';

/** Who the SKP is for and who appraises it, as they were on the snapshot's date. */
export function SkpIdentity({ snapshot }: { snapshot: SkpSnapshot }) {
  const { t } = useTranslation('skp');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <PersonCard title={t('editor.employee')} person={snapshot.employee} />
      <PersonCard title={t('editor.appraiser')} person={snapshot.appraiser} />
    </SimpleGrid>
  );
}

function PersonCard({ title, person }: { title: string; person: PersonSnapshot | null }) {
  const { t } = useTranslation('skp');
  const rows: [string, string][] = person
    ? [
        [t('editor.name'), person.name],
        [t('editor.nip'), formatNip(person.nip)],
        [t('editor.pangkat'), person.pangkat || '—'],
        [t('editor.jabatan'), person.jabatan || '—'],
        [t('editor.unitKerja'), person.unit || '—'],
      ]
    : [[t('editor.name'), t('editor.noAppraiser')]];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {title}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={150}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
