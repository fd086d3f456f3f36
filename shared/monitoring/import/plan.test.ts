import { describe, expect, it } from 'vitest';
import enRealisationImport from '../../../resources/locales/en/realisationImport.json';
import idRealisationImport from '../../../resources/locales/id/realisationImport.json';
import { NIP, OFFICE, office, storedRhk } from '../../skp/import/testing';
import type { Cell, WorkbookRows } from '../../spreadsheet';
import { defaultMonitoringRules } from '../rules';
import type { MonitoringYear } from '../types';
import { buildRealisationImportPlan, parseValueCell, type RealisationImportExisting, type RealisationImportPlan, type RealisationWithRev } from './plan';
import { parsePeriodText } from './periodText';

/**
 * Today is 2026-07-20 and the year is quarterly with 10 days to enter: Q1 closed on 2026-04-10
 * but HR reopened it until 2026-07-31, Q2 closed on 2026-07-10 (locked), Q3 is open, Q4 has not
 * started. The Kepala Dinas has an approved SKP for the year; the Kepala Bidang SD's SKP was
 * closed by a mutasi on 2026-06-30 (so Q3 is outside it); the Kepala Bidang SMP has a draft.
 */
const TODAY = '2026-07-20';
const HEADER: Cell[] = ['NIP', 'IKI', 'Periode', 'Realisasi', 'Sumber data', 'Catatan'];
const book = (rows: Cell[][], header = HEADER): WorkbookRows => ({ fileName: 'realisasi.xlsx', format: 'xlsx', sheets: [{ name: 'Realisasi', rows: [['REALISASI 2026'], header, ...rows] }] });
const FIRST = 3;

function existing(): RealisationImportExisting {
  const base = office();
  const skps = base.skps.map((s) =>
    s.id === 's-kadis'
      ? { ...s, status: 'approved' as const }
      : s.id === 's-kabid'
        ? {
            ...s, status: 'closed' as const, periodEnd: '2026-06-30',
            // A second RHK naming an IKI like the first: that text is ambiguous.
            rhk: [...s.rhk, storedRhk('r-kabid-2', 'Terlaksananya supervisi', null, [{ id: 'i-kabid-3', aspek: 'kuantitas', text: 'Jumlah sekolah yang dibina', target: 10, unit: 'Sekolah', polarity: 'higher' }])],
          }
        : s,
  );
  const stored = (ikiId: string, value: number, extra: Partial<RealisationWithRev> = {}): RealisationWithRev => ({
    id: `s-kabid:${ikiId}:2026-Q1`, officeId: OFFICE, skpId: 's-kabid', employeeId: 'e-kabid-sd', rhkId: 'r-kabid', ikiId, periodKey: '2026-Q1', value,
    source: 'Laporan', note: '', flags: [], explanation: '', correction: null, rev: 3, ...extra,
  });
  const monitoringYear: MonitoringYear = { id: `${OFFICE}:2026`, officeId: OFFICE, year: 2026, rules: defaultMonitoringRules, reopened: { '2026-Q1': { until: '2026-07-31', reason: 'Aplikasi gangguan' } } };
  return {
    employees: base.employees,
    skps,
    realisations: [stored('i-kabid-2', 85), stored('i-kabid-1', 40, { correction: { by: 'Hendra Wijaya', reason: 'Salah hitung', previous: 38 } })],
    monitoringYear,
  };
}
const options = { officeId: OFFICE, year: 2026, convention: 'id' as const, today: TODAY };
const plan = (rows: Cell[][], extra = {}) => buildRealisationImportPlan(book(rows), existing(), { ...options, ...extra });
/** Each invalid row as [row, code, field] of its first issue. */
const faults = (p: RealisationImportPlan) => p.invalidRows.map((r) => [r.rowNumber, r.issues[0]!.code.replace('realisationImport:', ''), r.issues[0]!.params?.field ?? null]);

describe('periods as offices write them', () => {
  it.each([
    ['2026-Q1', '2026-Q1'], ['Triwulan I 2026', '2026-Q1'], ['TW I 2026', '2026-Q1'], ['tw 3 2026', '2026-Q3'], ['Q2 2026', '2026-Q2'], ['Quarter 4 2026', '2026-Q4'],
    ['Semester II 2026', '2026-S2'], ['Januari 2026', '2026-M01'], ['January 2026', '2026-M01'], ['Agustus 2026', '2026-M08'], ['Dec 2026', '2026-M12'], ['2026-m03', '2026-M03'],
  ])('%s is %s', (text, key) => expect(parsePeriodText(text)?.key).toBe(key));
  it.each(['Triwulan V 2026', 'Januari', 'Kuartal', '2026', 'Semester III 2026', 'Bulan 13 2026'])('%s is no period', (text) => expect(parsePeriodText(text)).toBeNull());
});

describe('realisation values', () => {
  it('reads numbers in either convention, refuses text and negatives', () => {
    expect(parseValueCell('1.234,5', 'id')).toEqual({ ok: true, value: 1234.5 });
    expect(parseValueCell('1,234.5', 'en')).toEqual({ ok: true, value: 1234.5 });
    // "1.234" is one thousand two hundred thirty-four in Indonesian, one and a bit in English.
    expect(parseValueCell('1.234', 'id')).toEqual({ ok: true, value: 1234 });
    expect(parseValueCell('1.234', 'en')).toEqual({ ok: true, value: 1.234 });
    expect(parseValueCell({ n: 12 }, 'id')).toEqual({ ok: true, value: 12 });
    expect(parseValueCell('dua belas', 'id')).toMatchObject({ ok: false, code: 'valueNotNumber' });
    expect(parseValueCell('-3', 'id')).toMatchObject({ ok: false, code: 'valueNegative' });
    expect(parseValueCell({ n: -1 }, 'id')).toMatchObject({ ok: false, code: 'valueNegative' });
    expect(parseValueCell(null, 'id')).toMatchObject({ ok: false, code: 'valueMissing' });
  });
});

describe('planning a realisations import', () => {
  it('plans a new realisation found by NIP, IKI text (case and spaces aside) and a human period', () => {
    const p = plan([[NIP.kadis, '  angka PARTISIPASI murni sd ', 'Triwulan III 2026', '97,5', 'Dapodik', 'Semester genap']]);
    expect(p.fileIssues).toEqual([]);
    expect(p.counts).toEqual({ new: 1, changed: 0, unchanged: 0, invalid: 0 });
    expect(p.rows[0]).toMatchObject({ rowNumber: FIRST, change: 'new', id: 's-kadis:i-kadis:2026-Q3', skpId: 's-kadis', ikiId: 'i-kadis', rhkId: 'r-kadis', periodKey: '2026-Q3', value: 97.5, source: 'Dapodik', note: 'Semester genap', before: null });
    expect(p.basis.realisations.get('s-kadis:i-kadis:2026-Q3')).toBe(0);
    expect(p.basis.skps.get('s-kadis')).toBe(1);
  });

  it('tells unchanged from changed against what is stored (a reopened period is open)', () => {
    const p = plan([
      [NIP.kabidSd, 'Persentase sekolah yang menerapkan kurikulum', '2026-Q1', { n: 85 }, 'Laporan', ''],
      [NIP.kabidSd, 'Persentase sekolah yang menerapkan kurikulum', '2026-Q1', { n: 86 }, 'Laporan', ''],
    ]);
    // The second row is the same cell: refused, naming the first.
    expect(p.counts).toEqual({ new: 0, changed: 0, unchanged: 1, invalid: 1 });
    expect(faults(p)).toEqual([[FIRST + 1, 'row.duplicate', null]]);
    expect(p.invalidRows[0]!.issues[0]!.params).toMatchObject({ first: FIRST });
    const changed = plan([[NIP.kabidSd, 'Persentase sekolah yang menerapkan kurikulum', 'TW I 2026', { n: 86 }, 'Laporan', '']]);
    expect(changed.rows[0]).toMatchObject({ change: 'changed', before: { value: 85 } });
    expect(changed.basis.realisations.get('s-kabid:i-kabid-2:2026-Q1')).toBe(3);
  });

  it('names the row and the field of each fault', () => {
    const kadis = 'Angka partisipasi murni SD';
    const p = plan([
      [NIP.baru1, kadis, '2026-Q3', { n: 1 }, 'x', ''], // 3 unknown NIP
      [NIP.kabidSmp, 'Jumlah sekolah SMP yang dibina', '2026-Q3', { n: 1 }, 'x', ''], // 4 draft SKP only
      [NIP.staf, 'Apa saja', '2026-Q3', { n: 1 }, 'x', ''], // 5 no SKP at all
      [NIP.kadis, 'Tidak ada IKI ini', '2026-Q3', { n: 1 }, 'x', ''], // 6
      [NIP.kabidSd, 'jumlah sekolah yang dibina', '2026-Q1', { n: 1 }, 'x', ''], // 7 two IKI with that text
      [NIP.kadis, kadis, 'Triwulan V 2026', { n: 1 }, 'x', ''], // 8
      [NIP.kadis, kadis, 'Januari 2026', { n: 1 }, 'x', ''], // 9 monthly in a quarterly year
      [NIP.kadis, kadis, '2027-Q1', { n: 1 }, 'x', ''], // 10
      [NIP.kabidSd, 'Persentase sekolah yang menerapkan kurikulum', '2026-Q3', { n: 1 }, 'x', ''], // 11 after the mutasi
      [NIP.kadis, kadis, '2026-Q2', { n: 1 }, 'x', ''], // 12 closed on 2026-07-10
      [NIP.kadis, kadis, '2026-Q4', { n: 1 }, 'x', ''], // 13 starts 2026-10-01
      [NIP.kadis, kadis, '2026-Q3', 'dua belas', 'x', ''], // 14
      [NIP.kadis, kadis, '2026-Q3', '-3', 'x', ''], // 15
      [NIP.kadis, kadis, '2026-Q3', { n: 1 }, '', ''], // 16
      [NIP.kabidSd, 'Jumlah sekolah yang dibina', '2026-Q1', { n: 41 }, 'Laporan', ''], // 17 ambiguous too
      [{ n: 197003152000031000 }, kadis, '2026-Q3', { n: 1 }, 'x', ''], // 18
    ]);
    expect(faults(p)).toEqual([
      [3, 'row.nipUnknown', 'nip'],
      [4, 'row.noApprovedSkp', 'nip'],
      [5, 'row.noApprovedSkp', 'nip'],
      [6, 'row.ikiNotFound', 'iki'],
      [7, 'row.ikiAmbiguous', 'iki'],
      [8, 'row.periodUnknown', 'period'],
      [9, 'row.periodOtherRhythm', 'period'],
      [10, 'row.periodOtherYear', 'period'],
      [11, 'row.periodOutsideSkp', 'period'],
      [12, 'row.periodLocked', 'period'],
      [13, 'row.periodNotStarted', 'period'],
      [14, 'row.valueNotNumber', 'value'],
      [15, 'row.valueNegative', 'value'],
      [16, 'row.sourceMissing', 'source'],
      [17, 'row.ikiAmbiguous', 'iki'],
      [18, 'row.nipStoredAsNumber', 'nip'],
    ]);
    expect(p.invalidRows[9]!.issues[0]!.params).toMatchObject({ row: 12, column: 'Periode', closedOn: '2026-07-10' });
    expect(p.rows).toEqual([]);
    expect(untranslated(p)).toEqual([]);
  });

  it('keeps a value the appraiser corrected unless HR overrides it', () => {
    const withUnique = existing();
    // Without the ambiguous twin the corrected IKI is found.
    withUnique.skps = withUnique.skps.map((s) => (s.id === 's-kabid' ? { ...s, rhk: s.rhk.slice(0, 1) } : s));
    const row: Cell[] = [NIP.kabidSd, 'Jumlah sekolah yang dibina', '2026-Q1', { n: 41 }, 'Laporan', ''];
    const kept = buildRealisationImportPlan(book([row]), withUnique, options);
    expect(faults(kept)).toEqual([[FIRST, 'row.corrected', 'value']]);
    expect(kept.invalidRows[0]!.issues[0]!.params).toMatchObject({ by: 'Hendra Wijaya', value: 40 });
    const overridden = buildRealisationImportPlan(book([row]), withUnique, { ...options, mayOverrideCorrection: true });
    expect(overridden.rows[0]).toMatchObject({ change: 'changed', value: 41, before: { value: 40 } });
    // The same value as the corrected one is simply unchanged.
    expect(buildRealisationImportPlan(book([[NIP.kabidSd, 'Jumlah sekolah yang dibina', '2026-Q1', { n: 40 }, 'Laporan', '']]), withUnique, options).counts.unchanged).toBe(1);
  });

  it('reads English headers and refuses a file without the needed columns', () => {
    const p = buildRealisationImportPlan(book([[NIP.kadis, 'Angka partisipasi murni SD', 'Quarter 3 2026', '1,234.5', 'Dapodik', '']], ['NIP', 'IKI', 'Period', 'Realisation', 'Data source', 'Note']), existing(), { ...options, convention: 'en' });
    expect(p.rows[0]).toMatchObject({ periodKey: '2026-Q3', value: 1234.5 });
    const missing = buildRealisationImportPlan(book([[NIP.kadis, 'x']], ['NIP', 'IKI']), existing(), options);
    expect(missing.fileIssues.map((i) => i.params?.field)).toEqual(['period', 'value']);
    expect(buildRealisationImportPlan(book([], ['Nama', 'Jabatan']), existing(), options).fileIssues[0]!.code).toBe('realisationImport:file.noTable');
  });
});

/** Codes without a text in realisationImport.json, or texts whose placeholders the params do not fill. */
function untranslated(p: RealisationImportPlan): string[] {
  const problems = new Set<string>();
  for (const issue of [...p.fileIssues, ...p.invalidRows.flatMap((r) => r.issues)]) {
    const key = issue.code.replace(/^realisationImport:/, '');
    for (const [lang, file] of [['id', idRealisationImport], ['en', enRealisationImport]] as const) {
      let node: unknown = file;
      for (const part of key.split('.')) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
      if (typeof node !== 'string') {
        problems.add(`${lang}: ${issue.code} has no text`);
        continue;
      }
      for (const m of node.matchAll(/\{\{\s*-?\s*([^\s,}]+)[^}]*\}\}/g)) if (!(m[1]! in (issue.params ?? {}))) problems.add(`${lang}: ${issue.code} needs {{${m[1]}}}`);
    }
  }
  return [...problems];
}
