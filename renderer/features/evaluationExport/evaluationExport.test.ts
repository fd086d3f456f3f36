import i18next from 'i18next';
import { unitAndBelow } from '../../../shared/people';
import { describe, expect, it } from 'vitest';
import enEvaluation from '../../../resources/locales/en/evaluation.json';
import enExport from '../../../resources/locales/en/evaluationExport.json';
import idEvaluation from '../../../resources/locales/id/evaluation.json';
import idExport from '../../../resources/locales/id/evaluationExport.json';
import { checkDistribution, distributionOf } from '../../../shared/evaluation/distribution';
import { nationalRecordRows } from '../../../shared/evaluation/nationalRecord';
import type { Language } from '../../../shared/languages';
import { distributionWorkbook, nationalRecordCsv, nationalRecordWorkbook, predikatRecapWorkbook, type Translate } from './evaluationWorkbooks';
import { distributionRows, predikatRecapRows, type RecapSource } from './predikatRecapRows';

async function translator(lng: Language): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { id: { evaluationExport: idExport, evaluation: idEvaluation }, en: { evaluationExport: enExport, evaluation: enEvaluation } },
    ns: ['evaluationExport', 'evaluation'],
    defaultNS: 'evaluationExport',
    interpolation: { escapeValue: false },
  });
  return ((key: string, params?: Record<string, unknown>) => String(instance.t(key, params as never))) as never;
}

const person = (nip: string, name: string, unit: string, unitId: string) => ({ employeeId: nip, nip, name, unit, unitId, pangkat: 'Penata Muda (III/a)', jabatan: 'Pranata Komputer' });
const appraiser = { employeeId: 'k', nip: '197501012000031001', name: 'Maria Goreti, S.KM.', unit: 'Seksi Perencanaan', unitId: 'u-plan', pangkat: 'Penata (III/c)', jabatan: 'Kepala Seksi Perencanaan' };
const source = (nip: string, name: string, unit: string, unitId: string, evaluation: RecapSource['evaluation']) => ({
  skp: { version: 1, year: 2026, periodStart: '2026-01-01', periodEnd: '2026-12-31', snapshot: { at: '2026-01-02', employee: person(nip, name, unit, unitId), appraiser } },
  evaluation,
});
const final = { hasil: 'sesuai', perilaku: 'sesuai', predikat: 'baik', status: 'final', finalisedAt: '2026-04-10T06:00:00.000Z' } as const;

// A worked example: the Seksi Perencanaan (under the Bidang Pelayanan) has a formula-looking name
// finalised Baik over the curve with a reason, and a colleague not rated; the Seksi Gizi's only
// person is a draft Butuh Perbaikan.
const sources = [
  source('199203152019032001', 'Yohana Rambu', 'Seksi Perencanaan', 'u-plan', null),
  source('199001012015011002', '=HYPERLINK("http://contoh","klik")', 'Seksi Perencanaan', 'u-plan', { ...final, periodKey: '2026-Q2', distributionOverride: { reason: 'Penilaian lain belum selesai.', breaches: [] } }),
  source('198807072012121003', 'Daniel Kaborang', 'Seksi Gizi', 'u-gizi', { hasil: 'di-bawah', perilaku: 'sesuai', predikat: 'butuh-perbaikan', status: 'draft', finalisedAt: null, distributionOverride: null, periodKey: '2026-Q2' }),
];
const units = [
  { id: 'u-dinas', parentId: null, name: 'Dinas Kesehatan' },
  { id: 'u-yan', parentId: 'u-dinas', name: 'Bidang Pelayanan' },
  { id: 'u-plan', parentId: 'u-yan', name: 'Seksi Perencanaan' },
  { id: 'u-gizi', parentId: 'u-dinas', name: 'Seksi Gizi' },
];
const ctx = { office: 'Dinas Kesehatan', periodKey: '2026-Q2', periodLabel: 'Triwulan II 2026', day: '2026-07-01' };

describe('the predikat recap', () => {
  const rows = predikatRecapRows(sources, '2026-Q2');

  it('has one row per person by unit then name, rated or not, with the finalised day and the override reason', () => {
    expect(rows.map((r) => [r.unit, r.name, r.status, r.predikat])).toEqual([
      ['Seksi Gizi', 'Daniel Kaborang', 'draft', 'butuh-perbaikan'],
      ['Seksi Perencanaan', '=HYPERLINK("http://contoh","klik")', 'final', 'baik'],
      ['Seksi Perencanaan', 'Yohana Rambu', 'none', null],
    ]);
    expect(rows[1]).toMatchObject({ nip: '199001012015011002', jabatan: 'Pranata Komputer', pangkat: 'Penata Muda (III/a)', hasil: 'sesuai', perilaku: 'sesuai', finalisedAt: '2026-04-10', overrideReason: 'Penilaian lain belum selesai.' });
    expect(predikatRecapRows(sources, '2026-Q2', unitAndBelow(units, 'u-yan')).map((r) => r.name)).toEqual(['=HYPERLINK("http://contoh","klik")', 'Yohana Rambu']);
  });

  it('writes headers and labels in the language of the file: official Indonesian terms on an Indonesian sheet', async () => {
    const id = predikatRecapWorkbook(await translator('id'), 'id', rows, { ...ctx, unit: null }).sheets[0]!;
    expect(id.title).toBe('Rekap predikat kinerja Dinas Kesehatan — Triwulan II 2026 — semua unit — 2026-07-01');
    expect(id.columns.map((c) => c.header)).toEqual(['Unit kerja', 'NIP', 'Nama', 'Jabatan', 'Pangkat/golongan', 'Periode', 'Rating hasil kerja', 'Rating perilaku kerja', 'Predikat kinerja', 'Status', 'Tanggal final', 'Alasan menyimpang dari kurva']);
    expect(id.columns.find((c) => c.key === 'nip')?.type).toBe('text');
    expect(id.columns.find((c) => c.key === 'finalisedAt')?.type).toBe('date');
    expect(id.rows[0]).toMatchObject({ predikat: 'Butuh Perbaikan', hasil: 'Di Bawah Ekspektasi', status: 'Draf', finalisedAt: null });
    // The name goes to the writer as it is: the writer (writeStyledWorkbook) neutralises it, as for every export.
    expect(id.rows[1]).toMatchObject({ nip: '199001012015011002', name: '=HYPERLINK("http://contoh","klik")', predikat: 'Baik', status: 'Final', finalisedAt: '2026-04-10', period: 'Triwulan II 2026' });
    expect(id.rows[2]).toMatchObject({ hasil: null, predikat: null, status: 'Belum dinilai' });

    const en = predikatRecapWorkbook(await translator('en'), 'en', rows, { ...ctx, periodLabel: 'Quarter 2 2026', unit: 'Bidang Pelayanan' });
    expect(en.suggestedName).toBe('predikat-recap-2026-Q2-2026-07-01.xlsx');
    expect(en.sheets[0]!.title).toBe('Predikat recap of Dinas Kesehatan — Quarter 2 2026 — Bidang Pelayanan — 2026-07-01');
    expect(en.sheets[0]!.columns.map((c) => c.header).slice(0, 3)).toEqual(['Unit', 'NIP', 'Name']);
    expect(en.sheets[0]!.rows[0]).toMatchObject({ predikat: 'Needs improvement', status: 'Draft' });
  });
});

describe('the national record as .xlsx and .csv', () => {
  const rows = nationalRecordRows(sources);

  it('keeps the final evaluations only, with the record column names in every language', async () => {
    expect(rows).toHaveLength(1);
    for (const lng of ['id', 'en'] as const) {
      const book = nationalRecordWorkbook(await translator(lng), rows, ctx);
      const sheet = book.sheets[0]!;
      expect(sheet.columns.map((c) => c.header)).toEqual(['tahun', 'periode', 'bulan_awal', 'bulan_akhir', 'nip', 'nama', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'kuadran_kinerja', 'penilai_nip', 'penilai_nama', 'penilai_golongan', 'penilai_jabatan', 'penilai_unor', 'penilai_status', 'status']);
      expect(sheet.columns.find((c) => c.key === 'nip')?.type).toBe('text');
      expect(sheet.columns.find((c) => c.key === 'tahun')?.type).toBe('number');
      expect(sheet.rows[0]).toMatchObject({ tahun: 2026, periode: 'TRIWULAN II', nip: '199001012015011002', kuadran_kinerja: 'BAIK', penilai_golongan: 'III/c', status: 'FINAL' });
    }
    expect(nationalRecordWorkbook(await translator('id'), rows, ctx).sheets[0]!.title).toBe('Rekam kinerja nasional Dinas Kesehatan — Triwulan II 2026 — hanya evaluasi final — 2026-07-01');
    expect(nationalRecordWorkbook(await translator('en'), rows, ctx).sheets[0]!.title).toContain('final evaluations only');
  });

  it('writes CSV as UTF-8 with a BOM, text quoted (the NIP as its 18 digits), numbers bare, a formula-like name neutralised', () => {
    const bytes = nationalRecordCsv(rows);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('tahun,"periode",bulan_awal,bulan_akhir,"nip","nama","rating_hasil_kerja","rating_perilaku_kerja","kuadran_kinerja","penilai_nip","penilai_nama","penilai_golongan","penilai_jabatan","penilai_unor","penilai_status","status"');
    expect(lines[1]).toBe(
      '2026,"TRIWULAN II",4,6,"199001012015011002","\'=HYPERLINK(""http://contoh"",""klik"")","SESUAI EKSPEKTASI","SESUAI EKSPEKTASI","BAIK","197501012000031001","Maria Goreti, S.KM.","III/c","Kepala Seksi Perencanaan","Seksi Perencanaan","ASN","FINAL"',
    );
    expect(lines.slice(2)).toEqual(['']);
  });
});

describe('the office distribution per unit', () => {
  // Seksi Perencanaan: result Baik, 2 Baik of 2 — both rules broken. Seksi Gizi: no result.
  const plan = distributionOf(['baik', 'baik']);
  const rows = distributionRows(units, [
    { unitId: null, org: null, distribution: distributionOf(['sangat-baik']), breaches: [] },
    { unitId: 'u-plan', org: 'baik', distribution: plan, breaches: checkDistribution('baik', plan.counts) },
    { unitId: 'u-gizi', org: 'istimewa', distribution: distributionOf(['butuh-perbaikan']), breaches: [] },
  ]);

  it('has one row per result unit by name, counts and shares per predikat and the breaches as sentences', async () => {
    const id = distributionWorkbook(await translator('id'), 'id', 'id-ID', rows, ctx).sheets[0]!;
    expect(id.columns.map((c) => c.header).slice(0, 6)).toEqual(['Unit kerja', 'Capaian kinerja organisasi', 'Sangat Baik (jumlah)', 'Sangat Baik (%)', 'Baik (jumlah)', 'Baik (%)']);
    expect(id.columns.at(-1)?.header).toBe('Kesesuaian dengan kurva');
    expect(id.rows.map((r) => r.unit)).toEqual(['Seksi Gizi', 'Seksi Perencanaan', '(tanpa capaian kinerja organisasi)']);
    expect(id.rows[0]).toMatchObject({ org: 'Istimewa', 'count:butuh-perbaikan': 1, 'share:butuh-perbaikan': 100, total: 1, breaches: 'Sesuai kurva' });
    expect(id.rows[1]).toMatchObject({ org: 'Baik', 'count:baik': 2, 'share:baik': 100, 'count:sangat-baik': 0, total: 2 });
    expect(id.rows[1]!.breaches).toBe(
      'Baik paling banyak 70%: 2 dari 2 (100%) — nilai ulang 1 orang dari Baik ke Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang; Paling sedikit satu Butuh Perbaikan atau Kurang/Misconduct: 0 dari 2 (0%) — nilai ulang 1 orang dari Baik ke Butuh Perbaikan atau Kurang/Misconduct',
    );
    expect(id.rows[2]).toMatchObject({ org: null, breaches: 'Tanpa kurva: capaian kinerja organisasi belum dicatat' });

    const en = distributionWorkbook(await translator('en'), 'en', 'en', rows, ctx).sheets[0]!;
    expect(en.columns.map((c) => c.header).slice(0, 4)).toEqual(['Unit', "Organisation's result", 'Excellent (count)', 'Excellent (%)']);
    expect(en.rows[0]).toMatchObject({ org: 'Outstanding', breaches: 'Fits the curve' });
    expect(en.rows[1]!.breaches).toMatch(/^Good at most 70%: 2 of 2 \(100%\)/);
  });
});
