import type { AsnType } from './account';

/**
 * Golongan/ruang of PNS with their pangkat (PP 99/2000 as amended), and the golongan of PPPK
 * (Perpres 98/2020), which have no pangkat names. Stored as the code ("III/a", "IX").
 */
export const golonganPns = [
  { code: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { code: 'I/c', pangkat: 'Juru' },
  { code: 'I/d', pangkat: 'Juru Tingkat I' },
  { code: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', pangkat: 'Pengatur' },
  { code: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { code: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { code: 'III/c', pangkat: 'Penata' },
  { code: 'III/d', pangkat: 'Penata Tingkat I' },
  { code: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

export const golonganPppk = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

export function golonganCodes(asnType: AsnType): readonly string[] {
  return asnType === 'pns' ? golonganPns.map((g) => g.code) : golonganPppk;
}

/** "Penata Muda, III/a" as printed on documents; a PPPK golongan prints alone. */
export function pangkatGolongan(code: string): string {
  const pns = golonganPns.find((g) => g.code === code);
  return pns ? `${pns.pangkat}, ${pns.code}` : code;
}
