import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import enTexts from '../../resources/locales/en/skpDocument.json';
import idTexts from '../../resources/locales/id/skpDocument.json';
import type { Language } from '../languages';
import { berakhlak, berakhlakKeys } from './berakhlak';
import { buildSkpDocument, formatPeriod, formatTarget, skpDocumentFileName, skpDocumentKeys, type SkpDocumentOptions, type SkpDocumentTranslate } from './document';
import type { Iki, Rhk, Skp } from './types';

// The real namespace files through a real i18next, as the renderer does it.
const i18n = createInstance();
await i18n.init({
  lng: 'id',
  fallbackLng: false,
  resources: { id: { skpDocument: idTexts }, en: { skpDocument: enTexts } },
  interpolation: { escapeValue: false },
});
const translate = (language: Language): SkpDocumentTranslate => {
  const t = i18n.getFixedT(language, 'skpDocument');
  return (key, params) => t(key, params);
};

const iki = (id: string, aspek: Iki['aspek'], text: string, target: number | null, unit: string): Iki => ({ id, aspek, text, target, unit, polarity: 'higher' });

const rhk = (id: string, kind: Rhk['kind'], text: string, extra: Partial<Rhk> = {}): Rhk => ({
  id,
  kind,
  text,
  parent: null,
  assignment: '',
  perspektif: null,
  indicators: [
    iki(`${id}-1`, 'kuantitas', `Jumlah ${text.toLowerCase()}`, 12, 'Dokumen'),
    iki(`${id}-2`, 'kualitas', `Persentase ${text.toLowerCase()} tanpa revisi`, 100, '%'),
    iki(`${id}-3`, 'waktu', `Ketepatan waktu ${text.toLowerCase()}`, 12, 'Bulan'),
  ],
  ...extra,
});

const skp: Skp = {
  id: 'skp-1',
  officeId: 'office-1',
  employeeId: 'emp-1',
  appraiserId: 'emp-2',
  year: 2026,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  version: 1,
  previousId: null,
  nextId: null,
  form: 'ja_jf',
  pendekatan: 'kuantitatif',
  status: 'approved',
  returnNote: '',
  submittedAt: '2026-01-10T02:00:00.000Z',
  approvedAt: '2026-01-15T03:00:00.000Z',
  rhk: [
    rhk('r1', 'utama', 'Laporan kepegawaian', { parent: { kind: 'rhk', rhkId: 'leader-1' } }),
    rhk('r2', 'tambahan', 'Bahan rapat koordinasi', { assignment: 'Surat Tugas Nomor 800/12/2026' }),
    rhk('r3', 'utama', 'Data SKP pegawai', { parent: { kind: 'rhk', rhkId: 'leader-2' }, indicators: [iki('r3-1', 'kuantitas', 'Jumlah data', 1250, 'Orang')] }),
    rhk('r4', 'tambahan', 'Piket pelayanan', { indicators: [] }),
  ],
  ekspektasi: { ...Object.fromEntries(berakhlakKeys.map((k) => [k, ''])), akuntabel: 'Laporan tepat waktu setiap bulan' } as Skp['ekspektasi'],
  lampiran: {
    dukunganSumberDaya: ['Aplikasi SIASN', '  '],
    skemaPertanggungjawaban: ['Laporan bulanan kepada Kepala Bidang'],
    konsekuensi: ['Teguran lisan bila terlambat'],
  },
  snapshot: {
    at: '2026-01-10',
    employee: { employeeId: 'emp-1', name: 'Yohana Rambu', nip: '198507142010122002', pangkat: 'Penata Muda (III/a)', jabatan: 'Analis SDM Aparatur Ahli Pertama', unit: 'Bidang Mutasi' },
    appraiser: { employeeId: 'emp-2', name: 'Umbu Lapu, S.H., M.Si.', nip: '197912252005011003', pangkat: 'Pembina (IV/a)', jabatan: 'Kepala Bidang Mutasi', unit: 'Bidang Mutasi' },
  },
};

const leaderTexts = new Map([['leader-1', 'Terwujudnya layanan kepegawaian yang tertib']]);

function options(language: Language = 'id', extra: Partial<SkpDocumentOptions> = {}): SkpDocumentOptions {
  return {
    language,
    t: translate(language),
    office: { instansi: 'Pemerintah Kabupaten Sumba Timur', name: 'Badan Kepegawaian Daerah' },
    leaderRhkText: (r) => (r.parent?.kind === 'rhk' ? (leaderTexts.get(r.parent.rhkId) ?? '') : ''),
    today: '2026-03-02',
    ...extra,
  };
}

describe('buildSkpDocument (JA/JF form, Indonesian)', () => {
  const doc = buildSkpDocument(skp, options());

  it('has the title, pendekatan, form, instansi, unit and period', () => {
    expect(doc.title).toBe('SASARAN KINERJA PEGAWAI');
    expect(doc.subtitles).toEqual(['PENDEKATAN HASIL KERJA KUANTITATIF', 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL']);
    expect(doc.instansi).toBe('Pemerintah Kabupaten Sumba Timur');
    expect(doc.unit).toBe('Badan Kepegawaian Daerah');
    expect(doc.period).toEqual({ label: 'PERIODE PENILAIAN', text: '1 Januari s.d. 31 Desember 2026' });
  });

  it('has both identity blocks, NIPs printed with spaces', () => {
    expect(doc.identity.headers).toEqual({ no: 'NO', employee: 'PEGAWAI YANG DINILAI', appraiser: 'PEJABAT PENILAI KINERJA' });
    expect(doc.identity.rows).toEqual([
      { field: 'name', no: 1, label: 'NAMA', employee: 'Yohana Rambu', appraiser: 'Umbu Lapu, S.H., M.Si.' },
      { field: 'nip', no: 2, label: 'NIP', employee: '19850714 201012 2 002', appraiser: '19791225 200501 1 003' },
      { field: 'pangkat', no: 3, label: 'PANGKAT/GOL. RUANG', employee: 'Penata Muda (III/a)', appraiser: 'Pembina (IV/a)' },
      { field: 'jabatan', no: 4, label: 'JABATAN', employee: 'Analis SDM Aparatur Ahli Pertama', appraiser: 'Kepala Bidang Mutasi' },
      { field: 'unit', no: 5, label: 'UNIT KERJA', employee: 'Bidang Mutasi', appraiser: 'Bidang Mutasi' },
    ]);
  });

  it('has the JA/JF columns', () => {
    expect(doc.hasilKerja.heading).toBe('HASIL KERJA');
    expect(doc.hasilKerja.columns.map((c) => c.key)).toEqual(['no', 'leaderRhk', 'rhk', 'aspek', 'iki', 'target']);
    expect(doc.hasilKerja.columns.map((c) => c.header)).toContain('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI');
  });

  it('splits utama and tambahan, numbering each from 1 in the SKP order', () => {
    const [utama, tambahan] = doc.hasilKerja.sections;
    expect(utama?.title).toBe('A. Utama');
    expect(utama?.rhk.map((r) => [r.no, r.text])).toEqual([
      [1, 'Laporan kepegawaian'],
      [2, 'Data SKP pegawai'],
    ]);
    expect(tambahan?.title).toBe('B. Tambahan');
    expect(tambahan?.rhk.map((r) => [r.no, r.text])).toEqual([
      [1, 'Bahan rapat koordinasi'],
      [2, 'Piket pelayanan'],
    ]);
  });

  it('shows the intervened leader RHK, else the assignment, else a dash', () => {
    const [utama, tambahan] = doc.hasilKerja.sections;
    expect(utama?.rhk[0]?.leaderRhk).toBe('Terwujudnya layanan kepegawaian yang tertib');
    expect(utama?.rhk[1]?.leaderRhk).toBe('-'); // leader-2 is not in the lookup
    expect(tambahan?.rhk[0]?.leaderRhk).toBe('Penugasan: Surat Tugas Nomor 800/12/2026');
    expect(tambahan?.rhk[1]?.leaderRhk).toBe('-');
  });

  it('lists the IKI of each RHK with aspek and formatted target; an RHK without IKI keeps one blank row', () => {
    const [utama, tambahan] = doc.hasilKerja.sections;
    expect(utama?.rhk[0]?.indicators).toEqual([
      { aspek: 'Kuantitas', text: 'Jumlah laporan kepegawaian', target: '12 Dokumen' },
      { aspek: 'Kualitas', text: 'Persentase laporan kepegawaian tanpa revisi', target: '100 %' },
      { aspek: 'Waktu', text: 'Ketepatan waktu laporan kepegawaian', target: '12 Bulan' },
    ]);
    expect(utama?.rhk[1]?.indicators).toEqual([{ aspek: 'Kuantitas', text: 'Jumlah data', target: '1.250 Orang' }]);
    expect(tambahan?.rhk[1]?.indicators).toEqual([{ aspek: '', text: '-', target: '-' }]);
  });

  it('has the 7 BerAKHLAK values with their official guidelines and the leader expectations', () => {
    expect(doc.perilaku.heading).toBe('PERILAKU KERJA');
    expect(doc.perilaku.columns).toEqual({ no: 'NO', perilaku: 'PERILAKU KERJA', ekspektasi: 'EKSPEKTASI KHUSUS PIMPINAN' });
    expect(doc.perilaku.rows).toHaveLength(7);
    expect(doc.perilaku.rows[0]).toEqual({
      no: 1,
      name: 'Berorientasi Pelayanan',
      guidelines: ['Memahami dan memenuhi kebutuhan masyarakat', 'Ramah, cekatan, solutif, dan dapat diandalkan', 'Melakukan perbaikan tiada henti'],
      ekspektasi: '-',
    });
    expect(doc.perilaku.rows[1]?.ekspektasi).toBe('Laporan tepat waktu setiap bulan');
    expect(doc.perilaku.rows.map((r) => r.name)).toEqual(berakhlak.map((v) => v.name.id));
  });

  it('has the three lampiran lists, blank items dropped', () => {
    expect(doc.lampiran.title).toBe('LAMPIRAN SASARAN KINERJA PEGAWAI');
    expect(doc.lampiran.sections).toEqual([
      { key: 'dukunganSumberDaya', title: 'DUKUNGAN SUMBER DAYA', items: ['Aplikasi SIASN'] },
      { key: 'skemaPertanggungjawaban', title: 'SKEMA PERTANGGUNGJAWABAN', items: ['Laporan bulanan kepada Kepala Bidang'] },
      { key: 'konsekuensi', title: 'KONSEKUENSI', items: ['Teguran lisan bila terlambat'] },
    ]);
  });

  it('signs at the office on the approval date, with names and spaced NIPs', () => {
    expect(doc.signatures).toEqual({
      placeDate: 'Badan Kepegawaian Daerah, 15 Januari 2026',
      employee: { role: 'Pegawai yang Dinilai', name: 'Yohana Rambu', nip: 'NIP 19850714 201012 2 002' },
      appraiser: { role: 'Pejabat Penilai Kinerja', name: 'Umbu Lapu, S.H., M.Si.', nip: 'NIP 19791225 200501 1 003' },
    });
  });

  it('signs at the given place, on today when not approved yet', () => {
    const draft = buildSkpDocument({ ...skp, status: 'draft', approvedAt: null }, options('id', { place: 'Waingapu' }));
    expect(draft.signatures.placeDate).toBe('Waingapu, 2 Maret 2026');
  });

  it('prints dashes for a missing appraiser, and no NIP line', () => {
    const alone = buildSkpDocument({ ...skp, snapshot: { ...skp.snapshot, appraiser: null } }, options());
    expect(alone.identity.rows.map((r) => r.appraiser)).toEqual(['-', '-', '-', '-', '-']);
    expect(alone.signatures.appraiser).toEqual({ role: 'Pejabat Penilai Kinerja', name: '', nip: '' });
  });
});

describe('buildSkpDocument (JPT form)', () => {
  const jpt: Skp = {
    ...skp,
    form: 'jpt',
    pendekatan: 'kualitatif',
    rhk: [
      {
        ...rhk('j1', 'utama', 'Meningkatnya kualitas layanan kepegawaian', { parent: { kind: 'iku', ikuId: 'iku-1' }, perspektif: 'Penerima Layanan' }),
        indicators: [iki('j1-1', null, 'Indeks kepuasan layanan', 85.5, 'Nilai'), iki('j1-2', null, 'Persentase layanan tepat waktu', 95, '%')],
      },
    ],
  };
  const doc = buildSkpDocument(jpt, options());

  it('has the JPT columns: RHK, IKI, Target, Perspektif (no aspek, no leader RHK)', () => {
    expect(doc.subtitles).toEqual(['PENDEKATAN HASIL KERJA KUALITATIF', 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI']);
    expect(doc.hasilKerja.columns).toEqual([
      { key: 'no', header: 'NO' },
      { key: 'rhk', header: 'RENCANA HASIL KERJA' },
      { key: 'iki', header: 'INDIKATOR KINERJA INDIVIDU' },
      { key: 'target', header: 'TARGET' },
      { key: 'perspektif', header: 'PERSPEKTIF' },
    ]);
    const first = doc.hasilKerja.sections[0]?.rhk[0];
    expect(first?.perspektif).toBe('Penerima Layanan');
    expect(first?.indicators).toEqual([
      { aspek: '', text: 'Indeks kepuasan layanan', target: '85,5 Nilai' },
      { aspek: '', text: 'Persentase layanan tepat waktu', target: '95 %' },
    ]);
    expect(doc.hasilKerja.sections[1]?.rhk).toEqual([]);
  });
});

describe('buildSkpDocument (English)', () => {
  const doc = buildSkpDocument(skp, options('en'));

  it('has every header, the period, numbers and dates in English; the data as written', () => {
    expect(doc.language).toBe('en');
    expect(doc.title).toBe('EMPLOYEE PERFORMANCE PLAN (SKP)');
    expect(doc.period).toEqual({ label: 'ASSESSMENT PERIOD', text: 'January 1 to December 31, 2026' });
    expect(doc.identity.rows[1]).toEqual({ field: 'nip', no: 2, label: 'NIP', employee: '19850714 201012 2 002', appraiser: '19791225 200501 1 003' });
    expect(doc.hasilKerja.sections.map((s) => s.title)).toEqual(['A. Main', 'B. Additional']);
    expect(doc.hasilKerja.sections[0]?.rhk[1]?.indicators[0]).toEqual({ aspek: 'Quantity', text: 'Jumlah data', target: '1,250 Orang' });
    expect(doc.perilaku.rows[0]?.name).toBe('Service oriented');
    expect(doc.perilaku.rows[0]?.guidelines).toEqual(berakhlak[0]?.guidelines.en);
    expect(doc.lampiran.sections.map((s) => s.title)).toEqual(['RESOURCE SUPPORT', 'ACCOUNTABILITY SCHEME', 'CONSEQUENCES']);
    expect(doc.signatures.placeDate).toBe('Badan Kepegawaian Daerah, January 15, 2026');
    expect(doc.signatures.employee.role).toBe('Employee Assessed');
  });
});

describe('formatting helpers', () => {
  it('writes both years when the period crosses a year', () => {
    expect(formatPeriod('2025-07-01', '2026-06-30', 'id', translate('id'))).toBe('1 Juli 2025 s.d. 30 Juni 2026');
  });

  it('reads a date-only ISO as that calendar day in any time zone', () => {
    expect(formatPeriod('2026-01-01', '2026-03-31', 'id', translate('id'))).toBe('1 Januari s.d. 31 Maret 2026');
  });

  it('formats targets for the language, a dash while a draft has none', () => {
    expect(formatTarget({ target: 1250000, unit: 'Rupiah' }, 'id')).toBe('1.250.000 Rupiah');
    expect(formatTarget({ target: 0.5, unit: '' }, 'en')).toBe('0.5');
    expect(formatTarget({ target: null, unit: 'Dokumen' }, 'id')).toBe('-');
  });

  it('suggests a safe PDF file name', () => {
    expect(skpDocumentFileName(skp)).toBe('SKP 2026 - Yohana Rambu.pdf');
    const odd = { ...skp, version: 2, snapshot: { ...skp.snapshot, employee: { ...skp.snapshot.employee, name: 'A/B: "C" S.Kom.' } } };
    expect(skpDocumentFileName(odd)).toBe('SKP 2026 v2 - A B C S.Kom.pdf');
  });
});

describe('the skpDocument namespace', () => {
  it.each(['id', 'en'] as const)('has every key the document uses in %s', (language) => {
    const missing = skpDocumentKeys.filter((key) => !i18n.exists(key, { lng: language, ns: 'skpDocument' }));
    expect(missing).toEqual([]);
  });
});
