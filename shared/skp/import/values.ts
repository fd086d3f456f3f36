import type { Language } from '../../languages';
import { normaliseKey } from '../../roster/columns';
import { isNumberCell } from '../../roster/cells';
import type { Cell } from '../../spreadsheet';
import type { Aspek, Polarity, RhkKind } from '../tables';

/**
 * The coded values of a targets file (jenis RHK, aspek, polaritas) in the words of both
 * languages, and targets written as numbers in either convention.
 */

type Labels<T extends string> = Record<T, Record<Language, string>>;

export const rhkKindLabels: Labels<RhkKind> = { utama: { id: 'Utama', en: 'Main' }, tambahan: { id: 'Tambahan', en: 'Additional' } };
export const aspekLabels: Labels<Aspek> = {
  kuantitas: { id: 'Kuantitas', en: 'Quantity' },
  kualitas: { id: 'Kualitas', en: 'Quality' },
  waktu: { id: 'Waktu', en: 'Time' },
  biaya: { id: 'Biaya', en: 'Cost' },
};
export const polarityLabels: Labels<Polarity> = { higher: { id: 'Maksimal', en: 'Higher is better' }, lower: { id: 'Minimal', en: 'Lower is better' } };

function vocabulary<T extends string>(labels: Labels<T>, extra: Record<string, T>): ReadonlyMap<string, T> {
  const map = new Map<string, T>();
  for (const [code, byLanguage] of Object.entries(labels) as [T, Record<Language, string>][]) {
    map.set(normaliseKey(code), code);
    for (const label of Object.values(byLanguage)) map.set(normaliseKey(label), code);
  }
  for (const [text, code] of Object.entries(extra)) map.set(normaliseKey(text), code);
  return map;
}

const rhkKindWords = vocabulary(rhkKindLabels, {
  'RHK Utama': 'utama',
  'Hasil Kerja Utama': 'utama',
  A: 'utama',
  Primary: 'utama',
  'RHK Tambahan': 'tambahan',
  'Hasil Kerja Tambahan': 'tambahan',
  B: 'tambahan',
  Extra: 'tambahan',
});
const aspekWords = vocabulary(aspekLabels, { Quantitative: 'kuantitas', Qualitative: 'kualitas', Kuantitatif: 'kuantitas', Kualitatif: 'kualitas', Timeliness: 'waktu', Budget: 'biaya', Anggaran: 'biaya' });
const polarityWords = vocabulary(polarityLabels, {
  Maksimal: 'higher',
  Maksimum: 'higher',
  Max: 'higher',
  Positif: 'higher',
  Naik: 'higher',
  Higher: 'higher',
  'Semakin tinggi semakin baik': 'higher',
  'Lebih tinggi lebih baik': 'higher',
  Minimum: 'lower',
  Min: 'lower',
  Negatif: 'lower',
  Turun: 'lower',
  Lower: 'lower',
  'Semakin rendah semakin baik': 'lower',
  'Lebih rendah lebih baik': 'lower',
});

const lookup = <T>(words: ReadonlyMap<string, T>, text: string): T | null => (text.length > 60 ? null : (words.get(normaliseKey(text)) ?? null));
export const parseRhkKind = (text: string): RhkKind | null => lookup(rhkKindWords, text);
export const parseAspek = (text: string): Aspek | null => lookup(aspekWords, text);
export const parsePolarity = (text: string): Polarity | null => lookup(polarityWords, text);

/** What a message lists as accepted (a file's language is not known, so both). */
export const acceptedRhkKinds = 'Utama / Main, Tambahan / Additional';
export const acceptedAspek = 'Kuantitas / Quantity, Kualitas / Quality, Waktu / Time, Biaya / Cost';
export const acceptedPolarities = 'Maksimal / Higher is better, Minimal / Lower is better';

/**
 * How the file writes numbers where a text cell does not say: "1.234" is a thousand and more in
 * Indonesian and one and a bit in English. The screen's language decides; a cell with both
 * separators ("1.234,5", "1,234.5") or a repeated one ("1.234.567") says it itself.
 */
export type NumberConvention = Language;

export type TargetResult =
  | { ok: true; value: number; unit: string | null }
  | { ok: false; code: 'targetMissing' | 'targetNotNumber' | 'targetNegative'; shown: string };

const NUMBER_THEN_UNIT = /^([-+−]?\s*[\d.,\s]*\d[\d.,]*)\s*(.*)$/;

/** A number written with `.` and `,` as either convention's separators, or null when it is not one. */
export function parseNumberText(text: string, convention: NumberConvention): number | null {
  if (/^\d{1,15}$/.test(text)) return Number(text);
  const raw = text.replace(/\s+/g, '').replace('−', '-');
  const match = /^([-+]?)([\d.,]+)$/.exec(raw);
  if (!match) return null;
  const sign = match[1] === '-' ? -1 : 1;
  const body = match[2]!;
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  let decimal: '.' | ',' | null;
  if (dots > 0 && commas > 0) decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  else if (dots > 1) decimal = null;
  else if (commas > 1) decimal = null;
  else if (dots === 1 || commas === 1) {
    const sep = dots === 1 ? '.' : ',';
    const [whole, fraction] = body.split(sep) as [string, string];
    // "1.234" or "12,345": a thousands group unless the convention says that separator is the decimal one.
    const looksGrouped = fraction.length === 3 && whole.length >= 1 && whole.length <= 3 && whole !== '0';
    const thousandsSep = convention === 'id' ? '.' : ',';
    decimal = looksGrouped && sep === thousandsSep ? null : sep;
  } else decimal = null;
  const thousands = decimal === '.' ? ',' : decimal === ',' ? '.' : body.includes('.') ? '.' : ',';
  const parts = body.split(decimal ?? '\u0000');
  if (parts.length > 2) return null;
  const [whole, fraction = ''] = parts as [string, string?];
  // Thousands groups must be of three digits after the first ("1.23.4" is no number).
  const groups = whole.split(thousands);
  if (groups.some((g, i) => g === '' || (i > 0 && g.length !== 3)) || /[.,]/.test(fraction) || (decimal && fraction === '')) return null;
  const value = Number(`${groups.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? sign * value : null;
}

/**
 * A target cell: a number cell as it is (a percent-formatted one as the percent it shows), or
 * text holding a number in either convention, optionally followed by its unit ("12 Dokumen",
 * "100%"), which is then returned as the unit.
 */
export function parseTargetCell(cell: Cell, convention: NumberConvention): TargetResult {
  if (isNumberCell(cell)) {
    const shown = typeof cell.w === 'string' ? cell.w.trim() : String(cell.n);
    if (!Number.isFinite(cell.n)) return { ok: false, code: 'targetNotNumber', shown };
    const percent = shown.endsWith('%');
    const value = percent ? Math.round(cell.n * 100 * 1e9) / 1e9 : cell.n;
    return value < 0 ? { ok: false, code: 'targetNegative', shown } : { ok: true, value, unit: percent ? '%' : null };
  }
  const shown = typeof cell === 'string' ? cell.replace(/\s+/g, ' ').trim() : typeof cell === 'object' && cell && 'd' in cell ? cell.d : typeof cell === 'boolean' ? String(cell) : '';
  if (shown === '') return { ok: false, code: 'targetMissing', shown };
  if (typeof cell !== 'string') return { ok: false, code: 'targetNotNumber', shown };
  const match = NUMBER_THEN_UNIT.exec(shown);
  if (!match) return { ok: false, code: 'targetNotNumber', shown };
  const value = parseNumberText(match[1]!, convention);
  const unit = match[2]!.trim();
  if (value === null || (unit !== '' && (!/^[\p{L}%]/u.test(unit) || /^e[+-]?\d/i.test(unit)))) return { ok: false, code: 'targetNotNumber', shown };
  if (value < 0) return { ok: false, code: 'targetNegative', shown };
  return { ok: true, value, unit: unit === '' ? null : unit };
}
