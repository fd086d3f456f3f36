import { describe, expect, it } from 'vitest';
import { signIn } from './accounts';
import { verifyAudit } from './audit';
import { ADMIN_NIP, ADMIN_PASSWORD, setUpTestOffice, testRepo } from './testRepo';

async function officeWithHistory() {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  await signIn(repo, ADMIN_NIP, 'salah-sekali').catch(() => undefined);
  await signIn(repo, ADMIN_NIP, ADMIN_PASSWORD);
  return { repo, admin };
}

describe('the audit trail', () => {
  it('verifies as intact after normal use', async () => {
    const { repo, admin } = await officeWithHistory();
    const count = await repo.db.audit.count();
    expect(count).toBeGreaterThan(5);
    expect(await verifyAudit(repo, admin)).toEqual({ ok: true, count });
  });

  it('detects an entry whose content was edited', async () => {
    const { repo, admin } = await officeWithHistory();
    await repo.db.audit.update(3, { actorName: 'Orang Lain' });
    expect(await verifyAudit(repo, admin)).toMatchObject({ ok: false, seq: 3, reason: 'hashMismatch' });
  });

  it('detects an entry edited together with its own hash', async () => {
    const { repo, admin } = await officeWithHistory();
    const { auditHash } = await import('../../shared/auditChain');
    const entry = (await repo.db.audit.get(2))!;
    const { hash: _old, ...content } = { ...entry, action: 'disamarkan' };
    await repo.db.audit.put({ ...content, hash: auditHash(content) });
    expect(await verifyAudit(repo, admin)).toMatchObject({ ok: false, seq: 3, reason: 'brokenLink' });
  });

  it('detects an entry removed from the middle', async () => {
    const { repo, admin } = await officeWithHistory();
    await repo.db.audit.delete(4);
    expect(await verifyAudit(repo, admin)).toMatchObject({ ok: false, seq: 4, reason: 'gap' });
  });

  it('detects entries cut off the end', async () => {
    const { repo, admin } = await officeWithHistory();
    const last = (await repo.db.audit.orderBy('seq').last())!;
    await repo.db.audit.delete(last.seq);
    expect(await verifyAudit(repo, admin)).toMatchObject({ ok: false, reason: 'tailMissing' });
  });
});
