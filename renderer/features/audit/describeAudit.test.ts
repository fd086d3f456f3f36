import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/auditChain';
import { describeChange, expandRecords } from './describeAudit';

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

describe('nested values (an SKP\'s RHK, a year\'s rules)', () => {
  const t = ((key: string, options?: { defaultValue?: string }) => options?.defaultValue ?? key) as never;
  const rules = { rhythm: 'monthly', deadlineDays: 5, note: 'x'.repeat(200) };
  it('are shown as JSON, cut short on screen and whole in the CSV', () => {
    const onScreen = describeChange(t, { field: 'rules', to: rules }, String);
    expect(onScreen.startsWith('rules: {"rhythm":"monthly","deadlineDays":5')).toBe(true);
    expect(onScreen.endsWith('…')).toBe(true);
    expect(describeChange(t, { field: 'rules', to: rules }, String, false)).toBe(`rules: ${JSON.stringify(rules)}`);
    expect(describeChange(t, { field: 'rhk', to: [{ id: 'r1', text: 'Tersusunnya laporan' }] }, String)).toBe('rhk: [{"id":"r1","text":"Tersusunnya laporan"}]');
  });
});
