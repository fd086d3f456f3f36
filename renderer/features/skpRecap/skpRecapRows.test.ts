import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { dinas } from '../../../shared/roster/testing';
import { office, storedSkp, YEAR } from '../../../shared/skp/import/testing';
import { resources } from '../../i18n/resources';
import { skpRecapWorkbook } from './exportSkpRecap';
import { skpRecapRows } from './skpRecapRows';

function input(unitId: string | null) {
  const people = dinas();
  const skps = office().skps;
  skps[0] = { ...skps[0]!, submittedAt: `${YEAR}-01-20T04:00:00.000Z`, approvedAt: `${YEAR}-01-22T04:00:00.000Z` };
  // The Kepala Bidang SD moved mid-year: version 1 closed, version 2 a draft.
  skps.push(storedSkp('s-kabid-old', 'e-kabid-sd', [], { status: 'closed' }));
  skps[1] = { ...skps[1]!, version: 2, previousId: 's-kabid-old' };
  // Last year's SKP does not count.
  skps.push(storedSkp('s-staf-2025', 'e-staf', [], { year: YEAR - 1 }));
  // A retired person with no SKP is left out; one with an SKP this year is listed.
  people.employees.push({ ...people.employees[7]!, id: 'e-retired', nip: '199101012015011001', name: 'Purna Bakti', status: 'retired' });
  people.employees.push({ ...people.employees[7]!, id: 'e-moved', nip: '199101012015011002', name: 'Sudah Pindah', status: 'moved' });
  skps.push(storedSkp('s-moved', 'e-moved', [], { status: 'closed' }));
  return { ...people, skps, year: YEAR, unitId };
}

describe('the SKP recap rows', () => {
  it('lists every person of the office, SKP or not, in the organisation’s order (units depth first, higher jabatan first)', () => {
    const rows = skpRecapRows(input(null));
    expect(rows.map((r) => [r.name, r.status, r.version])).toEqual([
      ['Drs. Hendra Wijaya, M.Pd.', 'approved', 1],
      ['Bambang Sutrisno, S.Pd.', 'draft', 2],
      ['Maria Goreti, S.Pd.', 'none', null],
      ['Agustina Lende', 'none', null],
      ['Rudi Hartono', 'none', null],
      ['Yohanes Ndapa', 'draft', 1],
      ['Sri Wahyuni, S.Sos., M.Si.', 'none', null],
      ['Ni Luh Putu Ayu, S.E.', 'none', null],
      ['Sudah Pindah, S.E.', 'closed', 1],
      ['Umbu Rihi', 'none', null],
    ]);
    expect(rows[0]).toMatchObject({ nip: '197003152000031001', jabatan: 'Kepala Dinas Pendidikan', unit: 'Dinas Pendidikan', rhkUtama: 1, rhkTambahan: 0, iki: 1 });
    expect(rows[0]!.submittedAt).toMatch(/^2026-01-2\d$/);
    expect(rows[1]).toMatchObject({ rhkUtama: 1, iki: 2, submittedAt: null, approvedAt: null });
  });

  it('limits to a unit and the units below it', () => {
    expect(skpRecapRows(input('u-sd')).map((r) => r.name)).toEqual(['Bambang Sutrisno, S.Pd.', 'Maria Goreti, S.Pd.', 'Agustina Lende', 'Rudi Hartono']);
    expect(skpRecapRows(input('u-kur')).map((r) => r.unit)).toEqual(['Seksi Kurikulum SD', 'Seksi Kurikulum SD', 'Seksi Kurikulum SD']);
  });
});

describe('the SKP recap workbook', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'id', fallbackLng: false, resources, ns: ['skpImport', 'skp'], interpolation: { escapeValue: false } });
  });

  it('has headers and statuses in the language asked for, NIP as text, counts as numbers and dates as dates', () => {
    const rows = skpRecapRows(input('u-sd'));
    for (const [lng, headers, none] of [
      ['id', ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Status SKP'], 'Belum ada SKP'],
      ['en', ['NIP', 'Name', 'Position', 'Work unit', 'SKP status'], 'No SKP yet'],
    ] as const) {
      const t = i18next.getFixedT(lng, ['skpImport', 'skp']) as TFunction<['skpImport', 'skp']>;
      const book = skpRecapWorkbook(t, rows, { unitName: 'Bidang Pembinaan SD', year: YEAR, day: '2026-03-01' });
      const [sheet] = book.sheets;
      expect(sheet!.columns.slice(0, 5).map((c) => c.header)).toEqual(headers);
      expect(sheet!.columns.map((c) => c.type)).toEqual(['text', 'text', 'text', 'text', 'text', 'number', 'number', 'number', 'number', 'date', 'date']);
      expect(sheet!.rows[1]).toMatchObject({ nip: '198002142006042005', status: none, version: null, rhkUtama: 0 });
      expect(sheet!.title).toContain('Bidang Pembinaan SD');
      expect(book.suggestedName).toMatch(/2026-2026-03-01\.xlsx$/);
    }
    const t = i18next.getFixedT('id', ['skpImport', 'skp']) as TFunction<['skpImport', 'skp']>;
    expect(skpRecapWorkbook(t, rows, { unitName: 'x', year: YEAR, day: '2026-03-01' }).sheets[0]!.rows[0]).toMatchObject({ status: 'Draf' });
  });
});
