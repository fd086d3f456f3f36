import type { TFunction } from 'i18next';
import Papa from 'papaparse';
import { nationalNumberColumns, nationalRecordColumns, type NationalRecordRow } from '../../../shared/evaluation/nationalRecord';
import { predikatLabels, predikatList, orgPredikatLabels, ratingLabels } from '../../../shared/evaluation/tables';
import type { Language } from '../../../shared/languages';
import type { ExportSheet, ExportWorkbookRequest } from '../../../shared/spreadsheet';
import { neutraliseFormula } from '../../../shared/spreadsheetSafety';
import { fixPhrase, rulePhrase, type Phrase } from '../evaluation/rating/distributionText';
import type { DistributionRow, PredikatRecapRow } from './predikatRecapRows';

/**
 * The three evaluation exports (issue 6, item 8) as requests for the shared styled-workbook
 * writer (title row, bold frozen header, widths, autofilter, formula-like text neutralised, NIP
 * as text, dates as dates) and the national record as CSV. Pure: `t` is i18next's fixed to the
 * language of the file, namespaces evaluationExport (default) and evaluation.
 */
export type Translate = TFunction<['evaluationExport', 'evaluation']>;

export interface ExportContext {
  office: string;
  periodKey: string;
  /** The period as the screen names it ("Triwulan II 2026", "Tahunan 2026"). */
  periodLabel: string;
  /** The PC's calendar day, YYYY-MM-DD: in the file name and the title. */
  day: string;
}

type ColumnType = ExportSheet['columns'][number]['type'];
const sheet = (name: string, title: string, columns: ExportSheet['columns'], rows: ExportSheet['rows']): ExportSheet => ({ name: name.slice(0, 31), title: title.slice(0, 250), columns, rows });

const recapColumns = [
  { key: 'unit', width: 28, type: 'text' },
  { key: 'nip', width: 22, type: 'text' },
  { key: 'name', width: 30, type: 'text' },
  { key: 'jabatan', width: 30, type: 'text' },
  { key: 'pangkat', width: 22, type: 'text' },
  { key: 'period', width: 18, type: 'text' },
  { key: 'hasil', width: 22, type: 'text' },
  { key: 'perilaku', width: 22, type: 'text' },
  { key: 'predikat', width: 20, type: 'text' },
  { key: 'status', width: 14, type: 'text' },
  { key: 'finalisedAt', width: 14, type: 'date' },
  { key: 'overrideReason', width: 40, type: 'text' },
] as const satisfies readonly { key: string; width: number; type: ColumnType }[];

/**
 * The predikat recap of a period: one row per person, ratings and predikat by their official
 * Indonesian names on an Indonesian sheet (tables.ts' labels in the file's language).
 */
export function predikatRecapWorkbook(t: Translate, lang: Language, rows: readonly PredikatRecapRow[], ctx: ExportContext & { unit: string | null }): ExportWorkbookRequest {
  const title = t('recap.title', { office: ctx.office, period: ctx.periodLabel, unit: ctx.unit ?? t('recap.allUnits') });
  return {
    suggestedName: `${t('recap.fileName', { period: ctx.periodKey })}-${ctx.day}.xlsx`,
    sheets: [
      sheet(
        t('recap.sheet'),
        `${title} — ${ctx.day}`,
        recapColumns.map((c) => ({ ...c, header: t(`recap.columns.${c.key}`) })),
        rows.map((r) => ({
          unit: r.unit || null,
          nip: r.nip,
          name: r.name,
          jabatan: r.jabatan || null,
          pangkat: r.pangkat || null,
          period: ctx.periodLabel,
          hasil: r.hasil ? ratingLabels[r.hasil][lang] : null,
          perilaku: r.perilaku ? ratingLabels[r.perilaku][lang] : null,
          predikat: r.predikat ? predikatLabels[r.predikat][lang] : null,
          status: t(`evaluation:statuses.${r.status}`),
          finalisedAt: r.finalisedAt,
          overrideReason: r.overrideReason || null,
        })),
      ),
    ],
  };
}

/**
 * The national record (final evaluations only) as .xlsx: the title row says so in the file's
 * language; the header is the record's own column names, the same in every language.
 */
export function nationalRecordWorkbook(t: Translate, rows: readonly NationalRecordRow[], ctx: ExportContext): ExportWorkbookRequest {
  return {
    suggestedName: `${t('national.fileName', { period: ctx.periodKey })}-${ctx.day}.xlsx`,
    sheets: [
      sheet(
        t('national.sheet'),
        `${t('national.title', { office: ctx.office, period: ctx.periodLabel })} — ${ctx.day}`,
        nationalRecordColumns.map((key) => ({ key, header: key, width: key === 'nama' || key === 'penilai_nama' || key.endsWith('_jabatan') || key.endsWith('_unor') ? 30 : key.endsWith('nip') ? 22 : 14, type: nationalNumberColumns.has(key) ? 'number' : 'text' })),
        rows.map((r) => ({ ...r })),
      ),
    ],
  };
}

export const nationalRecordCsvName = (t: Translate, ctx: ExportContext) => `${t('national.fileName', { period: ctx.periodKey })}-${ctx.day}.csv`;

/**
 * The national record as CSV: UTF-8 with a byte-order mark (else Excel reads it in the PC's
 * legacy code page and mangles names), comma-separated, CRLF, header = the record's column
 * names. A machine format, so no title row: "final only" is said on the menu instead.
 *
 * Text that a spreadsheet would run as a formula (= + - @ first) gets the same apostrophe the
 * .xlsx exports give it (neutraliseFormula): a name like "=HYPERLINK(…)" is the one value
 * changed. Every text field, the NIP first, is quoted and written as its digits: a leading
 * apostrophe or ="…" would corrupt the value for the importer this format is for. Quoting
 * marks the field as text for CSV readers (and for Excel's Data > From Text/CSV with the column
 * set to Text), but a double-clicked CSV is still number-guessed by Excel, which shows an
 * 18-digit NIP as 1.99E+17; whoever wants to read the record in Excel opens the .xlsx of the
 * same shape, where NIP is a text cell.
 */
export function nationalRecordCsv(rows: readonly NationalRecordRow[]): Uint8Array<ArrayBuffer> {
  const quoted = nationalRecordColumns.map((c) => !nationalNumberColumns.has(c));
  const csv = Papa.unparse(
    { fields: [...nationalRecordColumns], data: rows.map((r) => nationalRecordColumns.map((c) => neutraliseFormula(r[c]))) },
    { quotes: quoted, newline: '\r\n' },
  );
  return new TextEncoder().encode(`\uFEFF${csv}\r\n`);
}

const share = (ratio: number) => Math.round(ratio * 10_000) / 100;

/** "Baik paling banyak 70%: 2 dari 2 (100%) — nilai ulang 1 orang dari Baik ke …", each breach; or that the unit fits. */
export function breachText(t: Translate, lang: Language, locale: string, row: DistributionRow): string {
  if (!row.org) return t('distribution.noCurve');
  if (row.breaches.length === 0) return t('distribution.fits');
  const phrase = (p: Phrase) => t(`evaluation:${p.key}` as never, p.params as never) as unknown as string;
  const percent = (r: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(r);
  return row.breaches
    .map((b) =>
      t('evaluation:distribution.breach', {
        rule: phrase(rulePhrase(b.constraint, lang, locale)),
        state: t('evaluation:distribution.state', { count: b.count, total: b.total, share: percent(b.share) }),
        fix: phrase(fixPhrase(row.distribution.counts, b, lang, locale)),
      }),
    )
    .join('; ');
}

/**
 * The office's predikat distribution per result unit (every predikat given, draft or final, as
 * the rating screen counts them): the organisation result, count and share (percent numbers,
 * 50 = 50 %) of each predikat, the total, and the breaches of the curve as sentences.
 */
export function distributionWorkbook(t: Translate, lang: Language, locale: string, rows: readonly DistributionRow[], ctx: ExportContext): ExportWorkbookRequest {
  const columns: ExportSheet['columns'] = [
    { key: 'unit', header: t('distribution.columns.unit'), width: 30, type: 'text' },
    { key: 'org', header: t('distribution.columns.org'), width: 18, type: 'text' },
    ...predikatList.flatMap((p) => [
      { key: `count:${p}`, header: t('distribution.columns.count', { predikat: predikatLabels[p][lang] }), width: 12, type: 'number' as const },
      { key: `share:${p}`, header: t('distribution.columns.share', { predikat: predikatLabels[p][lang] }), width: 12, type: 'number' as const },
    ]),
    { key: 'total', header: t('distribution.columns.total'), width: 10, type: 'number' },
    { key: 'breaches', header: t('distribution.columns.breaches'), width: 60, type: 'text' },
  ];
  return {
    suggestedName: `${t('distribution.fileName', { period: ctx.periodKey })}-${ctx.day}.xlsx`,
    sheets: [
      sheet(
        t('distribution.sheet'),
        `${t('distribution.title', { office: ctx.office, period: ctx.periodLabel })} — ${ctx.day}`,
        columns,
        rows.map((r) => ({
          unit: r.unit ?? t('distribution.noResult'),
          org: r.org ? orgPredikatLabels[r.org][lang] : null,
          ...Object.fromEntries(predikatList.flatMap((p) => [[`count:${p}`, r.distribution.counts[p]], [`share:${p}`, share(r.distribution.shares[p])]])),
          total: r.distribution.total,
          breaches: breachText(t, lang, locale, r),
        })),
      ),
    ],
  };
}
