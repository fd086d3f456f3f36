import { describe, expect, it } from 'vitest';
import { superiorsInChain, type ChainEntry } from '../../../shared/appraiserChain';
import type { Employee, Unit } from '../../../shared/people';
import type { Rhk, Skp } from '../../../shared/skp/types';
import type { SkpStatus } from '../../../shared/skp/tables';
import { bulkCandidates, filterCandidates, leaderRhkOptions, noCandidateFilter, toggleAllShown, type Candidate } from './bulkCandidates';

// Kepala Bidang (kabid) → Kepala Seksi (kasi) → staff a, b, c; d is in another seksi under kasi2.
const person = (id: string, name: string, more: Partial<Employee> = {}): Employee => ({
  id, officeId: 'o', nip: `19850714201012200${id.length}`, asnType: 'pns', name, gelarDepan: '', gelarBelakang: '', golongan: null, positionId: `pos-${id}`, unitId: 'seksi', status: 'active', tmtJabatan: null, appraiserOverride: null, ...more,
});
const people = [
  person('kabid', 'Umbu Lapu', { unitId: 'bidang' }),
  person('kasi', 'Rambu Ratu'),
  person('kasi2', 'Petrus Hamu', { unitId: 'seksi2' }),
  person('a', 'Agnes Lobo', { positionId: 'pengadministrasi' }),
  person('b', 'Yohana Rambu', { positionId: 'perawat', unitId: 'sub' }),
  person('c', 'Daniel Kahi', { positionId: 'pengadministrasi', status: 'retired' }),
  person('d', 'Siti Djara', { unitId: 'seksi2', positionId: 'pengadministrasi' }),
];
const entry = (employeeId: string, appraiserId: string | null): ChainEntry => ({ employeeId, appraiserId, atasanAppraiserId: null, source: 'position', problems: [] });
const chain = new Map<string, ChainEntry>(
  [entry('kabid', null), entry('kasi', 'kabid'), entry('kasi2', 'kabid'), entry('a', 'kasi'), entry('b', 'kasi'), entry('c', 'kasi'), entry('d', 'kasi2')].map((e) => [e.employeeId, e]),
);
const rhk = (id: string, text: string): Rhk => ({ id, kind: 'utama', text, parent: null, assignment: '', perspektif: null, indicators: [] });
const skp = (id: string, employeeId: string, name: string, status: SkpStatus, rhkList: Rhk[] = [], version = 1) =>
  ({ id, employeeId, status, version, rhk: rhkList, snapshot: { at: '2026-01-02', employee: { employeeId, name, nip: '', pangkat: '', jabatan: '', unit: '' }, appraiser: null } }) satisfies Pick<Skp, 'id' | 'employeeId' | 'status' | 'version' | 'rhk' | 'snapshot'>;
const collator = new Intl.Collator('id');
const hr = { manage: true, appraiserId: null };
const ids = (list: Candidate[]) => list.map((c) => c.employee.id);

describe('leaderRhkOptions', () => {
  it("lists the RHK of live SKPs whose owner appraises someone, owners by name, each SKP's order kept", () => {
    const skps = [
      skp('s-kasi', 'kasi', 'Rambu Ratu', 'approved', [rhk('r1', 'Laporan pelayanan'), rhk('r2', 'Data rujukan')]),
      skp('s-kabid', 'kabid', 'Umbu Lapu', 'draft', [rhk('r3', 'Mutu pelayanan')]),
      skp('s-a', 'a', 'Agnes Lobo', 'draft', [rhk('r4', 'Arsip surat')]), // appraises nobody
      skp('s-old', 'kasi2', 'Petrus Hamu', 'closed', [rhk('r5', 'Lama')]), // replaced by a mutasi
    ];
    expect(leaderRhkOptions(skps, chain, collator).map((o) => [o.rhk.id, o.ownerName])).toEqual([
      ['r1', 'Rambu Ratu'],
      ['r2', 'Rambu Ratu'],
      ['r3', 'Umbu Lapu'],
    ]);
  });
});

describe('superiorsInChain', () => {
  it('walks up the chain nearest first and stops at a loop', () => {
    expect(superiorsInChain(chain, 'a')).toEqual(['kasi', 'kabid']);
    const loop = new Map([...chain, ['kabid', entry('kabid', 'a')]]);
    expect(superiorsInChain(loop, 'a')).toEqual(['kasi', 'kabid']);
  });
});

describe('bulkCandidates', () => {
  it('offers HR every active person below the leader, at any depth, and nobody else', () => {
    expect(ids(bulkCandidates({ employees: people, chain, skps: [], leaderId: 'kabid', actor: hr })).sort()).toEqual(['a', 'b', 'd', 'kasi', 'kasi2']);
    expect(ids(bulkCandidates({ employees: people, chain, skps: [], leaderId: 'kasi', actor: hr })).sort()).toEqual(['a', 'b']);
  });

  it('offers an appraiser only their own direct subordinates', () => {
    const kasi = { manage: false, appraiserId: 'kasi' };
    expect(ids(bulkCandidates({ employees: people, chain, skps: [], leaderId: 'kabid', actor: kasi })).sort()).toEqual(['a', 'b']);
    expect(bulkCandidates({ employees: people, chain, skps: [], leaderId: 'kasi', actor: { manage: false, appraiserId: null } })).toEqual([]);
  });

  it("marks a person whose live SKP is submitted or approved as locked, taking the latest version", () => {
    const skps = [
      skp('a1', 'a', 'Agnes Lobo', 'closed', [], 1),
      skp('a2', 'a', 'Agnes Lobo', 'submitted', [], 2),
      skp('b1', 'b', 'Yohana Rambu', 'returned'),
    ];
    const found = bulkCandidates({ employees: people, chain, skps, leaderId: 'kasi', actor: hr });
    expect(found.map((c) => [c.employee.id, c.skp?.id ?? null, c.locked])).toEqual([
      ['a', 'a2', true],
      ['b', 'b1', false],
    ]);
  });
});

describe('filterCandidates', () => {
  const units: Unit[] = [
    { id: 'bidang', officeId: 'o', parentId: null, name: 'Bidang', kind: 'bidang', retired: false },
    { id: 'seksi', officeId: 'o', parentId: 'bidang', name: 'Seksi', kind: 'seksi', retired: false },
    { id: 'sub', officeId: 'o', parentId: 'seksi', name: 'Sub', kind: 'seksi', retired: false },
    { id: 'seksi2', officeId: 'o', parentId: 'bidang', name: 'Seksi 2', kind: 'seksi', retired: false },
  ];
  const all = bulkCandidates({ employees: people, chain, skps: [], leaderId: 'kabid', actor: hr });

  it('keeps a unit with its sub-units, by position, by name or NIP, sorted by name', () => {
    expect(ids(filterCandidates(all, units, { ...noCandidateFilter, unitId: 'seksi' }, collator))).toEqual(['a', 'kasi', 'b']);
    expect(ids(filterCandidates(all, units, { ...noCandidateFilter, unitId: 'seksi', positionId: 'pengadministrasi' }, collator))).toEqual(['a']);
    expect(ids(filterCandidates(all, units, { ...noCandidateFilter, positionId: 'pengadministrasi' }, collator))).toEqual(['a', 'd']);
    expect(ids(filterCandidates(all, units, { ...noCandidateFilter, search: 'yoh' }, collator))).toEqual(['b']);
  });
});

describe('toggleAllShown', () => {
  it('adds the shown people who are open to changes, and takes them out once all are in', () => {
    const shown = bulkCandidates({ employees: people, chain, skps: [skp('a2', 'a', 'Agnes Lobo', 'approved')], leaderId: 'kabid', actor: hr }).filter((c) => ['a', 'b', 'kasi'].includes(c.employee.id));
    const once = toggleAllShown(new Set(['d']), shown);
    expect([...once].sort()).toEqual(['b', 'd', 'kasi']);
    expect([...toggleAllShown(once, shown)]).toEqual(['d']);
  });
});
