import { GENESIS_HASH, verifyAuditEntries, type AuditVerification } from '../../shared/auditChain';
import { requireUser, type Repo, type Session } from './repository';
import type { AuditEntry } from './records';

export async function listAudit(repo: Repo, session: Session, limit = 200): Promise<AuditEntry[]> {
  await requireUser(repo.db, session, 'audit.read');
  return repo.db.audit.orderBy('seq').reverse().limit(limit).toArray();
}

export async function allAudit(repo: Repo, session: Session): Promise<AuditEntry[]> {
  await requireUser(repo.db, session, 'audit.read');
  return repo.db.audit.orderBy('seq').toArray();
}

/** Re-computes the whole chain; any edited, removed or reordered entry is found. */
export async function verifyAudit(repo: Repo, session: Session): Promise<AuditVerification> {
  await requireUser(repo.db, session, 'audit.read');
  return repo.db.transaction('r', repo.db.audit, repo.db.device, async () => {
    const device = await repo.db.device.get('this');
    const entries = await repo.db.audit.orderBy('seq').toArray();
    return verifyAuditEntries(entries, device?.lastAuditHash ?? GENESIS_HASH);
  });
}

/** Changes still waiting to be uploaded to the hub (pages hold many). */
export async function pendingChangeCount(repo: Repo): Promise<number> {
  let count = 0;
  await repo.db.outbox.each((page) => (count += page.lastSeq - page.seq + 1));
  return count;
}
