import { parsePeriodKey, periodAt, type MonitoringPeriod, type Rhythm } from '../periods';

/**
 * A period as an office writes it in a sheet: the key itself ("2026-Q1"), or the words of
 * either language: "Triwulan I 2026", "TW 1 2026", "Semester II 2026", "Januari 2026",
 * "Quarter 1 2026", "Q1 2026", "January 2026", "Jan 2026". Null when it names no period.
 * Which rhythm the words name is returned with the period; whether it is the year's rhythm is
 * the plan's question.
 */
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'february', 'feb', 'pebruari']],
  [3, ['maret', 'march', 'mar']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['agustus', 'august', 'agu', 'agt', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nov', 'nop', 'nopember']],
  [12, ['desember', 'december', 'des', 'dec']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month;

const QUARTER_WORDS = new Set(['triwulan', 'tw', 'trw', 'quarter', 'q', 'kuartal']);
const SEMESTER_WORDS = new Set(['semester', 'smt', 'sem', 's', 'half', 'h']);

function ordinal(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  return ROMAN[text] ?? null;
}

export function parsePeriodText(input: string): MonitoringPeriod | null {
  const raw = input.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (raw === '' || raw.length > 40) return null;
  const key = parsePeriodKey(raw.toUpperCase());
  if (key) return key;
  const lower = raw.toLocaleLowerCase('id').replace(/[.,\-/]/g, ' ').replace(/\s+/g, ' ').trim();
  // "Q1 2026", "TW1 2026", "S2 2026": the letter glued to its number.
  const glued = /^(q|tw|trw|s|smt|sem|m)(\d{1,2}|iv|iii|ii|i) (\d{4})$/.exec(lower);
  const words = glued ? [glued[1]!, glued[2]!, glued[3]!] : lower.split(' ');
  const yearText = words[words.length - 1]!;
  if (!/^\d{4}$/.test(yearText)) return null;
  const year = Number(yearText);
  const at = (rhythm: Rhythm, index: number): MonitoringPeriod | null => {
    try {
      return periodAt(year, rhythm, index);
    } catch {
      return null;
    }
  };
  if (words.length === 2) {
    const month = MONTHS[words[0]!];
    return month ? at('monthly', month) : null;
  }
  if (words.length === 3) {
    const [word, number] = [words[0]!, words[1]!];
    const index = ordinal(number);
    if (index === null) return null;
    if (QUARTER_WORDS.has(word)) return at('quarterly', index);
    if (SEMESTER_WORDS.has(word)) return at('semester', index);
    if (word === 'bulan' || word === 'month' || word === 'm') return at('monthly', index);
  }
  return null;
}
