/**
 * The evaluation's fixed vocabularies and the predikat matrix (PermenPANRB 6/2022, Lampiran:
 * evaluasi kinerja pegawai; domain.md §5). Data, not code: a rule change is a change here.
 * Labels are data too, `id` the official term (printed exactly on documents), `en` ours.
 */

export interface Label {
  id: string;
  en: string;
}

/** The appraiser's rating of hasil kerja (results) and of perilaku kerja (behaviour), worst first. */
export const ratings = ['di-bawah', 'sesuai', 'di-atas'] as const;
export type Rating = (typeof ratings)[number];

export const ratingLabels: Readonly<Record<Rating, Label>> = {
  'di-bawah': { id: 'Di Bawah Ekspektasi', en: 'Below expectations' },
  sesuai: { id: 'Sesuai Ekspektasi', en: 'Meets expectations' },
  'di-atas': { id: 'Di Atas Ekspektasi', en: 'Above expectations' },
};

/** Predikat kinerja pegawai in the regulation's order, best first. */
export const predikatList = ['sangat-baik', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;
export type Predikat = (typeof predikatList)[number];

/** 1 is the best (Sangat Baik), 5 the worst (Sangat Kurang): the position in predikatList. */
export const predikatRank: Readonly<Record<Predikat, number>> = Object.fromEntries(predikatList.map((p, i) => [p, i + 1])) as Record<Predikat, number>;

export const predikatLabels: Readonly<Record<Predikat, Label>> = {
  'sangat-baik': { id: 'Sangat Baik', en: 'Excellent' },
  baik: { id: 'Baik', en: 'Good' },
  'butuh-perbaikan': { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  // The regulation names this quadrant both ways: good results, behaviour below expectations.
  kurang: { id: 'Kurang/Misconduct', en: 'Poor (misconduct)' },
  'sangat-kurang': { id: 'Sangat Kurang', en: 'Very poor' },
};

/** The same predikat in angka-kredit tables (PermenPANRB 1/2023), where Butuh Perbaikan is "Cukup". */
export const angkaKreditPredikatNames: Readonly<Record<Predikat, string>> = {
  'sangat-baik': 'Sangat Baik',
  baik: 'Baik',
  'butuh-perbaikan': 'Cukup',
  kurang: 'Kurang',
  'sangat-kurang': 'Sangat Kurang',
};

/**
 * Kuadran kinerja pegawai, PermenPANRB 6/2022 (Lampiran): rows rating hasil kerja, columns
 * rating perilaku kerja. Behaviour below expectations caps good results at Kurang/Misconduct;
 * results below expectations cap good behaviour at Butuh Perbaikan.
 */
export const predikatMatrix: Readonly<Record<Rating, Readonly<Record<Rating, Predikat>>>> = {
  'di-atas': { 'di-bawah': 'kurang', sesuai: 'baik', 'di-atas': 'sangat-baik' },
  sesuai: { 'di-bawah': 'kurang', sesuai: 'baik', 'di-atas': 'baik' },
  'di-bawah': { 'di-bawah': 'sangat-kurang', sesuai: 'butuh-perbaikan', 'di-atas': 'butuh-perbaikan' },
};

/** The predikat follows from the two ratings; it is never typed by hand. */
export function predikatOf(hasil: Rating, perilaku: Rating): Predikat {
  return predikatMatrix[hasil][perilaku];
}

/**
 * Predikat kinerja organisasi, best first, set for a unit by the head one level up (per period
 * and per year). It fixes the unit's allowed distribution (distribution.ts).
 */
export const orgPredikatList = ['istimewa', 'baik', 'butuh-perbaikan', 'kurang', 'sangat-kurang'] as const;
export type OrgPredikat = (typeof orgPredikatList)[number];

export const orgPredikatLabels: Readonly<Record<OrgPredikat, Label>> = {
  istimewa: { id: 'Istimewa', en: 'Outstanding' },
  baik: { id: 'Baik', en: 'Good' },
  'butuh-perbaikan': { id: 'Butuh Perbaikan', en: 'Needs improvement' },
  kurang: { id: 'Kurang', en: 'Poor' },
  'sangat-kurang': { id: 'Sangat Kurang', en: 'Very poor' },
};

/**
 * The head of a unit (pimpinan unit kerja) is not rated on results by hand in the annual
 * evaluation: their rating hasil kerja is their organisation's result for the year
 * (PermenPANRB 6/2022, Lampiran: evaluasi kinerja pimpinan unit kerja).
 */
export const headHasilFromOrg: Readonly<Record<OrgPredikat, Rating>> = {
  istimewa: 'di-atas',
  baik: 'sesuai',
  'butuh-perbaikan': 'di-bawah',
  kurang: 'di-bawah',
  'sangat-kurang': 'di-bawah',
};
