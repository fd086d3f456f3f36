/**
 * Splitting academic and religious titles (gelar) off a name written whole, as rosters without
 * separate gelar columns do: "Dr. H. Ahmad Fauzi, S.Sos., M.Si." → gelar depan "Dr. H.",
 * name "Ahmad Fauzi", gelar belakang "S.Sos., M.Si.". The name is what lists sort by.
 */

/** Front titles, written with their dot: Prof., Dr., Drs., Dra., Ir., H. (haji), Hj. (hajah), dr., drg., drh., K.H., Ns., Apt. */
const FRONT_TITLE = /^(prof|dr|drs|dra|ir|hj|h|drg|drh|kh|k\.\s?h|ns|apt)\.\s*/i;
/**
 * One title after the comma: short letter groups joined by dots ("S.Sos.", "M.Si", "A.Md.",
 * "Sp.A(K)", "Ph.D"), or an undotted abbreviation in capitals ("SE", "MM", "MBA", "SKM").
 */
const DOTTED_TITLE = /^[A-Za-z]{1,6}(\.\s?[A-Za-z]{1,6})*\.?(\s?\([A-Za-z]{1,4}\))?$/;
const CAPS_TITLE = /^[A-Z]{2,5}$/;

export interface SplitName {
  name: string;
  /** Null when the text has no such titles. */
  gelarDepan: string | null;
  gelarBelakang: string | null;
  /** The text after a comma did not look like titles, so it was left in the name. */
  commaKept: boolean;
}

function isBackTitle(token: string): boolean {
  return CAPS_TITLE.test(token) || (token.includes('.') && DOTTED_TITLE.test(token));
}

export function splitGelar(fullName: string, split: { front: boolean; back: boolean }): SplitName {
  let rest = fullName.replace(/\s+/g, ' ').trim();
  let gelarBelakang: string | null = null;
  let commaKept = false;

  const comma = rest.indexOf(',');
  if (split.back && comma > 0) {
    const tokens = rest
      .slice(comma + 1)
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    if (tokens.length > 0 && tokens.length <= 8 && tokens.every(isBackTitle)) {
      gelarBelakang = tokens.join(', ');
      rest = rest.slice(0, comma).trim();
    } else if (tokens.length > 0) {
      commaKept = true;
    }
  }

  const front: string[] = [];
  if (split.front) {
    for (let i = 0; i < 8; i += 1) {
      const match = FRONT_TITLE.exec(rest);
      // A title with nothing after it is not split off: the person would have no name left.
      if (!match || match[0].length >= rest.length) break;
      front.push(match[0].trim());
      rest = rest.slice(match[0].length);
    }
  }
  return { name: rest, gelarDepan: front.length > 0 ? front.join(' ') : null, gelarBelakang, commaKept };
}
