import { describe, expect, it } from 'vitest';
import { inferPositionKind, inferUnitKind, positionKindFor } from './positionKind';
import { parseAsnType, parseJenisJabatan, parseStatus } from './values';

describe('inferPositionKind', () => {
  it.each([
    ['Kepala Dinas Pendidikan', 'jpt_pratama'],
    ['Kepala Badan Kepegawaian dan Pengembangan SDM', 'jpt_pratama'],
    ['Sekretaris Daerah', 'jpt_pratama'],
    ['Plt. Kepala Dinas Kesehatan', 'jpt_pratama'],
    ['Inspektur', 'jpt_pratama'],
    ['Sekretaris Dinas Pendidikan', 'administrator'],
    ['Sekretaris', 'administrator'],
    ['Kepala Bidang Mutasi', 'administrator'],
    ['Kepala Bagian Umum', 'administrator'],
    ['Inspektur Pembantu Wilayah I', 'administrator'],
    ['Kepala Seksi Kurikulum', 'pengawas'],
    ['Kepala Subbagian Keuangan', 'pengawas'],
    ['Kepala Sub Bagian Umum', 'pengawas'],
    ['Kasubag Program', 'pengawas'],
    ['Kasi Pelayanan', 'pengawas'],
    ['Pengadministrasi Umum', 'pelaksana'],
    ['Pengelola Keuangan', 'pelaksana'],
  ])('%j → %s', (name, jenisJabatan) => {
    expect(inferPositionKind(name)).toEqual({ jenisJabatan, kategori: null, jenjang: null });
  });

  it.each([
    ['Analis Kepegawaian Ahli Pertama', 'keahlian', 'ahli_pertama'],
    ['Perencana Ahli Muda', 'keahlian', 'ahli_muda'],
    ['Auditor Ahli Madya', 'keahlian', 'ahli_madya'],
    ['Widyaiswara Ahli Utama', 'keahlian', 'ahli_utama'],
    ['Arsiparis Terampil', 'keterampilan', 'terampil'],
    ['Pranata Komputer Mahir', 'keterampilan', 'mahir'],
    ['Perawat Penyelia', 'keterampilan', 'penyelia'],
    ['Pengelola Pengadaan Barang/Jasa Pemula', 'keterampilan', 'pemula'],
  ])('%j → fungsional %s %s', (name, kategori, jenjang) => {
    expect(inferPositionKind(name)).toEqual({ jenisJabatan: 'fungsional', kategori, jenjang });
  });

  it('takes the jenis the file gives, still reading a fungsional jenjang from the name', () => {
    expect(positionKindFor('pengawas', 'Koordinator Ahli Muda')).toEqual({ jenisJabatan: 'pengawas', kategori: null, jenjang: null });
    expect(positionKindFor('fungsional', 'Guru Ahli Pertama')).toEqual({ jenisJabatan: 'fungsional', kategori: 'keahlian', jenjang: 'ahli_pertama' });
    expect(positionKindFor('fungsional', 'Guru')).toEqual({ jenisJabatan: 'fungsional', kategori: null, jenjang: null });
  });
});

describe('inferUnitKind', () => {
  it.each([
    ['Seksi Kurikulum', 'seksi'],
    ['Subbagian Umum', 'seksi'],
    ['Sub Bagian Keuangan', 'seksi'],
    ['Subbidang Mutasi', 'seksi'],
    ['Bidang Mutasi', 'bidang'],
    ['Sekretariat', 'bidang'],
    ['UPTD Puskesmas', 'bidang'],
  ])('%j → %s', (name, kind) => {
    expect(inferUnitKind(name)).toBe(kind);
  });
});

describe('coded values', () => {
  it('reads jenis ASN in both languages and their common spellings', () => {
    expect(['PNS', 'pns', 'CPNS', 'Pegawai Negeri Sipil', 'Civil servant'].map(parseAsnType)).toEqual(['pns', 'pns', 'pns', 'pns', 'pns']);
    expect(['PPPK', 'P3K', 'p3k', 'PPPK Paruh Waktu'].map(parseAsnType)).toEqual(['pppk', 'pppk', 'pppk', 'pppk']);
    expect(parseAsnType('Honorer')).toBeNull();
  });

  it('reads status in both languages', () => {
    expect(['Aktif', 'active', 'AKTIF'].map(parseStatus)).toEqual(['active', 'active', 'active']);
    expect(['Pindah', 'Mutasi', 'moved'].map(parseStatus)).toEqual(['moved', 'moved', 'moved']);
    expect(['Pensiun', 'retired', 'Purna Tugas'].map(parseStatus)).toEqual(['retired', 'retired', 'retired']);
    expect(parseStatus('Cuti')).toBeNull();
  });

  it('reads jenis jabatan as labels, codes and the national wording', () => {
    expect(parseJenisJabatan('JPT Pratama')).toBe('jpt_pratama');
    expect(parseJenisJabatan('jpt_pratama')).toBe('jpt_pratama');
    expect(parseJenisJabatan('JABATAN PIMPINAN TINGGI PRATAMA')).toBe('jpt_pratama');
    expect(parseJenisJabatan('Supervisor')).toBe('pengawas');
    expect(parseJenisJabatan('Staff')).toBe('pelaksana');
    expect(parseJenisJabatan('JFT')).toBe('fungsional');
    expect(parseJenisJabatan('Functional')).toBe('fungsional');
    expect(parseJenisJabatan('Struktural')).toBeNull();
  });
});
