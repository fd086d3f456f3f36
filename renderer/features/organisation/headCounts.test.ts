import { describe, expect, it } from 'vitest';
import type { Employee, Unit } from '../../../shared/people';
import { headCounts } from './headCounts';

const unit = (id: string, parentId: string | null): Unit => ({ id, officeId: 'o', parentId, name: id, kind: 'bidang', retired: false });
const person = (id: string, unitId: string, status: Employee['status'] = 'active'): Employee => ({
  id, officeId: 'o', nip: id.padStart(18, '0'), asnType: 'pns', name: id, gelarDepan: '', gelarBelakang: '', golongan: null, positionId: null, unitId, status, tmtJabatan: null, appraiserOverride: null,
});

describe('headCounts', () => {
  it('counts active people directly in a unit and in its whole subtree', () => {
    const units = [unit('opd', null), unit('bidang', 'opd'), unit('seksi', 'bidang')];
    const people = [person('a', 'opd'), person('b', 'bidang'), person('c', 'seksi'), person('d', 'seksi'), person('e', 'seksi', 'retired')];
    const counts = headCounts(units, people);
    expect(counts.get('seksi')).toEqual({ direct: 2, total: 2 });
    expect(counts.get('bidang')).toEqual({ direct: 1, total: 3 });
    expect(counts.get('opd')).toEqual({ direct: 1, total: 4 });
  });
});
