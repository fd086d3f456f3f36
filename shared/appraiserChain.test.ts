import { describe, expect, it } from 'vitest';
import { deriveAppraiserChain, subordinatesOf, type ChainEntry } from './appraiserChain';
import type { Employee, Position } from './people';

/**
 * Dinas Pendidikan, drawn as positions (→ reports to):
 *
 *   Kepala Dinas (JPT Pratama)
 *   ├─ Sekretaris (administrator) ── Analis Kepegawaian Ahli Muda (fungsional)
 *   ├─ Kabid SD (administrator) ── Kasi Kurikulum (pengawas) ── Pengadministrasi (pelaksana)
 *   └─ Kabid SMP (administrator)
 */
const OFFICE = 'disdik';

const pos = (id: string, jenisJabatan: Position['jenisJabatan'], reportsToId: string | null, extra: Partial<Position> = {}): Position => ({
  id,
  officeId: OFFICE,
  name: id,
  jenisJabatan,
  kategori: null,
  jenjang: null,
  unitId: null,
  reportsToId,
  retired: false,
  ...extra,
});

const emp = (id: string, positionId: string | null, extra: Partial<Employee> = {}): Employee => ({
  id,
  officeId: OFFICE,
  nip: id,
  asnType: 'pns',
  name: id,
  gelarDepan: '',
  gelarBelakang: '',
  golongan: null,
  positionId,
  unitId: null,
  status: 'active',
  tmtJabatan: null,
  appraiserOverride: null,
  ...extra,
});

const positions = (): Position[] => [
  pos('kadis', 'jpt_pratama', null),
  pos('sekdis', 'administrator', 'kadis'),
  pos('kabidSd', 'administrator', 'kadis'),
  pos('kabidSmp', 'administrator', 'kadis'),
  pos('kasiKur', 'pengawas', 'kabidSd'),
  pos('staf', 'pelaksana', 'kasiKur'),
  pos('analis', 'fungsional', 'sekdis', { kategori: 'keahlian', jenjang: 'ahli_muda' }),
];

const people = (): Employee[] => [
  emp('Hendra', 'kadis'),
  emp('Sri', 'sekdis'),
  emp('Bambang', 'kabidSd'),
  emp('Yohanes', 'kabidSmp'),
  emp('Maria', 'kasiKur'),
  emp('Rudi', 'staf'),
  emp('Ayu', 'analis'),
];

/** id → [appraiser, atasan appraiser, source, problems] for compact expectations. */
function summary(chain: Map<string, ChainEntry>): Record<string, [string | null, string | null, ChainEntry['source'], string[]]> {
  return Object.fromEntries([...chain.values()].map((e) => [e.employeeId, [e.appraiserId, e.atasanAppraiserId, e.source, e.problems]]));
}

describe('deriveAppraiserChain on a complete Dinas', () => {
  it('gives everyone their superior position holder, and that person’s appraiser as atasan', () => {
    expect(summary(deriveAppraiserChain(people(), positions(), OFFICE))).toEqual({
      Hendra: [null, null, 'outsideOffice', []],
      Sri: ['Hendra', null, 'position', []],
      Bambang: ['Hendra', null, 'position', []],
      Yohanes: ['Hendra', null, 'position', []],
      Maria: ['Bambang', 'Hendra', 'position', []],
      Rudi: ['Maria', 'Bambang', 'position', []],
      Ayu: ['Sri', 'Hendra', 'position', []],
    });
  });

  it('lists only active employees of the office', () => {
    const staff = [...people(), emp('Pensiunan', 'staf', { status: 'retired' }), emp('Tamu', 'staf', { officeId: 'dinkes' })];
    const chain = deriveAppraiserChain(staff, positions(), OFFICE);
    expect(chain.has('Pensiunan')).toBe(false);
    expect(chain.has('Tamu')).toBe(false);
    expect(chain.size).toBe(7);
  });

  it('answers who a person appraises', () => {
    const chain = deriveAppraiserChain(people(), positions(), OFFICE);
    expect(subordinatesOf(chain, 'Hendra')).toEqual(['Sri', 'Bambang', 'Yohanes']);
    expect(subordinatesOf(chain, 'Maria')).toEqual(['Rudi']);
    expect(subordinatesOf(chain, 'Rudi')).toEqual([]);
  });
});

describe('problems, one worked example each', () => {
  const entry = (staff: Employee[], pos = positions()) => (id: string) => deriveAppraiserChain(staff, pos, OFFICE).get(id);

  it('noPosition: someone without a position (or with one that does not exist)', () => {
    const get = entry([...people(), emp('Baru', null), emp('Hilang', 'dihapus')]);
    expect(get('Baru')).toMatchObject({ appraiserId: null, source: 'none', problems: ['noPosition'] });
    expect(get('Hilang')).toMatchObject({ problems: ['noPosition'] });
  });

  it('noSuperior: a non-JPT position that reports to nothing', () => {
    const get = entry(people(), positions().map((p) => (p.id === 'kabidSmp' ? { ...p, reportsToId: null } : p)));
    expect(get('Yohanes')).toMatchObject({ appraiserId: null, source: 'none', problems: ['noSuperior'] });
  });

  it('the head of the office (JPT without superior) is appraised outside the office, not a problem', () => {
    expect(entry(people())('Hendra')).toMatchObject({ appraiserId: null, atasanAppraiserId: null, source: 'outsideOffice', problems: [] });
  });

  it('vacantSuperior: the Kasi retired, so Rudi’s superior position has no active holder', () => {
    const staff = people().map((e) => (e.id === 'Maria' ? { ...e, status: 'retired' as const } : e));
    expect(entry(staff)('Rudi')).toMatchObject({ appraiserId: null, source: 'position', problems: ['vacantSuperior'], vacantPositionId: 'kasiKur' });
  });

  it('ambiguousSuperior: two active people hold the Kasi position', () => {
    expect(entry([...people(), emp('Maria2', 'kasiKur')])('Rudi')).toMatchObject({ appraiserId: null, problems: ['ambiguousSuperior'] });
  });

  it('belowPengawas: a pelaksana appraises without a written delegation; with one it is fine', () => {
    const undelegated = emp('Magang', 'staf', { appraiserOverride: { appraiserId: 'Rudi', reason: 'sementara', delegated: false } });
    const delegated = emp('Magang2', 'staf', { appraiserOverride: { appraiserId: 'Rudi', reason: 'SK delegasi', delegated: true } });
    const get = entry([...people(), undelegated, delegated]);
    expect(get('Magang')).toMatchObject({ appraiserId: 'Rudi', source: 'override', problems: ['belowPengawas'] });
    expect(get('Magang2')).toMatchObject({ appraiserId: 'Rudi', source: 'override', problems: [] });
  });

  it('belowPengawas also through positions: staff under a fungsional', () => {
    const chart = [...positions(), pos('pembantu', 'pelaksana', 'analis')];
    expect(entry([...people(), emp('Dewi', 'pembantu')], chart)('Dewi')).toMatchObject({ appraiserId: 'Ayu', problems: ['belowPengawas'] });
  });

  it('appraiserInactive: an override names someone who has moved', () => {
    const staff = [...people(), emp('Lama', 'kabidSmp', { status: 'moved' })].map((e) =>
      e.id === 'Rudi' ? { ...e, appraiserOverride: { appraiserId: 'Lama', reason: 'x', delegated: false } } : e,
    );
    expect(entry(staff)('Rudi')).toMatchObject({ appraiserId: 'Lama', problems: ['appraiserInactive'] });
  });

  it('appraiserOtherOffice: the appraiser belongs to another office; atasan is then unknown', () => {
    const staff = [...people(), emp('Tamu', 'kabidSmp', { officeId: 'dinkes' })].map((e) =>
      e.id === 'Rudi' ? { ...e, appraiserOverride: { appraiserId: 'Tamu', reason: 'x', delegated: false } } : e,
    );
    expect(entry(staff)('Rudi')).toMatchObject({ appraiserId: 'Tamu', atasanAppraiserId: null, problems: ['appraiserOtherOffice'] });
  });

  it('overrideAppraiserMissing: the override names nobody the app knows', () => {
    const staff = people().map((e) => (e.id === 'Rudi' ? { ...e, appraiserOverride: { appraiserId: 'hantu', reason: 'x', delegated: false } } : e));
    expect(entry(staff)('Rudi')).toMatchObject({ appraiserId: null, source: 'override', problems: ['overrideAppraiserMissing'] });
  });
});

describe('override precedence', () => {
  it('an override wins over the position, even when the position gives someone', () => {
    const staff = people().map((e) => (e.id === 'Rudi' ? { ...e, appraiserOverride: { appraiserId: 'Bambang', reason: 'Kasi cuti', delegated: false } } : e));
    const chain = deriveAppraiserChain(staff, positions(), OFFICE);
    expect(chain.get('Rudi')).toMatchObject({ appraiserId: 'Bambang', atasanAppraiserId: 'Hendra', source: 'override', problems: [] });
    expect(subordinatesOf(chain, 'Maria')).toEqual([]);
  });

  it('an override fills in for a vacant superior position', () => {
    const staff = people()
      .filter((e) => e.id !== 'Maria')
      .map((e) => (e.id === 'Rudi' ? { ...e, appraiserOverride: { appraiserId: 'Bambang', reason: 'Kasi kosong', delegated: false } } : e));
    expect(deriveAppraiserChain(staff, positions(), OFFICE).get('Rudi')).toMatchObject({ appraiserId: 'Bambang', problems: [] });
  });
});

describe('cycles', () => {
  const override = (appraiserId: string) => ({ appraiserOverride: { appraiserId, reason: 'x', delegated: false } });

  it('flags both people of a 2-cycle, and not the person who only leads into it', () => {
    const staff = people().map((e) => (e.id === 'Sri' ? { ...e, ...override('Bambang') } : e.id === 'Bambang' ? { ...e, ...override('Sri') } : e));
    const chain = deriveAppraiserChain(staff, positions(), OFFICE);
    expect(chain.get('Sri')?.problems).toEqual(['cycle']);
    expect(chain.get('Bambang')?.problems).toEqual(['cycle']);
    expect(chain.get('Maria')).toMatchObject({ appraiserId: 'Bambang', atasanAppraiserId: 'Sri', problems: [] });
  });

  it('flags every member of a 3-cycle made by positions', () => {
    const chart = [...positions(), pos('a', 'administrator', 'c'), pos('b', 'administrator', 'a'), pos('c', 'administrator', 'b')];
    const chain = deriveAppraiserChain([...people(), emp('A', 'a'), emp('B', 'b'), emp('C', 'c')], chart, OFFICE);
    expect(['A', 'B', 'C'].map((id) => chain.get(id)?.problems)).toEqual([['cycle'], ['cycle'], ['cycle']]);
    expect(chain.get('A')).toMatchObject({ appraiserId: 'C', atasanAppraiserId: 'B' });
  });

  it('flags someone who appraises themself', () => {
    const staff = people().map((e) => (e.id === 'Rudi' ? { ...e, ...override('Rudi') } : e));
    expect(deriveAppraiserChain(staff, positions(), OFFICE).get('Rudi')?.problems).toEqual(['belowPengawas', 'cycle']);
  });
});

describe('size', () => {
  it('derives 15,000 employees in one linear pass', () => {
    // A deep chain (each position reports to the previous one) would be quadratic if cycle
    // detection re-walked paths; it must stay a single pass.
    const chart: Position[] = [pos('p0', 'jpt_pratama', null)];
    const staff: Employee[] = [emp('e0', 'p0')];
    for (let i = 1; i < 15_000; i += 1) {
      chart.push(pos(`p${i}`, 'administrator', `p${i - 1}`));
      staff.push(emp(`e${i}`, `p${i}`));
    }
    const chain = deriveAppraiserChain(staff, chart, OFFICE);
    expect(chain.size).toBe(15_000);
    expect(chain.get('e14999')).toMatchObject({ appraiserId: 'e14998', atasanAppraiserId: 'e14997', problems: [] });
  });
});
