import { Table, Text } from '@mantine/core';
import { formatNip } from '../../../shared/nip';
import type { RowIssue } from '../../../shared/roster/types';

const SHOWN = 500;

interface Column<R> {
  title: string;
  width: number;
  value: (row: R) => string | null;
}

/**
 * Rows that will not be imported, each with every reason: the row's number and NIP, the
 * `columns` that say what the row is about (the page's own), then the issues.
 */
export function InvalidRowsTable<R extends { rowNumber: number; nip: string | null; issues: readonly RowIssue[] }>({
  rows,
  label,
  titles,
  columns,
  issueText,
  issueColor,
}: {
  rows: readonly R[];
  label: string;
  titles: { row: string; nip: string; issues: string };
  columns: readonly Column<R>[];
  issueText: (issue: RowIssue) => string;
  issueColor: (issue: RowIssue) => string | undefined;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped withTableBorder aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{titles.row}</Table.Th>
            <Table.Th w={190}>{titles.nip}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.title} w={column.width}>
                {column.title}
              </Table.Th>
            ))}
            <Table.Th>{titles.issues}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              <NipCell nip={row.nip} />
              {columns.map((column) => (
                <Table.Td key={column.title}>{column.value(row) ?? '–'}</Table.Td>
              ))}
              <Table.Td>
                {row.issues.map((issue, i) => (
                  <Text key={i} size="sm" c={issueColor(issue)}>
                    {issueText(issue)}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** An invalid row's NIP: formatted when it is one, else as the file wrote it. */
function NipCell({ nip }: { nip: string | null }) {
  return <Table.Td style={{ whiteSpace: 'nowrap' }}>{nip ? (/^\d{18}$/.test(nip) ? formatNip(nip) : nip) : '–'}</Table.Td>;
}
