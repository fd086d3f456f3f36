import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { newId, write } from './repository';
import { setUpTestOffice, snapshot, testRepo } from './testRepo';

describe('the repository write path', () => {
  it('writes the record, an outbox entry and an audit entry together', async () => {
    const repo = testRepo();
    const session = await setUpTestOffice(repo);
    const before = { outbox: (await repo.db.outbox.orderBy('seq').last())!.lastSeq, audit: await repo.db.audit.count() };

    const unitId = newId();
    await write(repo, 'unit.create', async (tx) => {
      await tx.requireActor(session);
      await tx.put('units', { id: unitId, officeId: session.officeId, parentId: null, name: 'Bidang Mutasi', kind: 'bidang', retired: false });
    });

    expect(await repo.db.units.get(unitId)).toMatchObject({ name: 'Bidang Mutasi', rev: 1, baseRev: 0 });
    const outbox = (await repo.db.outbox.orderBy('seq').last())?.changes[0];
    expect(outbox).toMatchObject({ entity: 'units', id: unitId, rev: 1, baseRev: 0, op: 'put', seq: before.outbox + 1 });
    expect(outbox?.fields).toMatchObject({ name: 'Bidang Mutasi', kind: 'bidang', retired: false });
    const audit = await repo.db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({ action: 'unit.create', entity: 'units', entityId: unitId, actorName: 'Maria Ndapa', seq: before.audit + 1 });
    expect(audit?.changes).toContainEqual({ field: 'name', to: 'Bidang Mutasi' });
  });

  it('records an edit as a new revision with only the changed fields, from and to', async () => {
    const repo = testRepo();
    const session = await setUpTestOffice(repo);
    const unit = (await repo.db.units.toArray())[0]!;
    await write(repo, 'unit.rename', async (tx) => {
      await tx.requireActor(session);
      await tx.put('units', { ...unit, name: 'BKPSDM Sumba Timur' });
    });
    const outbox = (await repo.db.outbox.orderBy('seq').last())?.changes[0];
    expect(outbox).toMatchObject({ rev: 2, baseRev: 0, fields: { name: 'BKPSDM Sumba Timur' } });
    const audit = await repo.db.audit.orderBy('seq').last();
    expect(audit?.changes).toEqual([{ field: 'name', from: unit.name, to: 'BKPSDM Sumba Timur' }]);
  });

  it('writes nothing at all for a save that changes nothing', async () => {
    const repo = testRepo();
    const session = await setUpTestOffice(repo);
    const unit = (await repo.db.units.toArray())[0]!;
    const before = await snapshot(repo);
    await write(repo, 'unit.rename', async (tx) => {
      await tx.requireActor(session);
      const { rev: _rev, baseRev: _baseRev, ...same } = unit;
      await tx.put('units', same);
    });
    expect(await snapshot(repo)).toBe(before);
  });

  it('keeps nothing of a write that fails halfway, and the outbox sequence stays gap-free', async () => {
    const repo = testRepo();
    const session = await setUpTestOffice(repo);
    const before = await snapshot(repo);
    await expect(
      write(repo, 'unit.create', async (tx) => {
        await tx.requireActor(session);
        await tx.put('units', { id: newId(), officeId: session.officeId, parentId: null, name: 'Setengah jalan', kind: 'bidang', retired: false });
        throw new AppError('field.invalid');
      }),
    ).rejects.toMatchObject({ code: 'field.invalid' });
    expect(await snapshot(repo)).toBe(before);

    const lastSeq = (await repo.db.outbox.orderBy('seq').last())!.lastSeq;
    await write(repo, 'unit.create', async (tx) => {
      await tx.requireActor(session);
      await tx.put('units', { id: newId(), officeId: session.officeId, parentId: null, name: 'Berikutnya', kind: 'bidang', retired: false });
    });
    const seqs = (await repo.db.outbox.orderBy('seq').toArray()).flatMap((page) => page.changes.map((c) => c.seq));
    expect(seqs.at(-1)).toBe(lastSeq + 1);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('never puts a password hash into the audit trail', async () => {
    const repo = testRepo();
    await setUpTestOffice(repo);
    const credential = (await repo.db.credentials.toArray())[0]!;
    const audit = await repo.db.audit.where('entityId').equals(credential.id).toArray();
    const entry = audit.find((a) => a.entity === 'credentials')!;
    expect(entry.changes).toContainEqual({ field: 'hash', redacted: true });
    expect(JSON.stringify(await repo.db.audit.toArray())).not.toContain(credential.hash);
  });

  it('asks for strict durability, so a save the user saw succeed is on disk', () => {
    const repo = testRepo();
    expect((repo.db as unknown as { _options: { chromeTransactionDurability: string } })._options.chromeTransactionDurability).toBe('strict');
  });
});

describe('a full disk', () => {
  const quotaError = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
  const abortWrappingQuota = () => Object.assign(new Error('aborted'), { name: 'AbortError', inner: quotaError() });

  it.each([
    ['QuotaExceededError', quotaError],
    ['AbortError wrapping QuotaExceededError', abortWrappingQuota],
  ])('turns %s into a clear storage.full error and keeps what was saved before', async (_label, makeError) => {
    const repo = testRepo();
    const session = await setUpTestOffice(repo);
    const before = await snapshot(repo);
    const spy = vi.spyOn(repo.db.audit, 'add').mockRejectedValueOnce(makeError());
    await expect(
      write(repo, 'unit.create', async (tx) => {
        await tx.requireActor(session);
        await tx.put('units', { id: newId(), officeId: session.officeId, parentId: null, name: 'Tidak muat', kind: 'bidang', retired: false });
      }),
    ).rejects.toMatchObject({ code: 'storage.full' });
    spy.mockRestore();
    expect(await snapshot(repo)).toBe(before);
  });
});
