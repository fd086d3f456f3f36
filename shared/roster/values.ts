import type { AsnType } from '../account';
import { jenisJabatanList, type JenisJabatan } from '../jabatan';
import type { Language } from '../languages';
import type { EmployeeStatus, UnitKind } from '../people';
import { normaliseKey } from './columns';

/**
 * The coded values of a roster (jenis ASN, status, jenis jabatan) as the export writes them in
 * each language, and the many ways HR files spell them. The import accepts every label of
 * both languages, so an exported file reads back the same whatever language it was made in.
 */

type Labels<T extends string> = Record<T, Record<Language, string>>;

export const asnTypeLabels: Labels<AsnType> = { pns: { id: 'PNS', en: 'PNS' }, pppk: { id: 'PPPK', en: 'PPPK' } };

export const statusLabels: Labels<EmployeeStatus> = {
  active: { id: 'Aktif', en: 'Active' },
  moved: { id: 'Pindah', en: 'Moved' },
  retired: { id: 'Pensiun', en: 'Retired' },
};

export const jenisJabatanLabels: Labels<JenisJabatan> = {
  jpt_utama: { id: 'JPT Utama', en: 'Senior executive (JPT Utama)' },
  jpt_madya: { id: 'JPT Madya', en: 'Senior executive (JPT Madya)' },
  jpt_pratama: { id: 'JPT Pratama', en: 'Senior executive (JPT Pratama)' },
  administrator: { id: 'Administrator', en: 'Administrator' },
  pengawas: { id: 'Pengawas', en: 'Supervisor' },
  pelaksana: { id: 'Pelaksana', en: 'Staff' },
  fungsional: { id: 'Fungsional', en: 'Functional' },
};

/** Unit kinds as the office's documents name them (Indonesian terms of art, quoted as they are in both languages). */
export const unitKindLabels: Record<UnitKind, string> = { opd: 'OPD', bidang: 'Bidang/Bagian', seksi: 'Seksi/Subbagian' };

function vocabulary<T extends string>(labels: Labels<T>, extra: Record<string, T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [code, byLanguage] of Object.entries(labels) as [T, Record<Language, string>][]) {
    map.set(normaliseKey(code), code);
    for (const label of Object.values(byLanguage)) map.set(normaliseKey(label), code);
  }
  for (const [text, code] of Object.entries(extra)) map.set(normaliseKey(text), code);
  return map;
}

const asnTypeWords = vocabulary(asnTypeLabels, {
  CPNS: 'pns',
  'Pegawai Negeri Sipil': 'pns',
  'Calon Pegawai Negeri Sipil': 'pns',
  'Calon PNS': 'pns',
  'Civil servant': 'pns',
  P3K: 'pppk',
  'PPPK Penuh Waktu': 'pppk',
  'PPPK Paruh Waktu': 'pppk',
  'Pegawai Pemerintah dengan Perjanjian Kerja': 'pppk',
  'Government employee with a work agreement': 'pppk',
  'Contract civil servant': 'pppk',
});

const statusWords = vocabulary(statusLabels, {
  'Aktif Bekerja': 'active',
  Mutasi: 'moved',
  'Pindah Tugas': 'moved',
  'Mutasi Keluar': 'moved',
  'Pindah Keluar': 'moved',
  Transferred: 'moved',
  'Moved out': 'moved',
  'Purna Tugas': 'retired',
  'Purnabakti': 'retired',
});

const jenisJabatanWords = vocabulary(jenisJabatanLabels, {
  'Jabatan Pimpinan Tinggi Utama': 'jpt_utama',
  'Jabatan Pimpinan Tinggi Madya': 'jpt_madya',
  'Jabatan Pimpinan Tinggi Pratama': 'jpt_pratama',
  'Jabatan Administrator': 'administrator',
  'Jabatan Pengawas': 'pengawas',
  Supervisor: 'pengawas',
  'Jabatan Pelaksana': 'pelaksana',
  Staf: 'pelaksana',
  JFU: 'pelaksana',
  'Fungsional Umum': 'pelaksana',
  'Jabatan Fungsional': 'fungsional',
  'Jabatan Fungsional Tertentu': 'fungsional',
  'Fungsional Tertentu': 'fungsional',
  'Fungsional Keahlian': 'fungsional',
  'Fungsional Keterampilan': 'fungsional',
  JF: 'fungsional',
  JFT: 'fungsional',
  Functional: 'fungsional',
});

const lookup = <T>(words: ReadonlyMap<string, T>, text: string): T | null => (text.length > 120 ? null : (words.get(normaliseKey(text)) ?? null));

export const parseAsnType = (text: string): AsnType | null => lookup(asnTypeWords, text);
export const parseStatus = (text: string): EmployeeStatus | null => lookup(statusWords, text);
export const parseJenisJabatan = (text: string): JenisJabatan | null => lookup(jenisJabatanWords, text);

/** What a message lists as accepted: the words of both languages, since a file's language is not known. */
export const acceptedAsnTypes = 'PNS, CPNS, PPPK, P3K';
export const acceptedStatuses = 'Aktif / Active, Pindah / Mutasi / Moved, Pensiun / Retired';
export const acceptedJenisJabatan = jenisJabatanList.map((j) => jenisJabatanLabels[j].id).join(', ');

/** Laporan SKP `is_plt_plh`: 0 is a definitive post, anything else (1, "Plt", "Plh", TRUE) acting. */
export function isActingPost(text: string): boolean {
  const key = normaliseKey(text);
  return key !== '' && key !== '0' && key !== 'false' && key !== 'tidak' && key !== 'no' && key !== 'definitif';
}
