import { describe, expect, it } from 'vitest';
import { setUpTestOffice, snapshot, testRepo } from '../testRepo';
import { moveUnit, renameUnit, retirePosition, retireUnit, savePosition } from './organisation';
import { smallDinas } from './peopleTesting';

describe('the unit tree', () => {
  it('renames and moves a unit, and refuses to move it under its own sub-unit', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const { root, bidang, seksi } = await smallDinas(repo, admin);
    await renameUnit(repo, admin, bidang.id, 'Bidang Mutasi dan Promosi');
    expect((await repo.db.units.get(bidang.id))?.name).toBe('Bidang Mutasi dan Promosi');
    await expect(moveUnit(repo, admin, bidang.id, seksi.id)).rejects.toMatchObject({ code: 'unit.moveIntoItself' });
    await expect(moveUnit(repo, admin, root.id, bidang.id)).rejects.toMatchObject({ code: 'unit.cannotMoveRoot' });
    await moveUnit(repo, admin, seksi.id, root.id);
    expect((await repo.db.units.get(seksi.id))?.parentId).toBe(root.id);
  });

  it('retires only an empty unit, and says what is still in it', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const { seksi } = await smallDinas(repo, admin);
    await expect(retireUnit(repo, admin, seksi.id)).rejects.toMatchObject({ code: 'unit.notEmpty', params: { people: 3, children: 0, positions: 2 } });
  });
});

describe('positions', () => {
  it('refuses a superior position that would make a loop', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const { positions } = await smallDinas(repo, admin);
    const before = await snapshot(repo);
    const { id: _i, rev: _r, baseRev: _b, officeId: _o, retired: _x, ...kadis } = positions.kadis;
    await expect(savePosition(repo, admin, positions.kadis.id, { ...kadis, reportsToId: positions.staf.id })).rejects.toMatchObject({ code: 'position.reportingCycle', field: 'reportsToId' });
    await expect(savePosition(repo, admin, positions.kadis.id, { ...kadis, reportsToId: positions.kadis.id })).rejects.toMatchObject({ code: 'position.reportingCycle' });
    expect(await snapshot(repo)).toBe(before);
  });

  it('needs kategori and a matching jenjang for a jabatan fungsional, and nothing of them otherwise', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const base = { name: 'Analis SDM Aparatur', jenisJabatan: 'fungsional' as const, kategori: 'keahlian' as const, jenjang: 'terampil', unitId: null, reportsToId: null };
    await expect(savePosition(repo, admin, null, base)).rejects.toMatchObject({ code: 'position.jenjangMismatch', field: 'jenjang' });
    await expect(savePosition(repo, admin, null, { ...base, jenisJabatan: 'pelaksana' })).rejects.toMatchObject({ code: 'position.kategoriOnlyFungsional' });
    await expect(savePosition(repo, admin, null, { ...base, jenjang: 'ahli_muda' })).resolves.toMatchObject({ jenjang: 'ahli_muda', kategori: 'keahlian' });
  });

  it('retires a position only when nobody active holds it', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const { positions } = await smallDinas(repo, admin);
    await expect(retirePosition(repo, admin, positions.staf.id)).rejects.toMatchObject({ code: 'position.hasHolders', params: { count: 2 } });
  });
});
