import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/auditChain';
import { expandRecords } from './describeAudit';

const entry: AuditEntry = {
  seq: 9, deviceId: 'd', at: '2026-03-01T08:00:00.000Z', actorId: 'u', actorName: 'Maria Ndapa', action: 'employee.import', entity: 'employees', entityId: null, changes: [],
  records: [
    { entityId: 'e1', created: { nip: '199001012015011001', name: 'Yohana Rambu' } },
    { entityId: 'e2', changes: [{ field: 'golongan', from: 'III/a', to: 'III/b' }] },
  ],
  details: { count: 2 }, prevHash: '0'.repeat(64), hash: 'x',
};

describe('expandRecords', () => {
  it('turns a bulk entry into one entry per record, created values as field changes', () => {
    const [created, changed] = expandRecords(entry);
    expect(created).toMatchObject({ seq: 9, entityId: 'e1', changes: [{ field: 'name', to: 'Yohana Rambu' }, { field: 'nip', to: '199001012015011001' }] });
    expect(changed).toMatchObject({ seq: 9, entityId: 'e2', changes: [{ field: 'golongan', from: 'III/a', to: 'III/b' }] });
  });

  it('leaves an ordinary entry as it is', () => {
    const single = { ...entry, records: undefined, entityId: 'e1', changes: [{ field: 'name', to: 'A' }] };
    expect(expandRecords(single)).toEqual([single]);
  });
});
