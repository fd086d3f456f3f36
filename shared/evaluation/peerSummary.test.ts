import { describe, expect, it } from 'vitest';
import { berakhlakKeys, type BerakhlakKey } from '../skp/berakhlak';
import type { Rating } from './tables';
import { peerSummary } from './peerSummary';

const all = (r: Rating, over: Partial<Record<BerakhlakKey, Rating>> = {}) => ({ ...Object.fromEntries(berakhlakKeys.map((k) => [k, r])), ...over }) as Record<BerakhlakKey, Rating>;
const ana = { raterId: 'ana', values: all('sesuai', { kolaboratif: 'di-atas' }), comment: 'Sigap membantu tim' };
const budi = { raterId: 'budi', values: all('sesuai'), comment: 'Datang tepat waktu' };
const citra = { raterId: 'citra', values: null, comment: '' };

describe('what the appraiser sees of colleagues’ input', () => {
  it('counts each value’s ratings over the answers; a colleague who has not answered is only counted as asked', () => {
    const s = peerSummary([ana, budi, citra], false);
    expect(s).toMatchObject({ asked: 3, answered: 2, shown: true });
    expect(s.counts.kolaboratif).toEqual({ 'di-bawah': 0, sesuai: 1, 'di-atas': 1 });
    expect(s.counts.loyal).toEqual({ 'di-bawah': 0, sesuai: 2, 'di-atas': 0 });
    expect(s.comments).toEqual([{ text: 'Sigap membantu tim', raterId: 'ana' }, { text: 'Datang tepat waktu', raterId: 'budi' }]);
  });

  it('when anonymous names nobody and orders comments by text, not by who answered first', () => {
    const s = peerSummary([ana, budi], true);
    expect(s.comments).toEqual([{ text: 'Datang tepat waktu', raterId: null }, { text: 'Sigap membantu tim', raterId: null }]);
  });

  it('when anonymous shows nothing from a single answer (it would say who said it)', () => {
    const s = peerSummary([ana, citra], true);
    expect(s).toMatchObject({ asked: 2, answered: 1, shown: false, comments: [] });
    expect(s.counts.kolaboratif).toEqual({ 'di-bawah': 0, sesuai: 0, 'di-atas': 0 });
    expect(peerSummary([ana], false).shown).toBe(true);
  });
});
