import type { JenisJabatan, JenjangFungsional, KategoriFungsional } from '../jabatan';
import { kategoriOf } from '../jabatan';
import type { UnitKind } from '../people';
import { normaliseKey } from './columns';

/**
 * What a position or unit is, told from its name when a roster names one the office does not
 * have yet. These are guesses from the usual naming of a kabupaten's OPD (domain.md §2): the
 * importer notes each one so HR sees it in the preview and can correct it afterwards.
 */

export interface PositionKind {
  jenisJabatan: JenisJabatan;
  kategori: KategoriFungsional | null;
  jenjang: JenjangFungsional | null;
}

const JENJANG: [RegExp, JenjangFungsional][] = [
  [/\bahli pertama\b/, 'ahli_pertama'],
  [/\bahli muda\b/, 'ahli_muda'],
  [/\bahli madya\b/, 'ahli_madya'],
  [/\bahli utama\b/, 'ahli_utama'],
  [/\bpemula\b/, 'pemula'],
  [/\bterampil\b/, 'terampil'],
  [/\bmahir\b/, 'mahir'],
  [/\bpenyelia\b/, 'penyelia'],
];

/** "Analis Kepegawaian Ahli Muda" → ahli_muda; null when the name carries no jenjang. */
export function jenjangFromName(name: string): JenjangFungsional | null {
  const key = normaliseKey(name);
  return JENJANG.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** Order matters: the first pattern that matches the start of the name decides. */
const BY_NAME: [RegExp, JenisJabatan][] = [
  [/^inspektur pembantu\b/, 'administrator'],
  [/^(sekretaris kelurahan|sekretaris lurah)\b/, 'pengawas'],
  [/^(kepala dinas|kepala badan|sekretaris daerah|sekda|sekretaris dprd|staf ahli|asisten)\b/, 'jpt_pratama'],
  [/^inspektur( daerah| kabupaten| kota| provinsi)?$/, 'jpt_pratama'],
  [/^(sekretaris|sekdis|sekban|kepala bidang|kabid|kepala bagian|kabag|camat|irban)\b/, 'administrator'],
  [/^(kepala (seksi|sub ?bagian|sub ?bidang|sub ?seksi|uptd?)|kasi|kasie|kasubag|kasubbag|kasubid|kasubbid|lurah)\b/, 'pengawas'],
];

/**
 * "Kepala Dinas …", "Kepala Badan …", "Sekretaris Daerah" → JPT Pratama; "Sekretaris (Dinas)",
 * "Kepala Bidang", "Kepala Bagian" → administrator; "Kepala Seksi", "Kepala Subbagian",
 * "Kasubag", "Kasi" → pengawas; a name with a jenjang ("… Ahli Muda", "… Terampil") →
 * fungsional of that kategori; anything else → pelaksana. A leading "Plt."/"Plh." is ignored.
 */
export function inferPositionKind(name: string): PositionKind {
  const jenjang = jenjangFromName(name);
  if (jenjang) return { jenisJabatan: 'fungsional', kategori: kategoriOf(jenjang), jenjang };
  const key = normaliseKey(name).replace(/^(plt|plh)\s+/, '');
  const jenisJabatan = BY_NAME.find(([pattern]) => pattern.test(key))?.[1] ?? 'pelaksana';
  return { jenisJabatan, kategori: null, jenjang: null };
}

/** A jenis jabatan given by the file; for fungsional the kategori and jenjang still come from the name. */
export function positionKindFor(jenisJabatan: JenisJabatan, name: string): PositionKind {
  if (jenisJabatan !== 'fungsional') return { jenisJabatan, kategori: null, jenjang: null };
  const jenjang = jenjangFromName(name);
  return { jenisJabatan, kategori: jenjang ? kategoriOf(jenjang) : null, jenjang };
}

/** Seksi, Subbagian, Sub Bagian, Subbidang, Sub Bidang (and Subbag, Kasubag-style short forms) → seksi; else bidang. */
export function inferUnitKind(name: string): UnitKind {
  return /^(seksi|sub ?bagian|sub ?bag|sub ?bidang|sub ?bid)\b/.test(normaliseKey(name)) ? 'seksi' : 'bidang';
}
