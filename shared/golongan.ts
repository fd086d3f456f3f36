import type { AsnType } from './account';

/**
 * Golongan/ruang of PNS with their pangkat (PP 99/2000 as amended), and the golongan of PPPK
 * (Perpres 98/2020), which have no pangkat names. Stored as the code ("III/a", "IX").
 */
export const golonganPns = [
  { code: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { code: 'I/c', pangkat: 'Juru' },
  { code: 'I/d', pangkat: 'Juru Tingkat I' },
  { code: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', pangkat: 'Pengatur' },
  { code: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { code: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { code: 'III/c', pangkat: 'Penata' },
  { code: 'III/d', pangkat: 'Penata Tingkat I' },
  { code: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV/e', pangkat: 'Pembina Utama' },
] as const;

export const golonganPppk = [
  'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
] as const;

export function golonganCodes(asnType: AsnType): readonly string[] {
  return asnType === 'pns' ? golonganPns.map((g) => g.code) : golonganPppk;
}

/** "Penata Muda, III/a" as printed on documents; a PPPK golongan prints alone. */
export function pangkatGolongan(code: string): string {
  const pns = golonganPns.find((g) => g.code === code);
  return pns ? `${pns.pangkat}, ${pns.code}` : code;
}

export type GolonganErrorCode = 'golongan.unrecognised' | 'golongan.pnsForPppk' | 'golongan.pppkForPns' | 'golongan.pangkatMismatch';

/** On failure, `expected` lists the codes the ASN type accepts, for the message. */
export type GolonganResult = { ok: true; code: string } | { ok: false; code: GolonganErrorCode; expected: string };

const PNS_ROMAN = ['I', 'II', 'III', 'IV'] as const;
const pnsCodes: ReadonlySet<string> = new Set(golonganPns.map((g) => g.code));

/** "Penata Muda Tk. I" → "penata muda tingkat i": the ways pangkat are abbreviated on documents. */
function pangkatKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\btk\b\.?/g, 'tingkat ')
    .replace(/\btingkat\s*1\b/g, 'tingkat i')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
const pppkCodes: ReadonlySet<string> = new Set(golonganPppk);
const codeByPangkat: ReadonlyMap<string, string> = new Map(golonganPns.map((g) => [pangkatKey(g.pangkat), g.code]));

/** "iii" or "3" with "a" → "III/a" when that golongan/ruang exists (IV/e does, III/e does not). */
function pnsCode(level: string, ruang: string): string | null {
  const index = /^\d$/.test(level) ? Number(level) - 1 : PNS_ROMAN.indexOf(level.toUpperCase() as (typeof PNS_ROMAN)[number]);
  const roman = PNS_ROMAN[index];
  if (roman === undefined) return null;
  const code = `${roman}/${ruang.toLowerCase()}`;
  return pnsCodes.has(code) ? code : null;
}

/** "IX", "ix", "9", "09" → "IX" (PPPK golongan I–XVII). */
function pppkCode(text: string): string | null {
  if (/^\d{1,2}$/.test(text)) return golonganPppk[Number(text) - 1] ?? null;
  return golonganPppk.find((g) => g.toLowerCase() === text.toLowerCase()) ?? null;
}

const PNS_ALONE = /^(iv|iii|ii|i|[1-4])\s*[/\-.]?\s*([a-e])$/i;
/** A golongan/ruang inside a longer text ("Penata Muda, III/a"), bounded by spaces or punctuation. */
const PNS_INSIDE = /(?:^|[\s,(\-–/])(iv|iii|ii|i|[1-4])\s*[/\-.]?\s*([a-e])(?=$|[\s,)\-–])/gi;
/** "Golongan", "Gol.", "Gol/Ruang", "Gol. Ruang" written in front of the code. */
const LABEL = /^(?:golongan|gol)\.?\s*(?:\/\s*ruang|ruang)?\.?\s*:?\s*/i;

/**
 * Reads a golongan as offices write it and returns the stored code: for PNS `III/a`, `III/A`,
 * `III-a`, `IIIa`, `III a`, `3a`, `3/a`, `Gol. III/a`, `Penata Muda, III/a`, `Penata Muda
 * (III/a)`, `III/a Penata Muda` or the pangkat alone (`Penata Muda`); for PPPK `IX`, `9`,
 * `Golongan IX`. A pangkat that belongs to another golongan than the code beside it is refused
 * rather than guessed, and so is a PNS golongan for a PPPK or the other way round.
 */
export function parseGolongan(text: string, asnType: AsnType): GolonganResult {
  // Most cells already hold the code exactly as stored (every row of an exported roster).
  if ((asnType === 'pns' ? pnsCodes : pppkCodes).has(text)) return { ok: true, code: text };
  const fail = (code: GolonganErrorCode): GolonganResult => ({ ok: false, code, expected: golonganCodes(asnType).join(', ') });
  const s = text.replace(/\s+/g, ' ').trim().replace(LABEL, '');
  if (s === '' || s.length > 80) return fail('golongan.unrecognised');

  let pns: string | null = null;
  const alone = PNS_ALONE.exec(s);
  if (alone) {
    pns = pnsCode(alone[1] ?? '', alone[2] ?? '');
    if (!pns) return fail('golongan.unrecognised');
  } else {
    const pppk = pppkCode(s);
    if (pppk) return asnType === 'pppk' ? { ok: true, code: pppk } : fail('golongan.pppkForPns');
    const found = [...s.matchAll(PNS_INSIDE)];
    const match = found[0];
    if (found.length > 1) return fail('golongan.unrecognised');
    const code = match ? pnsCode(match[1] ?? '', match[2] ?? '') : null;
    if (match && !code) return fail('golongan.unrecognised');
    const rest = match ? s.slice(0, match.index) + s.slice(match.index + match[0].length) : s;
    const restKey = pangkatKey(rest.replace(/[(),\-–/]/g, ' '));
    const pangkat = restKey === '' ? null : codeByPangkat.get(restKey);
    if (pangkat === undefined) return fail('golongan.unrecognised');
    if (code && pangkat && code !== pangkat) return fail('golongan.pangkatMismatch');
    pns = code ?? pangkat ?? null;
  }
  if (!pns) return fail('golongan.unrecognised');
  return asnType === 'pns' ? { ok: true, code: pns } : fail('golongan.pnsForPppk');
}
