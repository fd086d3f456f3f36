import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { checkEvidenceFile, checkEvidenceLink } from '../../../shared/monitoring/evidence';
import { parseOrThrow } from '../../../shared/validation';
import { newId, requireUser, write, type Repo, type Session } from '../repository';
import type { EvidenceRecord } from '../records';
import { mayRead, planningContext } from '../skp/planningContext';
import { entryTarget, findIki, requireOpen, requireOwnOrHr } from './monitoringContext';
import { monitoringYearOf } from './monitoringYears';

const Where = z.object({ skpId: z.string().min(1), ikiId: z.string().min(1), periodKey: z.string().min(1) });
type Where = z.infer<typeof Where>;

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function listEvidence(repo: Repo, session: Session, skpId: string): Promise<EvidenceRecord[]> {
  const user = await requireUser(repo.db, session);
  const skp = await repo.db.skps.get(skpId);
  if (!skp || skp.officeId !== session.officeId) throw new AppError('skp.notFound');
  if (!mayRead(await planningContext(repo.db, user), skp)) throw new AppError('auth.forbidden');
  return (await repo.db.evidence.where('skpId').equals(skpId).toArray()).filter((e) => !e.removed);
}

/**
 * A file as bukti dukung: checked (size cap, allowed type, content matching its name, no
 * programs), hashed, and stored on this PC with its record, in one transaction. The hash is
 * taken before the transaction: awaiting WebCrypto inside it would let IndexedDB commit early.
 */
export async function addEvidenceFile(repo: Repo, session: Session, where: Where, file: { name: string; bytes: Uint8Array }): Promise<EvidenceRecord> {
  const at = parseOrThrow(Where, where);
  const year = await monitoringYearOf(repo.db, session.officeId, Number(at.periodKey.slice(0, 4)));
  const checked = checkEvidenceFile(file.name, file.bytes, year.rules.evidenceMaxMb);
  if (!checked.ok) throw AppError.fromData(checked.error);
  const sha256 = await sha256Hex(file.bytes);
  return write(repo, 'evidence.add', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const target = await entryTarget(tx, ctx, at.skpId, at.periodKey);
    requireOwnOrHr(ctx, target.skp);
    requireOpen(target);
    findIki(target.skp, at.ikiId);
    if (file.bytes.length > target.year.rules.evidenceMaxMb * 1024 * 1024) throw new AppError('monitoring.evidenceTooLarge', { name: file.name, maxMb: target.year.rules.evidenceMaxMb });
    await tx.db.evidenceBlobs.put({ sha256, bytes: file.bytes.slice().buffer });
    return tx.put('evidence', {
      id: newId(),
      officeId: user.officeId,
      skpId: at.skpId,
      employeeId: target.skp.employeeId,
      ikiId: at.ikiId,
      periodKey: at.periodKey,
      kind: 'file',
      name: file.name,
      mimeType: checked.mimeType,
      size: file.bytes.length,
      sha256,
      url: '',
      removed: false,
    });
  });
}

export async function addEvidenceLink(repo: Repo, session: Session, where: Where, link: { name: string; url: string }): Promise<EvidenceRecord> {
  const at = parseOrThrow(Where, where);
  const problem = checkEvidenceLink(link.url);
  if (problem) throw AppError.fromData({ ...problem, field: 'url' });
  const name = link.name.trim() || link.url.trim();
  return write(repo, 'evidence.add', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const target = await entryTarget(tx, ctx, at.skpId, at.periodKey);
    requireOwnOrHr(ctx, target.skp);
    requireOpen(target);
    findIki(target.skp, at.ikiId);
    return tx.put('evidence', {
      id: newId(),
      officeId: user.officeId,
      skpId: at.skpId,
      employeeId: target.skp.employeeId,
      ikiId: at.ikiId,
      periodKey: at.periodKey,
      kind: 'link',
      name: name.slice(0, 200),
      mimeType: '',
      size: 0,
      sha256: '',
      url: link.url.trim(),
      removed: false,
    });
  });
}

/** Removing evidence is only possible while its period is open: a locked period's evidence stays. */
export async function removeEvidence(repo: Repo, session: Session, evidenceId: string): Promise<EvidenceRecord> {
  return write(repo, 'evidence.remove', async (tx) => {
    const user = await tx.requireActor(session);
    const ctx = await planningContext(tx.db, user);
    const evidence = await tx.db.evidence.get(evidenceId);
    if (!evidence || evidence.officeId !== user.officeId || evidence.removed) throw new AppError('monitoring.evidenceNotFound');
    const target = await entryTarget(tx, ctx, evidence.skpId, evidence.periodKey);
    requireOwnOrHr(ctx, target.skp);
    requireOpen(target);
    return tx.put('evidence', { ...evidence, removed: true });
  });
}

/** A stored file's bytes, checked against its hash: a file missing or changed on disk is named. */
export async function readEvidenceFile(repo: Repo, session: Session, evidenceId: string): Promise<{ name: string; mimeType: string; bytes: Uint8Array }> {
  const user = await requireUser(repo.db, session);
  const evidence = await repo.db.evidence.get(evidenceId);
  if (!evidence || evidence.officeId !== session.officeId || evidence.kind !== 'file') throw new AppError('monitoring.evidenceNotFound');
  const skp = await repo.db.skps.get(evidence.skpId);
  if (!skp || !mayRead(await planningContext(repo.db, user), skp)) throw new AppError('auth.forbidden');
  const blob = await repo.db.evidenceBlobs.get(evidence.sha256);
  if (!blob) throw new AppError('monitoring.evidenceMissing', { name: evidence.name });
  const bytes = new Uint8Array(blob.bytes);
  if ((await sha256Hex(bytes)) !== evidence.sha256) throw new AppError('monitoring.evidenceCorrupt', { name: evidence.name });
  return { name: evidence.name, mimeType: evidence.mimeType, bytes };
}
