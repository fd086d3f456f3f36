import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import enTexts from '../../resources/locales/en/evaluationDocument.json';
import idTexts from '../../resources/locales/id/evaluationDocument.json';
import type { Language } from '../languages';
import { periodsWithin } from '../monitoring/periods';
import { berakhlak, berakhlakKeys } from '../skp/berakhlak';
import type { Skp } from '../skp/types';
import { distributionOf } from './distribution';
import { buildEvaluationDocument, evaluationDocumentKeys, evaluationPeriodName, type EvaluationDocumentInput, type EvaluationDocumentTranslate, type DocumentOptions } from './document';
import { buildPenetapanDocument } from './penetapanDocument';
import type { Evaluation } from './types';

// The real namespace files through a real i18next, as the renderer does it.
const i18n = createInstance();
await i18n.init({ lng: 'id', fallbackLng: false, resources: { id: { evaluationDocument: idTexts }, en: { evaluationDocument: enTexts } }, interpolation: { escapeValue: false } });
const translate = (language: Language): EvaluationDocumentTranslate => {
  const t = i18n.getFixedT(language, 'evaluationDocument');
  return (key, params) => t(key, params);
};
const options = (language: Language = 'id'): DocumentOptions => ({ language, t: translate(language), office: { instansi: 'Pemerintah Kabupaten Sumba Timur', name: 'Dinas Kesehatan' }, today: '2026-04-20' });

const skp: EvaluationDocumentInput['skp'] = {
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  rhk: [
    {
      id: 'r1',
      kind: 'utama',
      text: 'Terhimpunnya data perencanaan',
      parent: null,
      assignment: 'Penugasan kepala seksi',
      perspektif: null,
      indicators: [
        { id: 'i1', aspek: 'kuantitas', text: 'Jumlah dokumen perencanaan', target: 12, unit: 'Dokumen', polarity: 'higher' },
        { id: 'i2', aspek: 'kualitas', text: 'Persentase dokumen tanpa revisi', target: 90, unit: '%', polarity: 'higher' },
      ],
    },
    { id: 'r2', kind: 'tambahan', text: 'Piket pelayanan', parent: null, assignment: 'Surat tugas', perspektif: null, indicators: [] },
  ],
  ekspektasi: { ...Object.fromEntries(berakhlakKeys.map((k) => [k, ''])), akuntabel: 'Laporan tepat waktu' } as Skp['ekspektasi'],
  snapshot: {
    at: '2026-01-10',
    employee: { employeeId: 'e1', name: 'Yohana Rambu', nip: '198507142010122002', pangkat: 'Penata Muda (III/a)', jabatan: 'Perencana Ahli Pertama', unit: 'Seksi Perencanaan' },
    appraiser: { employeeId: 'e2', name: 'Umbu Lapu, S.H.', nip: '197912252005011003', pangkat: 'Penata (III/c)', jabatan: 'Kepala Seksi Perencanaan', unit: 'Seksi Perencanaan' },
  },
};

const evaluation = (periodKey: string, extra: Partial<Evaluation> = {}): Evaluation => ({
  id: `skp-1:${periodKey}`,
  officeId: 'o',
  skpId: 'skp-1',
  employeeId: 'e1',
  unitId: 'u1',
  year: 2026,
  periodKey,
  hasil: 'sesuai',
  hasilNote: 'Target triwulan tercapai.',
  perilaku: 'di-atas',
  perilakuNote: 'Sangat membantu rekan.',
  predikat: 'baik',
  status: 'final',
  ratedBy: 'Umbu Lapu, S.H.',
  finalisedAt: '2026-04-10T03:00:00.000Z',
  distributionOverride: null,
  reopenings: [],
  acknowledgement: null,
  ...extra,
});

const periods = periodsWithin('2026-01-01', '2026-12-31', 'quarterly');
const input = (periodKey: string, extra: Partial<Evaluation> = {}): EvaluationDocumentInput => ({
  skp,
  evaluation: evaluation(periodKey, extra),
  periods,
  capPercent: 120,
  realisations: [
    { ikiId: 'i1', periodKey: '2026-Q1', value: 3 },
    { ikiId: 'i1', periodKey: '2026-Q2', value: 4 },
    { ikiId: 'i2', periodKey: '2026-Q1', value: 81 },
  ],
  feedback: [
    { periodKey: '2026-Q1', about: { kind: 'iki', ikiId: 'i1' }, phrases: ['onTrack'], text: 'Bagus.', givenAt: '2026-03-20T02:00:00.000Z' },
    { periodKey: '2026-Q2', about: { kind: 'iki', ikiId: 'i1' }, phrases: [], text: 'Triwulan dua.', givenAt: '2026-06-20T02:00:00.000Z' },
    { periodKey: '2026-Q1', about: { kind: 'value', value: 'akuntabel' }, phrases: [], text: 'Laporan selalu tepat waktu.', givenAt: '2026-03-21T02:00:00.000Z' },
  ],
  orgResult: { unitName: 'Seksi Perencanaan', predikat: 'baik', note: 'Sesuai target' },
  distribution: distributionOf(['baik', 'butuh-perbaikan']),
});

describe('buildEvaluationDocument (periodic, Indonesian)', () => {
  const doc = buildEvaluationDocument(input('2026-Q1'), options());

  it('has the official title, period lines and both identity blocks', () => {
    expect(doc.title).toBe('DOKUMEN EVALUASI KINERJA PEGAWAI');
    expect(doc.periodLine).toBe('PERIODE: TRIWULAN I');
    expect(doc.period).toEqual({ label: 'PERIODE PENILAIAN', text: '1 Januari s.d. 31 Maret 2026' });
    expect(doc.identity.rows[1]).toEqual({ field: 'nip', no: 2, label: 'NIP', employee: '19850714 201012 2 002', appraiser: '19791225 200501 1 003' });
  });

  it('shows the organisation result and the distribution with its shares', () => {
    expect(doc.org).toEqual({ heading: 'CAPAIAN KINERJA ORGANISASI', value: 'Baik', unit: 'Unit kerja: Seksi Perencanaan', note: 'Catatan: Sesuai target' });
    expect(doc.distribution.rows.map((r) => [r.label, r.count, r.shareText])).toEqual([
      ['Sangat Baik', 0, '0%'],
      ['Baik', 1, '50%'],
      ['Butuh Perbaikan', 1, '50%'],
      ['Kurang/Misconduct', 0, '0%'],
      ['Sangat Kurang', 0, '0%'],
    ]);
    expect(doc.distribution.total).toEqual({ label: 'Jumlah', count: 2 });
    expect(doc.distribution.chartLabel).toContain('Baik 1 (50%)');
  });

  it('lists each IKI with target, the period realisation, capaian against the period share and that period feedback', () => {
    const [utama, tambahan] = doc.hasilKerja.sections;
    expect(utama?.title).toBe('A. Utama');
    expect(utama?.rhk[0]?.indicators).toEqual([
      // 12 a year summed: 3 of the quarter's 3 is 100 %.
      { text: 'Jumlah dokumen perencanaan', target: '12 Dokumen', realisasi: ['3 Dokumen'], capaian: '100%', feedback: ['20 Maret 2026: Capaian sesuai rencana, pertahankan. Bagus.'] },
      // A percentage is averaged: 81 of 90 is 90 %.
      { text: 'Persentase dokumen tanpa revisi', target: '90 %', realisasi: ['81 %'], capaian: '90%', feedback: [] },
    ]);
    expect(tambahan?.rhk[0]?.indicators).toEqual([{ text: '-', target: '-', realisasi: ['-'], capaian: '-', feedback: [] }]);
    expect(doc.hasilKerja.headers.realisasi).toBe('REALISASI BERDASARKAN BUKTI DUKUNG');
  });

  it('has both ratings with their justification, the seven values with ekspektasi and feedback, and the predikat', () => {
    expect(doc.ratingHasil).toEqual({ label: 'RATING HASIL KERJA', value: 'Sesuai Ekspektasi', justificationLabel: 'Justifikasi', justification: 'Target triwulan tercapai.' });
    expect(doc.ratingPerilaku.value).toBe('Di Atas Ekspektasi');
    expect(doc.perilaku.rows.map((r) => r.name)).toEqual(berakhlak.map((v) => v.name.id));
    expect(doc.perilaku.rows.find((r) => r.ekspektasi === 'Laporan tepat waktu')?.feedback).toEqual(['21 Maret 2026: Laporan selalu tepat waktu.']);
    expect(doc.predikat).toEqual({ label: 'PREDIKAT KINERJA PEGAWAI', value: 'Baik' });
  });

  it('has no override reason when the distribution fit, and signatures dated on finalising', () => {
    expect(doc.override).toBeNull();
    expect(doc.signatures.placeDate).toBe('Dinas Kesehatan, 10 April 2026');
    expect(doc.signatures.appraiser).toEqual({ role: 'Pejabat Penilai Kinerja', name: 'Umbu Lapu, S.H.', nip: 'NIP 19791225 200501 1 003' });
    expect(doc.signatures.employee.note).toBeUndefined();
  });

  it('prints the override reason and the acknowledgement date when there are', () => {
    const withOverride = buildEvaluationDocument(
      input('2026-Q1', { distributionOverride: { reason: 'Penilaian lain belum selesai.', breaches: [] }, acknowledgement: { at: '2026-04-12T01:00:00.000Z', comment: '' } }),
      options(),
    );
    expect(withOverride.override).toEqual({ label: 'Alasan penetapan di luar kurva', reason: 'Penilaian lain belum selesai.' });
    expect(withOverride.signatures.employee.note).toBe('Diterima pada 12 April 2026');
  });

  it('says "Belum ditetapkan" without an organisation result, and while not rated', () => {
    const none = buildEvaluationDocument({ ...input('2026-Q1', { hasil: null, perilaku: null, predikat: null, status: 'draft', finalisedAt: null }), orgResult: null, distribution: null }, options());
    expect(none.org.value).toBe('Belum ditetapkan');
    expect(none.org.unit).toBe('');
    expect(none.predikat.value).toBe('Belum ditetapkan');
    expect(none.ratingHasil.value).toBe('Belum diberikan');
    expect(none.distribution.total.count).toBe(0);
    expect(none.signatures.placeDate).toBe('Dinas Kesehatan, 20 April 2026');
  });
});

describe('buildEvaluationDocument (annual)', () => {
  it('shows each period as entered and the roll-up, with the year feedback, in both languages', () => {
    const id = buildEvaluationDocument(input('2026-Y'), options('id'));
    expect(id.periodLine).toBe('PERIODE: TAHUNAN');
    expect(id.period.text).toBe('1 Januari s.d. 31 Desember 2026');
    const [first, second] = id.hasilKerja.sections[0]!.rhk[0]!.indicators;
    expect(first?.realisasi).toEqual(['TRIWULAN I: 3 Dokumen', 'TRIWULAN II: 4 Dokumen', 'TRIWULAN III: belum diisi', 'TRIWULAN IV: belum diisi', 'Jumlah: 7 Dokumen']);
    // 7 of the year's 12.
    expect(first?.capaian).toBe('58,3%');
    expect(first?.feedback).toHaveLength(2);
    expect(second?.realisasi.at(-1)).toBe('Rata-rata: 81 %');

    const en = buildEvaluationDocument(input('2026-Y'), options('en'));
    expect(en.title).toBe('EMPLOYEE PERFORMANCE EVALUATION');
    expect(en.periodLine).toBe('PERIOD: ANNUAL');
    expect(en.hasilKerja.sections[0]!.rhk[0]!.indicators[0]!.realisasi).toEqual(['QUARTER 1: 3 Dokumen', 'QUARTER 2: 4 Dokumen', 'QUARTER 3: not entered', 'QUARTER 4: not entered', 'Total: 7 Dokumen']);
    expect(en.predikat.value).toBe('Good');
    expect(en.ratingHasil.value).toBe('Meets expectations');
  });

  it('names monthly and semester periods as the form does', () => {
    expect(evaluationPeriodName('2026-M03', 'id', translate('id'))).toBe('BULAN MARET');
    expect(evaluationPeriodName('2026-S2', 'id', translate('id'))).toBe('SEMESTER II');
    expect(evaluationPeriodName('2026-Q3', 'en', translate('en'))).toBe('QUARTER 3');
  });
});

describe('buildPenetapanDocument', () => {
  const base = {
    periodKey: '2026-Q1',
    unitName: 'Seksi Perencanaan',
    orgResult: { predikat: 'baik' as const, note: '' },
    members: [
      { nip: '199001012015011001', name: 'Yohana Rambu', jabatan: 'Perencana', predikat: 'baik' as const, final: true },
      { nip: '199202022016022002', name: 'Ana Ndapa', jabatan: 'Pengadministrasi', predikat: 'butuh-perbaikan' as const, final: false },
    ],
    official: { name: 'Umbu Lapu, S.H.', nip: '197912252005011003', jabatan: 'Kepala Bidang Perencanaan' },
    lastFinalisedAt: '2026-04-10T03:00:00.000Z',
  };

  it('lists the unit by name with NIP, jabatan and predikat (a draft said so), under the organisation result and the official', () => {
    const doc = buildPenetapanDocument(base, options());
    expect(doc.title).toBe('PENETAPAN PREDIKAT KINERJA PEGAWAI');
    expect(doc.periodLine).toBe('PERIODE: TRIWULAN I');
    expect(doc.unitLine).toEqual({ label: 'UNIT KERJA', value: 'Seksi Perencanaan' });
    expect(doc.org.value).toBe('Baik');
    expect(doc.rows).toEqual([
      { no: 1, nip: '19920202 201602 2 002', name: 'Ana Ndapa', jabatan: 'Pengadministrasi', predikat: 'Butuh Perbaikan (draf)' },
      { no: 2, nip: '19900101 201501 1 001', name: 'Yohana Rambu', jabatan: 'Perencana', predikat: 'Baik' },
    ]);
    expect(doc.signatures).toEqual({
      placeDate: 'Dinas Kesehatan, 10 April 2026',
      official: { role: 'Pejabat yang Menetapkan', name: 'Umbu Lapu, S.H.', nip: 'NIP 19791225 200501 1 003', jabatan: 'Kepala Bidang Perencanaan' },
    });
  });

  it('in English, and "Not yet set" without a result', () => {
    const doc = buildPenetapanDocument({ ...base, orgResult: null, members: [] }, options('en'));
    expect(doc.title).toBe('DETERMINATION OF EMPLOYEE PERFORMANCE RATINGS');
    expect(doc.org.value).toBe('Not yet set');
    expect(doc.rows).toEqual([]);
  });
});

it('every key the documents use is in both languages', () => {
  for (const language of ['id', 'en'] as const) {
    for (const key of evaluationDocumentKeys) expect(i18n.exists(key, { lng: language, ns: 'evaluationDocument' }), `${language}: ${key}`).toBe(true);
  }
});
