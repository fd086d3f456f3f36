import { EMPTY_CELL, formatDateRange, formatDocumentDate, identityRows, orDash, signatory, type IdentityBlock, type Signatory } from '../documents/parts';
import { intlLocale, type Language } from '../languages';
import { capaian, displayCapaian, periodTarget, progressOf, type DisplayedCapaian } from '../monitoring/capaian';
import { parsePeriodKey, type MonitoringPeriod } from '../monitoring/periods';
import { defaultPhrases } from '../monitoring/phrases';
import { defaultRollup, rollup, type Rollup } from '../monitoring/rollup';
import type { Feedback } from '../monitoring/types';
import { berakhlak } from '../skp/berakhlak';
import { formatTarget } from '../skp/document';
import { rhkKinds, type RhkKind } from '../skp/tables';
import type { Iki, Skp } from '../skp/types';
import type { Distribution } from './distribution';
import { evaluationYearOf, isAnnualKey } from './periods';
import { orgPredikatLabels, predikatLabels, predikatList, ratingLabels, type OrgPredikat, type Predikat, type Rating } from './tables';
import type { Evaluation } from './types';

/**
 * The Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022, Lampiran: evaluasi kinerja pegawai,
 * periodic and annual) as plain content, like the Dokumen SKP (shared/skp/document.ts): every
 * text already in the document's language, numbers and dates formatted; nothing here knows HTML.
 * Headers come from the `evaluationDocument` namespace through a translate function fixed to the
 * document's language; ratings, predikat, BerAKHLAK values and feedback phrases from their data.
 */

export const evaluationDocumentKeys = [
  'title',
  'period.line',
  'period.quarterly',
  'period.semester',
  'period.monthly',
  'period.annual',
  'period.numerals',
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
  'org.heading',
  'org.unit',
  'org.none',
  'org.note',
  'distribution.heading',
  'distribution.predikat',
  'distribution.count',
  'distribution.share',
  'distribution.total',
  'distribution.chart',
  'distribution.countShare',
  'hasilKerja.heading',
  'hasilKerja.utama',
  'hasilKerja.tambahan',
  'hasilKerja.columns.no',
  'hasilKerja.columns.rhk',
  'hasilKerja.columns.iki',
  'hasilKerja.columns.target',
  'hasilKerja.columns.realisasi',
  'hasilKerja.columns.capaian',
  'hasilKerja.columns.feedback',
  'hasilKerja.periodValue',
  'hasilKerja.rollup.sum',
  'hasilKerja.rollup.average',
  'hasilKerja.rollup.last',
  'hasilKerja.missing',
  'rating.hasil',
  'rating.perilaku',
  'rating.justification',
  'rating.none',
  'perilaku.heading',
  'perilaku.columns.no',
  'perilaku.columns.perilaku',
  'perilaku.columns.ekspektasi',
  'perilaku.columns.feedback',
  'predikat.heading',
  'predikat.none',
  'override.heading',
  'feedback.line',
  'signatures.placeDate',
  'signatures.employee',
  'signatures.appraiser',
  'signatures.nip',
  'signatures.acknowledged',
  'penetapan.title',
  'penetapan.unit',
  'penetapan.columns.no',
  'penetapan.columns.nip',
  'penetapan.columns.name',
  'penetapan.columns.jabatan',
  'penetapan.columns.predikat',
  'penetapan.draft',
  'penetapan.empty',
  'penetapan.official',
] as const;
export type EvaluationDocumentKey = (typeof evaluationDocumentKeys)[number];

/** `i18next.getFixedT(language, 'evaluationDocument')`, or any function with the same answers. */
export type EvaluationDocumentTranslate = (key: EvaluationDocumentKey, params?: Record<string, string | number>) => string;

/** "TRIWULAN I", "BULAN JANUARI", "SEMESTER II", "TAHUNAN" (the form's "PERIODE: …" line). */
export function evaluationPeriodName(periodKey: string, language: Language, t: EvaluationDocumentTranslate): string {
  if (isAnnualKey(periodKey)) return t('period.annual');
  const period = parsePeriodKey(periodKey);
  if (!period) return periodKey;
  if (period.rhythm === 'monthly') {
    const month = new Intl.DateTimeFormat(intlLocale[language], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(period.year, period.index - 1, 1)));
    return t('period.monthly', { month: month.toLocaleUpperCase(intlLocale[language]) });
  }
  const number = t('period.numerals').split(',')[period.index - 1]?.trim() || String(period.index);
  return t(period.rhythm === 'quarterly' ? 'period.quarterly' : 'period.semester', { number });
}

/** The dates a period covers (the whole year for the annual one), cut to `within` when given (the SKP's own dates). */
export function evaluationPeriodDates(periodKey: string, within?: { periodStart: string; periodEnd: string }): { start: string; end: string } {
  const year = evaluationYearOf(periodKey);
  const period = parsePeriodKey(periodKey);
  let start = period?.start ?? `${year}-01-01`;
  let end = period?.end ?? `${year}-12-31`;
  if (within) {
    if (within.periodStart > start) start = within.periodStart;
    if (within.periodEnd < end) end = within.periodEnd;
  }
  return { start, end };
}

/** The masthead both evaluation documents share: "PERIODE: TRIWULAN I" and the dates. */
export function periodMasthead(periodKey: string, language: Language, t: EvaluationDocumentTranslate, within?: { periodStart: string; periodEnd: string }) {
  const { start, end } = evaluationPeriodDates(periodKey, within);
  return {
    line: t('period.line', { period: evaluationPeriodName(periodKey, language, t) }),
    label: t('period.label'),
    text: formatDateRange(start, end, language, (ends) => t('period.range', ends)),
  };
}

export interface DocumentOptions {
  language: Language;
  t: EvaluationDocumentTranslate;
  office: { instansi: string; name: string };
  /** Where it is signed; the office's name when not given. */
  place?: string;
  /** ISO date the signature block shows while the evaluation is not final (normally today). */
  today: string;
}

export interface EvaluationDocumentInput {
  skp: Pick<Skp, 'rhk' | 'ekspektasi' | 'snapshot' | 'periodStart' | 'periodEnd'>;
  evaluation: Evaluation;
  /** The SKP's periods of the year's rhythm, in order (periodsWithin). */
  periods: readonly MonitoringPeriod[];
  /** The office's display cap of capaian (percent, e.g. 120). */
  capPercent: number;
  realisations: readonly { ikiId: string; periodKey: string; value: number }[];
  feedback: readonly Pick<Feedback, 'periodKey' | 'about' | 'phrases' | 'text' | 'givenAt'>[];
  /** The organisation result that frames the distribution, with its unit's name; null when none is recorded. */
  orgResult: { unitName: string; predikat: OrgPredikat; note: string } | null;
  /** The unit's distribution the evaluation counts in; null when it counts under no result. */
  distribution: Distribution | null;
}

export interface EvaluationIndicatorRow {
  text: string;
  target: string;
  /** One line for a periodic evaluation; for the annual one each period's value, then the roll-up. */
  realisasi: string[];
  capaian: string;
  feedback: string[];
}

export interface EvaluationRhkRow {
  no: number;
  text: string;
  /** At least one (a blank row when the RHK has no IKI): the RHK cell spans them. */
  indicators: EvaluationIndicatorRow[];
}

export interface DistributionRow {
  predikat: Predikat;
  label: string;
  count: number;
  /** 0 … 1, for the bars. */
  share: number;
  shareText: string;
}

export interface RatingBlock {
  label: string;
  value: string;
  justificationLabel: string;
  justification: string;
}

export interface EvaluationDocument {
  language: Language;
  annual: boolean;
  title: string;
  /** "PERIODE: TRIWULAN I". */
  periodLine: string;
  instansi: string;
  unit: string;
  period: { label: string; text: string };
  identity: IdentityBlock;
  org: { heading: string; value: string; unit: string; note: string };
  distribution: {
    heading: string;
    headers: { predikat: string; count: string; share: string };
    rows: DistributionRow[];
    total: { label: string; count: number };
    /** The chart's text alternative: every predikat with its count and share. */
    chartLabel: string;
  };
  hasilKerja: {
    heading: string;
    headers: Record<'no' | 'rhk' | 'iki' | 'target' | 'realisasi' | 'capaian' | 'feedback', string>;
    sections: { kind: RhkKind; title: string; rhk: EvaluationRhkRow[] }[];
  };
  ratingHasil: RatingBlock;
  perilaku: {
    heading: string;
    headers: { no: string; perilaku: string; ekspektasi: string; feedback: string };
    rows: { no: number; name: string; ekspektasi: string; feedback: string[] }[];
  };
  ratingPerilaku: RatingBlock;
  predikat: { label: string; value: string };
  /** Finalised although the distribution broke its curve: the official's reason. */
  override: { label: string; reason: string } | null;
  signatures: { placeDate: string; employee: Signatory; appraiser: Signatory };
}

function percentFormat(language: Language) {
  const format = new Intl.NumberFormat(intlLocale[language], { style: 'percent', maximumFractionDigits: 1 });
  return (ratio: number) => format.format(ratio);
}

function feedbackLines(items: EvaluationDocumentInput['feedback'], language: Language, t: EvaluationDocumentTranslate): string[] {
  return [...items]
    .sort((a, b) => (a.givenAt < b.givenAt ? -1 : a.givenAt > b.givenAt ? 1 : 0))
    .map((f) => {
      const text = [...f.phrases.map((key) => defaultPhrases.find((p) => p.key === key)?.text[language] ?? key), f.text.trim()].filter(Boolean).join(' ');
      return t('feedback.line', { date: formatDocumentDate(f.givenAt, language), text });
    });
}

/** The target, realisation(s) and capaian of one IKI for the period, computed as the rating screen does. */
function indicatorFigures(iki: Iki, input: EvaluationDocumentInput, language: Language, t: EvaluationDocumentTranslate) {
  const { periods, evaluation, capPercent } = input;
  const number = new Intl.NumberFormat(intlLocale[language]);
  const withUnit = (value: number | null) => (value === null ? t('hasilKerja.missing') : `${number.format(value)}${iki.unit.trim() ? ` ${iki.unit.trim()}` : ''}`);
  const values = new Map(input.realisations.filter((r) => r.ikiId === iki.id).map((r) => [r.periodKey, r.value]));
  const method: Rollup = iki.rollup ?? defaultRollup(iki.unit);
  const percent = percentFormat(language);
  const shown = (c: DisplayedCapaian | null) => (c === null ? EMPTY_CELL : percent(c.shown));

  if (!isAnnualKey(evaluation.periodKey)) {
    const value = values.get(evaluation.periodKey) ?? null;
    const own = iki.target === null ? null : periodTarget(iki.target, method, Math.max(periods.length, 1));
    return { realisasi: [withUnit(value)], capaian: shown(displayCapaian(capaian(value, own, iki.polarity), capPercent)) };
  }
  // Annual: each period as entered (a missing one named, never zero), then the roll-up by the
  // IKI's method, whose capaian is against the year's target.
  const rolled = periods.length > 0 ? rollup(method, periods.map((p) => ({ periodKey: p.key, value: values.get(p.key) ?? null }))) : null;
  const lines = periods.map((p) => t('hasilKerja.periodValue', { period: evaluationPeriodName(p.key, language, t), value: withUnit(values.get(p.key) ?? null) }));
  lines.push(t(`hasilKerja.rollup.${method}`, { value: withUnit(rolled?.value ?? null) }));
  const progress = periods.length > 0 ? progressOf({ toDate: rolled?.value ?? null, target: iki.target, polarity: iki.polarity, rollup: method, periodIndex: periods.length, periodCount: periods.length }) : null;
  return { realisasi: lines, capaian: shown(displayCapaian(progress?.capaian ?? null, capPercent)) };
}

function ratingBlock(label: string, rating: Rating | null, note: string, language: Language, t: EvaluationDocumentTranslate): RatingBlock {
  return { label, value: rating ? ratingLabels[rating][language] : t('rating.none'), justificationLabel: t('rating.justification'), justification: orDash(note) };
}

export function buildEvaluationDocument(input: EvaluationDocumentInput, options: DocumentOptions): EvaluationDocument {
  const { t, language } = options;
  const { skp, evaluation } = input;
  const { employee, appraiser } = skp.snapshot;
  const annual = isAnnualKey(evaluation.periodKey);
  const inPeriod = (f: { periodKey: string }) => annual || f.periodKey === evaluation.periodKey;
  const percent = percentFormat(language);
  const nipLine = (nip: string) => t('signatures.nip', { nip });

  const distributionRows: DistributionRow[] = predikatList.map((p) => {
    const count = input.distribution?.counts[p] ?? 0;
    const share = input.distribution?.shares[p] ?? 0;
    return { predikat: p, label: predikatLabels[p][language], count, share, shareText: percent(share) };
  });

  const numbers = { utama: 0, tambahan: 0 };
  const sections = rhkKinds.map((kind) => ({
    kind,
    title: t(`hasilKerja.${kind}`),
    rhk: skp.rhk
      .filter((r) => r.kind === kind)
      .map((rhk): EvaluationRhkRow => {
        const indicators = rhk.indicators.map((iki) => ({
          text: orDash(iki.text),
          target: formatTarget(iki, language),
          ...indicatorFigures(iki, input, language, t),
          feedback: feedbackLines(input.feedback.filter((f) => f.about.kind === 'iki' && f.about.ikiId === iki.id && inPeriod(f)), language, t),
        }));
        return {
          no: ++numbers[kind],
          text: orDash(rhk.text),
          indicators: indicators.length > 0 ? indicators : [{ text: EMPTY_CELL, target: EMPTY_CELL, realisasi: [EMPTY_CELL], capaian: EMPTY_CELL, feedback: [] }],
        };
      }),
  }));

  const acknowledged = evaluation.acknowledgement ? t('signatures.acknowledged', { date: formatDocumentDate(evaluation.acknowledgement.at, language) }) : undefined;
  const period = periodMasthead(evaluation.periodKey, language, t, skp);

  return {
    language,
    annual,
    title: t('title'),
    periodLine: period.line,
    instansi: options.office.instansi,
    unit: options.office.name,
    period: { label: period.label, text: period.text },
    identity: {
      headers: { no: t('identity.no'), employee: t('identity.employee'), appraiser: t('identity.appraiser') },
      rows: identityRows((field) => t(`identity.${field}`), employee, appraiser),
    },
    org: {
      heading: t('org.heading'),
      value: input.orgResult ? orgPredikatLabels[input.orgResult.predikat][language] : t('org.none'),
      unit: input.orgResult ? t('org.unit', { unit: input.orgResult.unitName }) : '',
      note: input.orgResult?.note.trim() ? t('org.note', { note: input.orgResult.note.trim() }) : '',
    },
    distribution: {
      heading: t('distribution.heading'),
      headers: { predikat: t('distribution.predikat'), count: t('distribution.count'), share: t('distribution.share') },
      rows: distributionRows,
      total: { label: t('distribution.total'), count: input.distribution?.total ?? 0 },
      chartLabel: t('distribution.chart', {
        counts: new Intl.ListFormat(intlLocale[language], { type: 'conjunction' }).format(distributionRows.map((r) => t('distribution.countShare', { predikat: r.label, count: r.count, share: r.shareText }))),
      }),
    },
    hasilKerja: {
      heading: t('hasilKerja.heading'),
      headers: {
        no: t('hasilKerja.columns.no'),
        rhk: t('hasilKerja.columns.rhk'),
        iki: t('hasilKerja.columns.iki'),
        target: t('hasilKerja.columns.target'),
        realisasi: t('hasilKerja.columns.realisasi'),
        capaian: t('hasilKerja.columns.capaian'),
        feedback: t('hasilKerja.columns.feedback'),
      },
      sections,
    },
    ratingHasil: ratingBlock(t('rating.hasil'), evaluation.hasil, evaluation.hasilNote, language, t),
    perilaku: {
      heading: t('perilaku.heading'),
      headers: { no: t('perilaku.columns.no'), perilaku: t('perilaku.columns.perilaku'), ekspektasi: t('perilaku.columns.ekspektasi'), feedback: t('perilaku.columns.feedback') },
      rows: berakhlak.map((value, index) => ({
        no: index + 1,
        name: value.name[language],
        ekspektasi: orDash(skp.ekspektasi[value.key]),
        feedback: feedbackLines(input.feedback.filter((f) => f.about.kind === 'value' && f.about.value === value.key && inPeriod(f)), language, t),
      })),
    },
    ratingPerilaku: ratingBlock(t('rating.perilaku'), evaluation.perilaku, evaluation.perilakuNote, language, t),
    predikat: { label: t('predikat.heading'), value: evaluation.predikat ? predikatLabels[evaluation.predikat][language] : t('predikat.none') },
    override: evaluation.distributionOverride ? { label: t('override.heading'), reason: evaluation.distributionOverride.reason } : null,
    signatures: {
      placeDate: t('signatures.placeDate', { place: options.place?.trim() || options.office.name, date: formatDocumentDate(evaluation.finalisedAt ?? options.today, language) }),
      employee: { ...signatory(t('signatures.employee'), employee, nipLine), ...(acknowledged ? { note: acknowledged } : {}) },
      appraiser: signatory(t('signatures.appraiser'), appraiser, nipLine),
    },
  };
}

/** "Evaluasi 2026-Q1 - Yohana Rambu.pdf": what the save dialog suggests. */
export function evaluationDocumentFileName(prefix: string, periodKey: string, name: string): string {
  const clean = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  return `${`${prefix} ${periodKey}${clean ? ` - ${clean}` : ''}`.slice(0, 110).trim()}.pdf`;
}
