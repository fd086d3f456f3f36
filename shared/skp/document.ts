import { intlLocale, type Language } from '../languages';
import { EMPTY_CELL, formatDateRange, formatDocumentDate, identityRows, orDash, signatory, type IdentityRow, type Signatory } from '../documents/parts';
import { berakhlak } from './berakhlak';
import { lampiranSections, rhkKinds, type Aspek, type LampiranSection, type RhkKind, type SkpForm } from './tables';
import type { Iki, Rhk, Skp } from './types';

/**
 * The Dokumen SKP (PermenPANRB 6/2022, Lampiran: form SKP JA/JF and JPT) as plain content:
 * every text already in the document's language, numbers and dates already formatted. The
 * screen, the printout and the PDF all render this one model; nothing here knows HTML.
 *
 * The headers come from the `skpDocument` namespace (resources/locales/<lang>/skpDocument.json)
 * through a translate function fixed to the document's language, which the caller passes in:
 * shared/ does not load i18next. The BerAKHLAK guidelines are the official wording of
 * shared/skp/berakhlak.ts, never a translation file.
 */

/** Every key of the `skpDocument` namespace the document uses; the renderer's typed `t` checks them. */
export const skpDocumentKeys = [
  'title',
  'pendekatan.kuantitatif',
  'pendekatan.kualitatif',
  'form.ja_jf',
  'form.jpt',
  'period.label',
  'period.range',
  'identity.no',
  'identity.employee',
  'identity.appraiser',
  'identity.name',
  'identity.nip',
  'identity.pangkat',
  'identity.jabatan',
  'identity.unit',
  'hasilKerja.heading',
  'hasilKerja.utama',
  'hasilKerja.tambahan',
  'hasilKerja.assignment',
  'hasilKerja.columns.no',
  'hasilKerja.columns.leaderRhk',
  'hasilKerja.columns.rhk',
  'hasilKerja.columns.aspek',
  'hasilKerja.columns.iki',
  'hasilKerja.columns.target',
  'hasilKerja.columns.perspektif',
  'aspek.kuantitas',
  'aspek.kualitas',
  'aspek.waktu',
  'aspek.biaya',
  'perilaku.heading',
  'perilaku.columns.no',
  'perilaku.columns.perilaku',
  'perilaku.columns.ekspektasi',
  'lampiran.title',
  'lampiran.dukunganSumberDaya',
  'lampiran.skemaPertanggungjawaban',
  'lampiran.konsekuensi',
  'signatures.placeDate',
  'signatures.employee',
  'signatures.appraiser',
  'signatures.nip',
] as const;
export type SkpDocumentKey = (typeof skpDocumentKeys)[number];

/** `i18next.getFixedT(language, 'skpDocument')`, or any function with the same answers. */
export type SkpDocumentTranslate = (key: SkpDocumentKey, params?: Record<string, string | number>) => string;

export { EMPTY_CELL, formatDocumentDate, type IdentityRow, type Signatory };

export interface SkpDocumentOptions {
  language: Language;
  t: SkpDocumentTranslate;
  office: { instansi: string; name: string };
  /**
   * The text of the leader's RHK this RHK intervenes ("RHK atasan yang diintervensi"); the
   * leader's SKP is another record, so the caller looks it up. Empty when there is none.
   */
  leaderRhkText: (rhk: Rhk) => string;
  /** Where it is signed; the office's name when not given. */
  place?: string;
  /** ISO date the signature block shows when the SKP is not approved yet (normally today). */
  today: string;
}

export interface DocumentIndicator {
  /** JA/JF form only (empty on the JPT form). */
  aspek: string;
  text: string;
  /** "12 Dokumen", numbers formatted for the document's language. */
  target: string;
}

export interface DocumentRhk {
  /** 1, 2, … within its section. */
  no: number;
  /** JA/JF form: the leader's RHK, the written assignment, or "-". */
  leaderRhk: string;
  text: string;
  /** JPT form: the perspektif, or "-". */
  perspektif: string;
  /** At least one (a blank row when the RHK has no IKI yet): the RHK cell spans them. */
  indicators: DocumentIndicator[];
}

export interface HasilKerjaSection {
  kind: RhkKind;
  /** "A. Utama", "B. Tambahan". */
  title: string;
  rhk: DocumentRhk[];
}

export type HasilKerjaColumn = 'no' | 'leaderRhk' | 'rhk' | 'aspek' | 'iki' | 'target' | 'perspektif';

export interface PerilakuRow {
  no: number;
  name: string;
  guidelines: string[];
  /** Ekspektasi khusus pimpinan, or "-". */
  ekspektasi: string;
}

export interface SkpDocument {
  language: Language;
  form: SkpForm;
  /** "SASARAN KINERJA PEGAWAI", then the pendekatan and the form lines. */
  title: string;
  subtitles: string[];
  instansi: string;
  unit: string;
  period: { label: string; text: string };
  identity: { headers: { no: string; employee: string; appraiser: string }; rows: IdentityRow[] };
  hasilKerja: {
    heading: string;
    /** Which columns, in order, and their headers: JA/JF and JPT differ. */
    columns: { key: HasilKerjaColumn; header: string }[];
    sections: HasilKerjaSection[];
  };
  perilaku: {
    heading: string;
    columns: { no: string; perilaku: string; ekspektasi: string };
    rows: PerilakuRow[];
  };
  lampiran: { title: string; sections: { key: LampiranSection; title: string; items: string[] }[] };
  signatures: { placeDate: string; employee: Signatory; appraiser: Signatory };
}

const jaJfColumns: readonly HasilKerjaColumn[] = ['no', 'leaderRhk', 'rhk', 'aspek', 'iki', 'target'];
const jptColumns: readonly HasilKerjaColumn[] = ['no', 'rhk', 'iki', 'target', 'perspektif'];

/** "1 Januari s.d. 31 Desember 2026": the year once when both ends share it. */
export function formatPeriod(startIso: string, endIso: string, language: Language, t: SkpDocumentTranslate): string {
  return formatDateRange(startIso, endIso, language, (ends) => t('period.range', ends));
}

/** "12 Dokumen", "100 %", "1.250.000 Rupiah"; "-" while a draft has no target. */
export function formatTarget(indicator: Pick<Iki, 'target' | 'unit'>, language: Language): string {
  if (indicator.target === null) return EMPTY_CELL;
  const number = new Intl.NumberFormat(intlLocale[language]).format(indicator.target);
  return indicator.unit.trim() === '' ? number : `${number} ${indicator.unit.trim()}`;
}

function documentRhk(rhk: Rhk, no: number, options: SkpDocumentOptions, form: SkpForm): DocumentRhk {
  const { t, language } = options;
  const aspek = (a: Aspek | null) => (form === 'jpt' || a === null ? '' : t(`aspek.${a}`));
  const leader = options.leaderRhkText(rhk).trim();
  const assignment = rhk.assignment.trim();
  const leaderRhk = leader !== '' ? leader : assignment !== '' ? t('hasilKerja.assignment', { source: assignment }) : EMPTY_CELL;
  const indicators = rhk.indicators.map((iki) => ({ aspek: aspek(iki.aspek), text: orDash(iki.text), target: formatTarget(iki, language) }));
  return {
    no,
    leaderRhk,
    text: orDash(rhk.text),
    perspektif: orDash(rhk.perspektif),
    indicators: indicators.length > 0 ? indicators : [{ aspek: '', text: EMPTY_CELL, target: EMPTY_CELL }],
  };
}

export function buildSkpDocument(skp: Skp, options: SkpDocumentOptions): SkpDocument {
  const { t, language } = options;
  const { employee, appraiser } = skp.snapshot;
  const columns = skp.form === 'jpt' ? jptColumns : jaJfColumns;
  const nipLine = (nip: string) => t('signatures.nip', { nip });

  return {
    language,
    form: skp.form,
    title: t('title'),
    subtitles: [t(`pendekatan.${skp.pendekatan}`), t(`form.${skp.form}`)],
    instansi: options.office.instansi,
    unit: options.office.name,
    period: { label: t('period.label'), text: formatPeriod(skp.periodStart, skp.periodEnd, language, t) },
    identity: {
      headers: { no: t('identity.no'), employee: t('identity.employee'), appraiser: t('identity.appraiser') },
      rows: identityRows((field) => t(`identity.${field}`), employee, appraiser),
    },
    hasilKerja: {
      heading: t('hasilKerja.heading'),
      columns: columns.map((key) => ({ key, header: t(`hasilKerja.columns.${key}`) })),
      sections: rhkKinds.map((kind) => ({
        kind,
        title: t(`hasilKerja.${kind}`),
        rhk: skp.rhk.filter((r) => r.kind === kind).map((r, index) => documentRhk(r, index + 1, options, skp.form)),
      })),
    },
    perilaku: {
      heading: t('perilaku.heading'),
      columns: { no: t('perilaku.columns.no'), perilaku: t('perilaku.columns.perilaku'), ekspektasi: t('perilaku.columns.ekspektasi') },
      rows: berakhlak.map((value, index) => ({
        no: index + 1,
        name: value.name[language],
        guidelines: [...value.guidelines[language]],
        ekspektasi: orDash(skp.ekspektasi[value.key]),
      })),
    },
    lampiran: {
      title: t('lampiran.title'),
      sections: lampiranSections.map((key) => ({
        key,
        title: t(`lampiran.${key}`),
        items: (skp.lampiran[key] ?? []).map((item) => item.trim()).filter((item) => item !== ''),
      })),
    },
    signatures: {
      placeDate: t('signatures.placeDate', {
        place: options.place?.trim() || options.office.name,
        date: formatDocumentDate(skp.approvedAt ?? options.today, language),
      }),
      employee: signatory(t('signatures.employee'), employee, nipLine),
      appraiser: signatory(t('signatures.appraiser'), appraiser, nipLine),
    },
  };
}

/** "SKP 2026 - Yohana Rambu.pdf": what the save dialog suggests (no characters file systems refuse). */
export function skpDocumentFileName(skp: Pick<Skp, 'year' | 'version' | 'snapshot'>): string {
  const name = skp.snapshot.employee.name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  const version = skp.version > 1 ? ` v${skp.version}` : '';
  const base = `SKP ${skp.year}${version}${name ? ` - ${name}` : ''}`.slice(0, 110).trim();
  return `${base}.pdf`;
}
