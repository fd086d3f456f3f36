import { describe, expect, it } from 'vitest';
import { golonganOf, nationalPeriodName, nationalRecordRows, type NationalRecordInput } from './nationalRecord';

const person = (nip: string, name: string, pangkat = 'Penata (III/c)') => ({ employeeId: nip, name, nip, pangkat, jabatan: 'Analis', unit: 'Seksi Perencanaan' });
const skp = (nip: string, name: string, extra: Partial<NationalRecordInput['skp']> = {}): NationalRecordInput['skp'] => ({
  year: 2026,
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  snapshot: { at: '2026-01-02', employee: person(nip, name), appraiser: person('197501012000031001', 'Maria Goreti, S.KM.', 'Pembina (IV/a)') },
  ...extra,
});

describe('the national performance record', () => {
  it('names periods as the national record does', () => {
    expect(['2026-Y', '2026-Q1', '2026-Q4', '2026-S2', '2026-M07'].map(nationalPeriodName)).toEqual(['TAHUNAN', 'TRIWULAN I', 'TRIWULAN IV', 'SEMESTER II', 'JULI']);
    expect(golonganOf('Penata Muda (III/a)')).toBe('III/a');
    expect(golonganOf('IX')).toBe('IX');
  });

  it('has one row per final evaluation, official terms in capitals, NIP as text, the months the SKP covers', () => {
    const rows = nationalRecordRows([
      { skp: skp('199001012015011002', 'Budi'), evaluation: { periodKey: '2026-Q2', hasil: 'sesuai', perilaku: 'di-bawah', predikat: 'kurang', status: 'final' } },
      // A mutasi: this SKP ends in May, so its Q2 covers April and May only.
      { skp: skp('198502022010012001', '=HYPERLINK("x")', { periodEnd: '2026-05-31' }), evaluation: { periodKey: '2026-Q2', hasil: 'di-atas', perilaku: 'di-atas', predikat: 'sangat-baik', status: 'final' } },
      // A draft and someone not rated yet are not records.
      { skp: skp('197001012000011001', 'Draf'), evaluation: { periodKey: '2026-Q2', hasil: 'sesuai', perilaku: 'sesuai', predikat: 'baik', status: 'draft' } },
      { skp: skp('197001012000011002', 'Belum'), evaluation: null },
      // The head of office: appraised outside the office, so no appraiser is guessed.
      { skp: { ...skp('196801011990031001', 'Kepala'), snapshot: { at: '2026-01-02', employee: person('196801011990031001', 'Kepala'), appraiser: null } }, evaluation: { periodKey: '2026-Y', hasil: 'sesuai', perilaku: 'sesuai', predikat: 'baik', status: 'final' } },
    ]);
    expect(rows).toEqual([
      {
        tahun: 2026, periode: 'TAHUNAN', bulan_awal: 1, bulan_akhir: 12, nip: '196801011990031001', nama: 'Kepala',
        rating_hasil_kerja: 'SESUAI EKSPEKTASI', rating_perilaku_kerja: 'SESUAI EKSPEKTASI', kuadran_kinerja: 'BAIK',
        penilai_nip: '', penilai_nama: '', penilai_golongan: '', penilai_jabatan: '', penilai_unor: '', penilai_status: '', status: 'FINAL',
      },
      {
        tahun: 2026, periode: 'TRIWULAN II', bulan_awal: 4, bulan_akhir: 5, nip: '198502022010012001', nama: '=HYPERLINK("x")',
        rating_hasil_kerja: 'DI ATAS EKSPEKTASI', rating_perilaku_kerja: 'DI ATAS EKSPEKTASI', kuadran_kinerja: 'SANGAT BAIK',
        penilai_nip: '197501012000031001', penilai_nama: 'Maria Goreti, S.KM.', penilai_golongan: 'IV/a', penilai_jabatan: 'Analis', penilai_unor: 'Seksi Perencanaan', penilai_status: 'ASN', status: 'FINAL',
      },
      {
        tahun: 2026, periode: 'TRIWULAN II', bulan_awal: 4, bulan_akhir: 6, nip: '199001012015011002', nama: 'Budi',
        rating_hasil_kerja: 'SESUAI EKSPEKTASI', rating_perilaku_kerja: 'DI BAWAH EKSPEKTASI', kuadran_kinerja: 'KURANG/MISCONDUCT',
        penilai_nip: '197501012000031001', penilai_nama: 'Maria Goreti, S.KM.', penilai_golongan: 'IV/a', penilai_jabatan: 'Analis', penilai_unor: 'Seksi Perencanaan', penilai_status: 'ASN', status: 'FINAL',
      },
    ]);
  });
});
