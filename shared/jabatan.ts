/**
 * Jenis jabatan ASN (UU 20/2023; PermenPANRB 6/2022 for who may appraise): JPT, jabatan
 * administrasi (administrator, pengawas, pelaksana) and jabatan fungsional in two
 * categories, each with its own jenjang. Labels live in resources/locales/<lang>/people.json.
 */
export const jenisJabatanList = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'pelaksana',
  'fungsional',
] as const;
export type JenisJabatan = (typeof jenisJabatanList)[number];

export const kategoriFungsionalList = ['keahlian', 'keterampilan'] as const;
export type KategoriFungsional = (typeof kategoriFungsionalList)[number];

/** Jenjang per kategori, lowest first. */
export const jenjangByKategori = {
  keahlian: ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama'],
  keterampilan: ['pemula', 'terampil', 'mahir', 'penyelia'],
} as const satisfies Record<KategoriFungsional, readonly string[]>;
export type JenjangFungsional = (typeof jenjangByKategori)[KategoriFungsional][number];
export const jenjangList = [...jenjangByKategori.keahlian, ...jenjangByKategori.keterampilan] as JenjangFungsional[];

/** JPT is the top of the office's cascade; its holder's result is the organisation's. */
export const isJpt = (jenis: JenisJabatan): boolean => jenis.startsWith('jpt_');

/**
 * The Pejabat Penilai is at least a pejabat pengawas; someone in a lower jabatan
 * (pelaksana, fungsional) may appraise only with a written delegation.
 */
export const mayAppraiseWithoutDelegation = (jenis: JenisJabatan): boolean =>
  isJpt(jenis) || jenis === 'administrator' || jenis === 'pengawas';

export function kategoriOf(jenjang: JenjangFungsional): KategoriFungsional {
  return (jenjangByKategori.keahlian as readonly string[]).includes(jenjang) ? 'keahlian' : 'keterampilan';
}
