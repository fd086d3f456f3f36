import { berakhlakKeys, type BerakhlakKey } from '../skp/berakhlak';
import { ratings, type Rating } from './tables';
import type { PeerInput } from './types';

/**
 * What the appraiser sees of colleagues' input: per BerAKHLAK value how many said Di Atas /
 * Sesuai / Di Bawah, and the comments. When the office chose anonymity nobody is named and the
 * comments come in a fixed order (by text), and nothing is shown until at least two colleagues
 * have answered: with one answer "anonymous" would still say who said it.
 */
export const ANONYMOUS_MINIMUM = 2;

export interface PeerSummary {
  asked: number;
  answered: number;
  /** False while anonymity holds the answers back (fewer than ANONYMOUS_MINIMUM). */
  shown: boolean;
  counts: Record<BerakhlakKey, Record<Rating, number>>;
  comments: { text: string; raterId: string | null }[];
}

export function peerSummary(inputs: readonly Pick<PeerInput, 'raterId' | 'values' | 'comment'>[], anonymous: boolean): PeerSummary {
  const answers = inputs.filter((i): i is typeof i & { values: NonNullable<PeerInput['values']> } => i.values !== null);
  const shown = !anonymous || answers.length >= ANONYMOUS_MINIMUM;
  const counts = Object.fromEntries(berakhlakKeys.map((k) => [k, Object.fromEntries(ratings.map((r) => [r, 0]))])) as PeerSummary['counts'];
  const comments: PeerSummary['comments'] = [];
  if (shown) {
    for (const a of answers) {
      for (const k of berakhlakKeys) counts[k][a.values[k]] += 1;
      if (a.comment) comments.push({ text: a.comment, raterId: anonymous ? null : a.raterId });
    }
    if (anonymous) comments.sort((x, y) => x.text.localeCompare(y.text));
  }
  return { asked: inputs.length, answered: answers.length, shown, counts, comments };
}
