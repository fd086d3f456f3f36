import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import type { AuditEntry } from '../../../shared/auditChain';
import { neutraliseFormula } from '../../../shared/spreadsheetSafety';
import { actionLabel, describeChanges, expandRecords } from './describeAudit';

/**
 * The whole trail as CSV, headers in the active language. UTF-8 with a byte-order mark,
 * because Excel otherwise reads it as the PC's legacy code page and mangles names.
 */
export function auditCsv(
  t: TFunction<['audit', 'common']>,
  entries: AuditEntry[],
  format: { dateTime: (iso: string) => string; number: (n: number) => string },
): Uint8Array<ArrayBuffer> {
  const header = [t('table.seq'), t('table.at'), t('table.actor'), t('table.action'), t('table.changes'), 'hash'];
  const rows = entries.flatMap(expandRecords).map((e) => [
    e.seq,
    format.dateTime(e.at),
    e.actorName ?? t('system'),
    actionLabel(t, e),
    describeChanges(t, e, false, format.number).join('; '),
    e.hash,
  ]);
  const csv = Papa.unparse({ fields: header, data: rows.map((row) => row.map(neutraliseFormula)) });
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
}
