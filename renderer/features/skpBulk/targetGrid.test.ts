import { describe, expect, it } from 'vitest';
import type { Iki } from '../../../shared/skp/types';
import { copyTarget, draftsFromLeader, gridProblems, ikiDraftProblems, ikiLabels, splitTargetAmong, targetsOf, type TargetGrid } from './targetGrid';

const iki = (id: string, aspek: Iki['aspek'], target: number | null): Iki => ({ id, aspek, text: `IKI ${id}`, unit: 'Dokumen', polarity: 'higher', target });
const people = ['agnes', 'yohana', 'daniel'];
const ikis = [{ key: 'q' }, { key: 't' }];

describe('draftsFromLeader', () => {
  it("takes the leader's IKIs with their targets, and gives a JPT leader's (no aspek) the usual aspek order", () => {
    expect(draftsFromLeader([iki('q', 'kuantitas', 12), iki('w', 'waktu', 12)]).map((d) => [d.key, d.aspek, d.leaderTarget])).toEqual([
      ['q', 'kuantitas', 12],
      ['w', 'waktu', 12],
    ]);
    expect(draftsFromLeader([iki('1', null, 90), iki('2', null, null)]).map((d) => d.aspek)).toEqual(['kuantitas', 'kualitas']);
  });
});

describe('copy and split', () => {
  it("copies the leader's target to everyone chosen, leaving other IKIs as they were", () => {
    const grid = copyTarget({ agnes: { t: 5 } }, people, 'q', 12);
    expect(grid).toEqual({ agnes: { q: 12, t: 5 }, yohana: { q: 12 }, daniel: { q: 12 } });
  });

  it("splits the leader's target so the parts add up exactly, extra units to the first people", () => {
    const grid = splitTargetAmong({}, people, 'q', 10);
    expect(people.map((p) => grid[p]!.q)).toEqual([4, 3, 3]);
    const thirty = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const big = splitTargetAmong({}, thirty, 'q', 100);
    expect(thirty.reduce((sum, p) => sum + big[p]!.q!, 0)).toBe(100);
    expect(new Set(thirty.map((p) => big[p]!.q))).toEqual(new Set([4, 3]));
  });

  it('splits a decimal target without losing any of it', () => {
    const grid = splitTargetAmong({}, ['a', 'b'], 'q', 2.5);
    expect([grid.a!.q, grid.b!.q]).toEqual([1.3, 1.2]);
  });

  it('does nothing when nobody is chosen', () => {
    const grid: TargetGrid = { a: { q: 1 } };
    expect(splitTargetAmong(grid, [], 'q', 10)).toBe(grid);
  });
});

describe('gridProblems', () => {
  it('names every empty or negative cell by person and IKI, row by row', () => {
    const grid: TargetGrid = { agnes: { q: 3, t: null }, yohana: { q: -1, t: 12 }, daniel: { q: 0, t: 12 } };
    expect(gridProblems(grid, people, ikis)).toEqual([
      { employeeId: 'agnes', ikiKey: 't', problem: 'missing' },
      { employeeId: 'yohana', ikiKey: 'q', problem: 'negative' },
    ]);
  });

  it('counts a cell never touched as missing and a non-number as not a number; zero is a target', () => {
    const grid = { agnes: { q: Number.NaN, t: 0 } } as TargetGrid;
    expect(gridProblems(grid, ['agnes', 'daniel'], ikis).map((p) => `${p.employeeId}.${p.ikiKey}:${p.problem}`)).toEqual(['agnes.q:notNumber', 'daniel.q:missing', 'daniel.t:missing']);
  });

  it("gives a person's targets in IKI order", () => {
    expect(targetsOf({ agnes: { t: 12, q: 3 } }, 'agnes', ikis)).toEqual([3, 12]);
  });
});

describe('IKI rows', () => {
  it('needs the text and the unit of every IKI', () => {
    const rows = draftsFromLeader([iki('q', 'kuantitas', 1), { ...iki('w', 'waktu', 1), text: ' ', unit: '' }]);
    expect(ikiDraftProblems(rows)).toEqual([
      { index: 1, field: 'text' },
      { index: 1, field: 'unit' },
    ]);
  });

  it('numbers aspek that repeat, so each grid cell has its own name', () => {
    const label = (a: string) => a.toUpperCase();
    const labels = ikiLabels([{ key: '1', aspek: 'kuantitas' }, { key: '2', aspek: 'waktu' }, { key: '3', aspek: 'kuantitas' }], label);
    expect([...labels.values()]).toEqual(['KUANTITAS 1', 'WAKTU', 'KUANTITAS 2']);
  });
});
