import { describe, expect, it } from 'vitest';
import type { EmployeeRecord, SkpRecord, UnitRecord } from '../../db/records';
import { currentSkps, skpProgress } from './skpProgress';

const unit = (id: string, parentId: string | null, name: string) => ({ id, parentId, name }) as UnitRecord;
const person = (id: string, unitId: string | null, status: EmployeeRecord['status'] = 'active') => ({ id, unitId, status }) as EmployeeRecord;
const skp = (employeeId: string, status: SkpRecord['status'], version = 1) => ({ id: `${employeeId}-${version}`, employeeId, status, version }) as SkpRecord;

describe('SKP progress per unit', () => {
  const units = [unit('opd', null, 'Dinas'), unit('b2', 'opd', 'Bidang B'), unit('b1', 'opd', 'Bidang A'), unit('s1', 'b1', 'Seksi A1')];

  it('counts each active person once, by their current SKP, with people without one as "none"', () => {
    const people = [person('p1', 's1'), person('p2', 's1'), person('p3', 's1'), person('p4', 'b2'), person('gone', 's1', 'retired')];
    const skps = [skp('p1', 'approved'), skp('p2', 'closed', 1), skp('p2', 'draft', 2), skp('p4', 'submitted'), skp('gone', 'draft')];
    const { rows, total } = skpProgress(people, skps, units);
    expect(rows.map((r) => r.unitName)).toEqual(['Seksi A1', 'Bidang B']);
    expect(rows[0]).toMatchObject({ people: 3, counts: { approved: 1, draft: 1, none: 1, submitted: 0, returned: 0 } });
    expect(total).toMatchObject({ people: 4, counts: { approved: 1, draft: 1, none: 1, submitted: 1, returned: 0 } });
  });

  it('orders units as the tree: a bidang before its seksi, siblings by name', () => {
    const people = [person('a', 'b2'), person('b', 's1'), person('c', 'b1'), person('d', null)];
    expect(skpProgress(people, [], units).rows.map((r) => r.unitId)).toEqual(['b1', 's1', 'b2', null]);
  });

  it("takes a mutasi's new version as the current SKP, never the closed one", () => {
    expect(currentSkps([skp('p', 'closed', 1), skp('p', 'returned', 2)]).get('p')?.status).toBe('returned');
    expect(currentSkps([skp('p', 'closed', 1)]).has('p')).toBe(false);
  });
});
