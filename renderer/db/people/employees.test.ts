import { describe, expect, it } from 'vitest';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { clearAppraiserOverride, saveEmployee, setAppraiserOverride, visibleEmployees } from './employees';
import { retireUnit } from './organisation';
import { accountFor, smallDinas } from './peopleTesting';

describe('who sees whom', () => {
  it('gives HR and the head of office everyone', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const dinas = await smallDinas(repo, admin);
    expect((await visibleEmployees(repo, admin)).employees).toHaveLength(5);
    const head = await accountFor(repo, admin, dinas.people.head.nip, ['pimpinan']);
    expect(await visibleEmployees(repo, head)).toMatchObject({ scope: 'all', own: { id: dinas.people.head.id } });
  });

  it('gives a Pejabat Penilai the people they appraise, and themselves', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const dinas = await smallDinas(repo, admin);
    const kasi = await accountFor(repo, admin, dinas.people.kasiPerson.nip, ['pejabat_penilai', 'pegawai']);
    const visible = await visibleEmployees(repo, kasi);
    expect(visible.scope).toBe('subordinates');
    expect(visible.employees.map((e) => e.name).sort()).toEqual(['Agnes Lobo', 'Petrus Djara', 'Yohana Ndapa']);
  });

  it('gives a Pegawai only their own record', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const dinas = await smallDinas(repo, admin);
    const staff = await accountFor(repo, admin, dinas.people.staff1.nip, ['pegawai']);
    expect(await visibleEmployees(repo, staff)).toMatchObject({ scope: 'self', employees: [{ name: 'Agnes Lobo' }] });
  });

  it('gives nothing to an account whose NIP is not an employee', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await smallDinas(repo, admin);
    const stranger = await accountFor(repo, admin, '198811302012121005', ['pejabat_penilai']);
    expect(await visibleEmployees(repo, stranger)).toEqual({ scope: 'self', employees: [], own: null });
  });
});

describe('editing people', () => {
  it('refuses bad fields, naming them, and writes nothing', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const dinas = await smallDinas(repo, admin);
    const before = await snapshot(repo);
    const base = { asnType: 'pns' as const, nip: '198811302012121005', name: 'Stefanus Hamu', gelarDepan: '', gelarBelakang: '', golongan: 'III/a', positionId: null, unitId: null, status: 'active' as const, tmtJabatan: null };
    await expect(saveEmployee(repo, admin, null, { ...base, nip: '19881130201212100' })).rejects.toMatchObject({ code: 'nip.notEighteenDigits', field: 'nip' });
    await expect(saveEmployee(repo, admin, null, { ...base, asnType: 'pppk', nip: '199801012023212001' })).rejects.toMatchObject({ code: 'employee.golonganInvalid', field: 'golongan' });
    await expect(saveEmployee(repo, admin, null, { ...base, tmtJabatan: '2024-02-30' })).rejects.toMatchObject({ code: 'field.invalidDate', field: 'tmtJabatan' });
    await expect(saveEmployee(repo, admin, null, { ...base, nip: dinas.people.head.nip })).rejects.toMatchObject({ code: 'employee.nipTaken', params: { name: 'Umbu Lapu' } });
    expect(await snapshot(repo)).toBe(before);
  });

  it('will not place anyone in a retired unit', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const dinas = await smallDinas(repo, admin);
    const { createUnit } = await import('./organisation');
    const empty = await createUnit(repo, admin, { name: 'Seksi Lama', kind: 'seksi', parentId: dinas.bidang.id });
    await retireUnit(repo, admin, empty.id);
    const { id: _id, rev: _r, baseRev: _b, officeId: _o, appraiserOverride: _a, ...staff } = dinas.people.staff1;
    await expect(saveEmployee(repo, admin, dinas.people.staff1.id, { ...staff, unitId: empty.id })).rejects.toMatchObject({ code: 'unit.retiredChosen', field: 'unitId' });
  });
});

describe('appraiser overrides', () => {
  it('sets one appraiser and reason for many people in one step, and takes it back', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const { people } = await smallDinas(repo, admin);
    const written = await setAppraiserOverride(repo, admin, [people.staff1.id, people.staff2.id], { appraiserId: people.kabidPerson.id, reason: 'Plt. Kasi, SP nomor 800/12', delegated: false });
    expect(written).toBe(2);
    expect((await repo.db.employees.get(people.staff2.id))?.appraiserOverride).toEqual({ appraiserId: people.kabidPerson.id, reason: 'Plt. Kasi, SP nomor 800/12', delegated: false });
    const [audit, ...more] = await repo.db.audit.where('action').equals('employee.setAppraiser').toArray();
    expect(more).toEqual([]);
    expect(audit?.records?.map((r) => r.entityId).sort()).toEqual([people.staff1.id, people.staff2.id].sort());
    await clearAppraiserOverride(repo, admin, [people.staff1.id]);
    expect((await repo.db.employees.get(people.staff1.id))?.appraiserOverride).toBeNull();
  });

  it('refuses an appraiser who is one of the people, without a reason, or inactive', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const { people } = await smallDinas(repo, admin);
    const before = await snapshot(repo);
    await expect(setAppraiserOverride(repo, admin, [people.staff1.id], { appraiserId: people.staff1.id, reason: 'x', delegated: false })).rejects.toMatchObject({ code: 'employee.ownAppraiser' });
    await expect(setAppraiserOverride(repo, admin, [people.staff1.id], { appraiserId: people.kasiPerson.id, reason: '  ', delegated: false })).rejects.toMatchObject({ code: 'field.required', field: 'reason' });
    await expect(setAppraiserOverride(repo, admin, [], { appraiserId: people.kasiPerson.id, reason: 'x', delegated: false })).rejects.toMatchObject({ code: 'employee.noneSelected' });
    expect(await snapshot(repo)).toBe(before);
  });
});
