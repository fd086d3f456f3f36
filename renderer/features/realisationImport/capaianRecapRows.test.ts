import { describe, expect, it } from 'vitest';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import type { Realisation } from '../../../shared/monitoring/types';
import { dinas } from '../../../shared/roster/testing';
import { storedRhk, storedSkp } from '../../../shared/skp/import/testing';
import { capaianRecapRows } from './capaianRecapRows';

const real = (skpId: string, ikiId: string, periodKey: string, value: number, extra: Partial<Realisation> = {}): Realisation => ({
  id: `${skpId}:${ikiId}:${periodKey}`, officeId: 'office-disdik', skpId, employeeId: '', rhkId: '', ikiId, periodKey, value, source: 'x', note: '', flags: [], explanation: '', correction: null, ...extra,
});

describe('the capaian recap of a unit for a period', () => {
  const people = dinas();
  const kasiSkp = storedSkp('s-kasi', 'e-kasi-kur', [
    storedRhk('r-kasi', 'Tersusunnya dokumen kurikulum SD', null, [
      { id: 'i-doc', aspek: 'kuantitas', text: 'Jumlah dokumen kurikulum', target: 12, unit: 'Dokumen', polarity: 'higher' },
      { id: 'i-pct', aspek: 'kualitas', text: 'Persentase dokumen sesuai standar', target: 90, unit: '%', polarity: 'higher' },
    ]),
  ], { status: 'approved', snapshot: { at: '2026-01-02', employee: { employeeId: 'e-kasi-kur', name: 'Maria Goreti', nip: '', pangkat: '', jabatan: '', unit: 'Seksi Kurikulum' }, appraiser: null } });
  // Someone in another bidang, and a draft: neither is in the recap of the SD bidang's approved SKPs.
  const smpSkp = storedSkp('s-smp', 'e-kabid-smp', [storedRhk('r-smp', 'Pembinaan SMP', null, [{ id: 'i-smp', aspek: 'kuantitas', text: 'Sekolah dibina', target: 20, unit: 'Sekolah', polarity: 'higher' }])], { status: 'approved' });
  const draft = storedSkp('s-staf', 'e-staf', [storedRhk('r-staf', 'Apa saja', null, [{ id: 'i-staf', aspek: 'kuantitas', text: 'x', target: 1, unit: 'x', polarity: 'higher' }])]);
  const realisations = [
    real('s-kasi', 'i-doc', '2026-Q1', 2),
    real('s-kasi', 'i-doc', '2026-Q2', 4, { flags: [{ code: 'monitoring.outlierHistory' }], correction: { by: 'Bambang', reason: 'r', previous: 5 } }),
    real('s-kasi', 'i-pct', '2026-Q1', 72),
    real('s-smp', 'i-smp', '2026-Q2', 5),
  ];
  const rows = capaianRecapRows({ skps: [kasiSkp, smpSkp, draft], employees: people.employees, units: people.units, realisations, rules: defaultMonitoringRules, periodKey: '2026-Q2', unitId: 'u-sd' });

  it('has one row per IKI of the approved SKPs of the unit and its sub-units', () => {
    expect(rows.map((r) => [r.nip, r.name, r.iki])).toEqual([
      ['198002142006042005', 'Maria Goreti', 'Jumlah dokumen kurikulum'],
      ['198002142006042005', 'Maria Goreti', 'Persentase dokumen sesuai standar'],
    ]);
    expect(capaianRecapRows({ skps: [kasiSkp, smpSkp, draft], employees: people.employees, units: people.units, realisations, rules: defaultMonitoringRules, periodKey: '2026-Q2', unitId: null })).toHaveLength(3);
  });

  it('computes a summed count: the period against its share, to date against the pro-rated target, capped', () => {
    // 12 documents a year, quarterly: Q2's share is 12 ÷ 4 = 3; Q2's 4 documents are 4 ÷ 3 = 133.33 %, shown at the cap of 120 %.
    // To date: 2 + 4 = 6 against 12 × 2 ÷ 4 = 6 expected, so 100 %: on track (≥ 100 %).
    expect(rows[0]).toMatchObject({ target: 12, targetUnit: 'Dokumen', realisation: 4, capaian: 120, toDate: 100, status: 'on-track', flags: ['monitoring.outlierHistory'], corrected: true });
  });

  it('leaves a missing period empty, never 0, and averages a rate to date', () => {
    // 90 % a year, averaged: Q2 has no value (empty, not 0). To date: the average of Q1 alone, 72, against 90: 72 ÷ 90 = 80 %: at risk (≥ 80 %, < 100 %).
    expect(rows[1]).toMatchObject({ realisation: null, capaian: null, toDate: 80, status: 'at-risk', flags: [], corrected: false });
  });
});

describe('the capaian recap as a sheet', () => {
  it('keeps NIP as text, capaian as numbers, missing as empty cells, and translates the status', async () => {
    const { capaianRecapWorkbook } = await import('./exportCapaianRecap');
    const t = ((key: string, params?: Record<string, unknown>) => (params ? `${key}:${JSON.stringify(params)}` : key)) as never;
    const book = capaianRecapWorkbook(t, [
      { nip: '198002142006042005', name: 'Maria', unit: 'Seksi', rhk: 'R', iki: 'I', target: 12, targetUnit: 'Dokumen', realisation: null, capaian: null, toDate: 80, status: 'at-risk', flags: ['monitoring.aboveMax'], corrected: true },
    ], { unitName: 'Dinas', periodLabel: 'Triwulan II 2026', periodKey: '2026-Q2', day: '2026-07-20' });
    const sheet = book.sheets[0]!;
    expect(sheet.columns.find((c) => c.key === 'nip')?.type).toBe('text');
    expect(sheet.columns.find((c) => c.key === 'capaian')?.type).toBe('number');
    expect(sheet.rows[0]).toMatchObject({ nip: '198002142006042005', realisation: null, capaian: null, toDate: 80, status: 'monitoring:status.at-risk', flags: 'recap.flagged; recap.corrected' });
    expect(book.suggestedName).toBe('recap.fileName:{"period":"2026-Q2"}-2026-07-20.xlsx');
  });
});
