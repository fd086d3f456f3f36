import { EMPTY_CELL, formatDocumentDate, orDash, signatory, type Signatory } from '../documents/parts';
import type { Language } from '../languages';
import { formatNip } from '../nip';
import type { PersonSnapshot } from '../skp/types';
import { periodMasthead, type DocumentOptions } from './document';
import { orgPredikatLabels, predikatLabels, type OrgPredikat, type Predikat } from './tables';

/**
 * The Penetapan Predikat Kinerja Pegawai of one unit and period (domain.md §5): every employee
 * whose evaluation counts in the unit's distribution, with their predikat, under the unit's
 * organisation result, signed by the official who sets it. Plain content, like the Dokumen SKP.
 */

export interface PenetapanInput {
  periodKey: string;
  unitName: string;
  orgResult: { predikat: OrgPredikat; note: string } | null;
  members: readonly { nip: string; name: string; jabatan: string; predikat: Predikat | null; final: boolean }[];
  /** Who signs: the official one level up (the unit head's appraiser), else the unit's head; null when nobody is known. */
  official: (Pick<PersonSnapshot, 'name' | 'nip'> & { jabatan: string }) | null;
  /** When the latest evaluation counted was finalised, for the date line; today when none is final. */
  lastFinalisedAt: string | null;
}

export interface PenetapanRow {
  no: number;
  nip: string;
  name: string;
  jabatan: string;
  predikat: string;
}

export interface PenetapanDocument {
  language: Language;
  title: string;
  periodLine: string;
  instansi: string;
  unit: string;
  period: { label: string; text: string };
  unitLine: { label: string; value: string };
  org: { heading: string; value: string; note: string };
  headers: Record<'no' | 'nip' | 'name' | 'jabatan' | 'predikat', string>;
  rows: PenetapanRow[];
  empty: string;
  signatures: { placeDate: string; official: Signatory & { jabatan: string } };
}

export function buildPenetapanDocument(input: PenetapanInput, options: DocumentOptions): PenetapanDocument {
  const { t, language } = options;
  const period = periodMasthead(input.periodKey, language, t);
  const byName = [...input.members].sort((a, b) => a.name.localeCompare(b.name, 'id') || a.nip.localeCompare(b.nip));
  const official = signatory(t('penetapan.official'), input.official, (nip) => t('signatures.nip', { nip }));
  return {
    language,
    title: t('penetapan.title'),
    periodLine: period.line,
    instansi: options.office.instansi,
    unit: options.office.name,
    period: { label: period.label, text: period.text },
    unitLine: { label: t('penetapan.unit'), value: input.unitName },
    org: {
      heading: t('org.heading'),
      value: input.orgResult ? orgPredikatLabels[input.orgResult.predikat][language] : t('org.none'),
      note: input.orgResult?.note.trim() ? t('org.note', { note: input.orgResult.note.trim() }) : '',
    },
    headers: {
      no: t('penetapan.columns.no'),
      nip: t('penetapan.columns.nip'),
      name: t('penetapan.columns.name'),
      jabatan: t('penetapan.columns.jabatan'),
      predikat: t('penetapan.columns.predikat'),
    },
    rows: byName.map((m, index) => {
      const label = m.predikat ? predikatLabels[m.predikat][language] : EMPTY_CELL;
      return { no: index + 1, nip: orDash(formatNip(m.nip)), name: orDash(m.name), jabatan: orDash(m.jabatan), predikat: m.final || !m.predikat ? label : t('penetapan.draft', { predikat: label }) };
    }),
    empty: t('penetapan.empty'),
    signatures: {
      placeDate: t('signatures.placeDate', { place: options.place?.trim() || options.office.name, date: formatDocumentDate(input.lastFinalisedAt ?? options.today, language) }),
      official: { ...official, jabatan: input.official?.jabatan ?? '' },
    },
  };
}
