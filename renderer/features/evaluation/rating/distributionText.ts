import { describeFix, distributionRules, type Distribution, type DistributionBreach, type DistributionConstraint } from '../../../../shared/evaluation/distribution';
import { predikatLabels, type OrgPredikat, type Predikat } from '../../../../shared/evaluation/tables';
import type { Language } from '../../../../shared/languages';

/** A sentence as data: its key in the evaluation namespace and its parameters, every value already formatted. */
export interface Phrase {
  key: string;
  params: Record<string, string | number>;
}

/** "Baik", "Butuh Perbaikan atau Kurang/Misconduct": predikat names joined in the language. */
export function predikatNames(list: readonly Predikat[], lang: Language, locale: string): string {
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(list.map((p) => predikatLabels[p][lang]));
}

const percent = (ratio: number, locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(ratio);

/** What one constraint of the curve asks: "Baik paling banyak 70%". */
export function rulePhrase(constraint: DistributionConstraint, lang: Language, locale: string): Phrase {
  const predikat = predikatNames(constraint.of, lang, locale);
  if (constraint.kind === 'atMost' || constraint.kind === 'atLeast') return { key: `distribution.rule.${constraint.kind}`, params: { predikat, percent: percent(constraint.percent / 100, locale) } };
  return { key: `distribution.rule.${constraint.kind}`, params: { predikat } };
}

/** What would clear a breach: "nilai ulang 1 orang dari Baik ke Butuh Perbaikan atau …". */
export function fixPhrase(counts: Distribution['counts'], breach: DistributionBreach, lang: Language, locale: string): Phrase {
  const fix = describeFix(counts, breach);
  const to = fix.kind === 'moveOut' ? fix.to : fix.into;
  return { key: `distribution.fix.${fix.kind}`, params: { count: fix.count, from: predikatNames(fix.from, lang, locale), to: predikatNames(to, lang, locale) } };
}

export interface ConstraintRow {
  key: string;
  rule: Phrase;
  /** "2 dari 2 (100%)": the people the constraint counts, of those rated. */
  count: number;
  total: number;
  share: string;
  ok: boolean;
  fix: Phrase | null;
}

/**
 * Every constraint of the organisation result's curve against the unit's distribution, in the
 * regulation's order, each with whether it holds and, if not, the fewest re-ratings that fix it.
 */
export function constraintRows(org: OrgPredikat, distribution: Distribution, breaches: readonly DistributionBreach[], lang: Language, locale: string): ConstraintRow[] {
  return distributionRules[org].map((constraint, i) => {
    const count = constraint.of.reduce((sum, p) => sum + distribution.counts[p], 0);
    const breach = breaches.find((b) => b.constraint.kind === constraint.kind && b.constraint.of.join() === constraint.of.join());
    return {
      key: `${i}`,
      rule: rulePhrase(constraint, lang, locale),
      count,
      total: distribution.total,
      share: percent(distribution.total === 0 ? 0 : count / distribution.total, locale),
      ok: !breach,
      fix: breach ? fixPhrase(distribution.counts, breach, lang, locale) : null,
    };
  });
}

/** A breach kept on an override, as one line: "Baik paling banyak 70%: 2 dari 2 (100%)". */
export function breachPhrase(breach: DistributionBreach, lang: Language, locale: string): { rule: Phrase; share: string } {
  return { rule: rulePhrase(breach.constraint, lang, locale), share: percent(breach.share, locale) };
}
