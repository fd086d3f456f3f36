import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, WorkbookRows } from '../spreadsheet';
import { isBlankRow } from './cells';
import { detectWorkbookTable } from './headers';
import { buildRosterPlan } from './plan';
import { allIssues, counter, dinas, NIP, officeScale, options, TEMPLATE_HEADER, untranslated } from './testing';
import type { RosterExisting, RosterImportPlan } from './types';

/**
 * Random workbooks, from plausible rosters to garbage: the importer must never throw, must
 * account for every non-blank data row exactly once, must not pollute Object.prototype, must
 * be deterministic, and a file planned again after its plan was written must change nothing.
 */

const nips = [...Object.values(NIP), '199203252022212099', '199507172020122012', '19900101201501100', '199002312015011001'];
const headers = [
  ...TEMPLATE_HEADER,
  'Nama Lengkap', 'NIP Baru', 'Gol', 'Pangkat/Gol', 'Unor', 'NIP Penilai', 'Name', 'Grade', 'Position', 'Work unit',
  'nip', 'nama', 'is_plt_plh', 'periode_akhir', 'skp_status', 'skp_jabatan', 'skp_unor', 'id', 'No', 'Keterangan',
];
const nasty = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$t(roster:nipMissing)', '{{row}}', '😀👩‍👩‍👧', '\u0000', '\u202e', ' ', '\n'];
const words = [
  'Aktif', 'Pindah', 'Pensiun', 'PNS', 'PPPK', 'P3K', 'CPNS', 'III/a', 'IIIa', '3b', 'IX', 'Golongan IX', 'Penata Muda (III/a)', 'IV/e',
  'Kepala Seksi Kurikulum SD', 'Pengadministrasi Kurikulum', 'Pengelola Data', 'Analis Ahli Muda', 'Kepala Bidang Baru',
  'Seksi Kurikulum SD', 'Seksi Baru', 'Bidang Pembinaan SD', 'Sekretariat', 'Dr. H. Ahmad, S.Sos., M.Si.', 'Rudi Hartono', 'Sri Wahyuni',
  '12-03-1985', '12 Maret 2020', '31-02-2020', '2025-12-31', '2025-06-30', '0', '1', 'Pengawas', 'Fungsional',
];

const nipCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...nips),
  fc.constantFrom(...nips).map((n) => `${n.slice(0, 8)} ${n.slice(8, 14)} ${n.slice(14, 15)} ${n.slice(15)}`),
  fc.constantFrom(...nips).map((n) => `'${n}`),
  fc.constantFrom(...nips).map((n): Cell => ({ n: Number(n), w: Number(n).toExponential(5).toUpperCase() })),
);

const cell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: nipCell },
  { weight: 5, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: fc.constantFrom(...nasty, ...headers) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(100_000), `${'a.'.repeat(20_000)}, ${'S.'.repeat(20_000)}`, '9'.repeat(5_000)) },
  { weight: 2, arbitrary: fc.record({ n: fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, 1e308, -0, 31118, 60)) }, { requiredKeys: ['n'] }) },
  { weight: 1, arbitrary: fc.record({ n: fc.double(), w: fc.string({ maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.oneof(fc.constantFrom('2025-12-31', '1985-03-12T00:00:00.000Z', 'not a date'), fc.string({ maxLength: 12 })).map((d): Cell => ({ d })) },
  { weight: 1, arbitrary: fc.boolean() },
);

const headerRow: fc.Arbitrary<Cell[]> = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...headers) }, { weight: 1, arbitrary: cell }), { minLength: 1, maxLength: 14 });
const sheetRows: fc.Arbitrary<Cell[][]> = fc
  .tuple(
    fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), // title rows
    headerRow,
    fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 25 }), // ragged data rows
  )
  .map(([titles, header, rows]) => [...titles, header, ...rows]);

const workbook: fc.Arbitrary<WorkbookRows> = fc.record({
  fileName: fc.string({ maxLength: 20 }),
  format: fc.constantFrom('xlsx', 'xls', 'csv', 'ods') as fc.Arbitrary<WorkbookRows['format']>,
  sheets: fc.array(fc.record({ name: fc.oneof(fc.constantFrom(...nasty), fc.string({ maxLength: 10 })), rows: sheetRows }), { minLength: 0, maxLength: 3 }),
});

/** Valid NIPs of people the office does not have, PNS and (month 21) PPPK, so rows can be new and name each other as atasan. */
const newNips = Array.from({ length: 24 }, (_, i) => {
  const year = 1965 + i;
  const tmtMonth = i % 3 === 0 ? '21' : String(1 + (i % 12)).padStart(2, '0');
  return `${year}0${1 + (i % 9)}1${i % 10}${year + 22}${tmtMonth}${1 + (i % 2)}${String(100 + i)}`;
});
const pick = <T,>(values: readonly T[]) => fc.constantFrom(...values);
const plausible = (values: readonly Cell[]): fc.Arbitrary<Cell> => fc.oneof({ weight: 19, arbitrary: pick(values) }, { weight: 1, arbitrary: cell });
const anyNip = [...Object.values(NIP), ...newNips];

/** Columns of a plausible roster, each with the values HR files hold (and now and then anything). */
const columnValues: Record<string, fc.Arbitrary<Cell>> = {
  NIP: fc.oneof({ weight: 3, arbitrary: nipCell }, { weight: 1, arbitrary: cell }),
  Nama: plausible(['Rudi Hartono', 'Sri Wahyuni', 'Dr. H. Ahmad Fauzi, S.Sos., M.Si.', 'Dewi Lestari, A.Md.', 'Umbu Rihi', 'Santoso, Budi']),
  'Gelar Depan': plausible([null, '', 'Dr.', 'Drs.', 'Hj.']),
  'Gelar Belakang': plausible([null, '', 'S.Sos.', 'M.Si.', 'S.Pd.']),
  'Jenis ASN': plausible([null, 'PNS', 'PPPK', 'P3K', 'CPNS']),
  'Gol/Ruang': plausible([null, 'III/a', 'IIIb', '4a', 'IX', 'Penata (III/c)']),
  Jabatan: plausible([null, 'Kepala Seksi Kurikulum SD', 'Pengadministrasi Kurikulum', 'Pengelola Data', 'Kepala Seksi Sarana', 'Analis Kepegawaian Ahli Muda', 'Guru Ahli Pertama', 'Kepala Bidang Pembinaan SD']),
  'Jenis Jabatan': plausible([null, 'Pelaksana', 'Pengawas', 'Fungsional', 'JFT']),
  'Unit Kerja': plausible([null, 'Seksi Kurikulum SD', 'seksi kurikulum sd', 'Seksi Sarana', 'Bidang Baru', 'Sekretariat', 'Subbagian Umum dan Kepegawaian']),
  'NIP Atasan': fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 12, arbitrary: pick(anyNip) }, { weight: 1, arbitrary: cell }),
  Status: plausible([null, 'Aktif', 'Aktif', 'Aktif', 'Pindah', 'Pensiun']),
  'TMT Jabatan': plausible([null, '01-02-2020', '12 Maret 2021', { n: 45292 }, { d: '2024-01-01' }]),
};
/** A roster in our template (a random subset of its columns): mostly distinct NIPs, now and then a duplicate or a broken one. */
const plausibleBook: fc.Arbitrary<WorkbookRows> = fc
  .tuple(fc.shuffledSubarray(TEMPLATE_HEADER.slice(2) as string[]), fc.integer({ min: 0, max: 3 }))
  .chain(([extra, titles]) => {
    const header = ['NIP', 'Nama', ...extra];
    const row = fc.tuple(fc.nat({ max: 9 }), ...header.map((h) => columnValues[h] ?? cell));
    return fc.tuple(fc.array(row, { maxLength: 30 }), fc.shuffledSubarray(anyNip, { minLength: anyNip.length })).map(([rows, pool]): WorkbookRows => ({
      fileName: 'pegawai.xlsx',
      format: 'xlsx',
      sheets: [
        {
          name: 'Pegawai',
          rows: [
            ...Array.from({ length: titles }, (): Cell[] => ['DAFTAR PEGAWAI']),
            header,
            ...rows.map(([dice, nip, ...rest], i): Cell[] => [dice < 8 ? (pool[i % pool.length] ?? null) : (nip ?? null), ...rest]),
          ],
        },
      ],
    }));
  });
const books = fc.oneof(workbook, plausibleBook);

const planOf = (book: WorkbookRows, existing: RosterExisting, createMissing: boolean) => buildRosterPlan(book, existing, options({ createMissing, newId: counter() }));

function applied(existing: RosterExisting, plan: RosterImportPlan): RosterExisting {
  const byId = new Map(existing.employees.map((e) => [e.id, e]));
  for (const r of plan.rows) if (r.kind === 'new' || r.kind === 'changed') byId.set(r.employee.id, r.employee);
  return { employees: [...byId.values()], units: [...existing.units, ...plan.unitsToCreate], positions: [...existing.positions, ...plan.positionsToCreate] };
}

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

describe('buildRosterPlan on random workbooks', () => {
  const runs = { numRuns: 300 };

  it('never throws, accounts for every non-blank data row once, and keeps errors off planned records', () => {
    const before = prototypeNames();
    fc.assert(
      fc.property(books, fc.boolean(), (book, createMissing) => {
        const plan = planOf(book, dinas(), createMissing);
        const { table } = detectWorkbookTable(book);
        const rows = table ? (book.sheets[table.sheetIndex]?.rows ?? []) : [];
        const dataRows = table ? rows.slice(table.headerRowIndex + 1).filter((r) => !isBlankRow(r)).length : 0;
        const counted = plan.counts.new + plan.counts.changed + plan.counts.unchanged + plan.counts.invalid + plan.counts.skipped;
        expect(counted).toBe(dataRows);
        expect(plan.rows.length + plan.skippedRows.length).toBe(dataRows);
        expect(new Set([...plan.rows, ...plan.skippedRows].map((r) => r.rowNumber)).size).toBe(dataRows);
        expect(plan.skippedRows.every((r) => r.notes.length > 0 && r.notes.every((i) => i.severity === 'note'))).toBe(true);
        for (const row of plan.rows) {
          if (row.kind === 'invalid') expect(row.issues.some((i) => i.severity === 'error')).toBe(true);
          else expect(row.notes.every((i) => i.severity === 'note')).toBe(true);
        }
        expect(plan.fileIssues.every((i) => i.severity === 'error')).toBe(true);
        expect(untranslated(allIssues(plan))).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      runs,
    );
    expect(prototypeNames()).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(books, fc.boolean(), (book, createMissing) => {
        expect(planOf(book, dinas(), createMissing)).toEqual(planOf(book, dinas(), createMissing));
      }),
      runs,
    );
  });

  it('changes nothing when the same file is planned again after its plan was written', () => {
    fc.assert(
      fc.property(books, fc.boolean(), (book, createMissing) => {
        const first = planOf(book, dinas(), createMissing);
        const second = planOf(book, applied(dinas(), first), createMissing);
        const moved = second.rows.filter((r) => r.kind === 'new' || r.kind === 'changed');
        expect(moved.map((r) => [r.rowNumber, r.kind, r.kind === 'changed' ? r.changes : []])).toEqual([]);
        expect(second.unitsToCreate).toEqual([]);
        expect(second.positionsToCreate).toEqual([]);
        expect(second.counts.unchanged).toBe(first.counts.new + first.counts.changed + first.counts.unchanged);
      }),
      runs,
    );
  });
});

describe('buildRosterPlan at office scale', () => {
  it('plans 10,000 rows against 15,000 stored people, every row accounted for', () => {
    const { existing, book } = officeScale();
    const plan = buildRosterPlan(book, existing, options());
    expect(plan.counts).toEqual({ new: 5_000, changed: 5_000, unchanged: 0, invalid: 0, skipped: 0 });
    expect(plan.unitsToCreate).toHaveLength(40);
  });
});
