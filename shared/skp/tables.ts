/**
 * The SKP's fixed vocabularies (PermenPANRB 6/2022, Lampiran: form SKP JA/JF and JPT).
 * Data, not code: a rule change is a change here. Labels live in the `skp` namespace
 * (resources/locales/<lang>/skp.json) under the same keys.
 */

/** Aspek of an indikator kinerja individu; biaya is optional (form JA/JF). */
export const aspekList = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type Aspek = (typeof aspekList)[number];
/** The aspek a new RHK gets an IKI row for. */
export const defaultAspek: readonly Aspek[] = ['kuantitas', 'kualitas', 'waktu'];

/** RHK utama (from the leader's cascade) and tambahan (extra assignments). */
export const rhkKinds = ['utama', 'tambahan'] as const;
export type RhkKind = (typeof rhkKinds)[number];

/** Pendekatan pengukuran: kuantitatif (numeric targets) or kualitatif. */
export const pendekatanList = ['kuantitatif', 'kualitatif'] as const;
export type Pendekatan = (typeof pendekatanList)[number];

/** Whether a higher realisation is better (most) or a lower one (e.g. days to serve a request). */
export const polarities = ['higher', 'lower'] as const;
export type Polarity = (typeof polarities)[number];

/** Which form the regulation prescribes: JPT (with perspektif) or JA/JF (with aspek and cascade). */
export const skpForms = ['ja_jf', 'jpt'] as const;
export type SkpForm = (typeof skpForms)[number];

/**
 * Draft → Diajukan → Disetujui, or Ditolak (returned with a note) → edited back to Draft;
 * Ditutup when a mutasi replaced the SKP with a new version (it stays readable).
 */
export const skpStatuses = ['draft', 'submitted', 'approved', 'returned', 'closed'] as const;
export type SkpStatus = (typeof skpStatuses)[number];

/**
 * Perspektif of the JPT form (balanced-scorecard style). The regulation gives examples, not a
 * closed list: offices may change it in settings; these are the defaults.
 */
export const defaultPerspektif = ['Penerima Layanan', 'Proses Bisnis', 'Penguatan Internal', 'Anggaran'] as const;

/** Lampiran SKP: three free-text lists. */
export const lampiranSections = ['dukunganSumberDaya', 'skemaPertanggungjawaban', 'konsekuensi'] as const;
export type LampiranSection = (typeof lampiranSections)[number];

/** Units of measure offered for targets; any other text is allowed too. */
export const commonTargetUnits = ['Dokumen', 'Laporan', 'Kegiatan', 'Orang', '%', 'Bulan', 'Hari', 'Nilai', 'Rupiah'] as const;
