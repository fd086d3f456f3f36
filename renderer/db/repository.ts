import Dexie from 'dexie';
import { v7 as uuidv7 } from 'uuid';
import { GENESIS_HASH, auditHash, canonicalJson, type AuditChange, type AuditEntry, type AuditRecordChanges } from '../../shared/auditChain';
import { AppError } from '../../shared/errors';
import { KDF_ITERATIONS } from '../../shared/password';
import { can, type Action } from '../../shared/roles';
import { emptyBeforeImages, maintainAggregates, type BeforeImages } from './monitoring/aggregates';
import { KinerjaDb } from './schema';
import type { DeviceRecord, OutboxChange, SyncedEntity, SyncedRecords, UserRecord } from './records';

/**
 * The one write path (DESIGN.md): every change to a record is written, in the same
 * transaction, together with an outbox entry for the hub and a hash-chained audit entry.
 * Permissions are checked here too, inside the transaction, against the actor's current
 * record, so a hidden button is never the only thing standing between a role and an action.
 */

export interface Clock {
  now(): Date;
}

export interface Repo {
  db: KinerjaDb;
  clock: Clock;
  /** PBKDF2 iterations for new password hashes; tests lower it to stay fast. */
  kdfIterations: number;
}

export function createRepo(db = new KinerjaDb(), options: Partial<Omit<Repo, 'db'>> = {}): Repo {
  return { db, clock: options.clock ?? { now: () => new Date() }, kdfIterations: options.kdfIterations ?? KDF_ITERATIONS };
}

/** Who is signed in. Roles are deliberately not cached here: they are read fresh on every call. */
export interface Session {
  userId: string;
  officeId: string;
}

export const newId = (): string => uuidv7();

/** Fields that are recorded as changed in the audit trail but never with their values. */
const secretFields: Partial<Record<SyncedEntity, readonly string[]>> = { credentials: ['salt', 'hash'] };
const metaFields = new Set(['rev', 'baseRev']);

function diff(prev: object | undefined, next: object): AuditChange[] {
  const after = next as Record<string, unknown>;
  if (!prev) {
    // A new record: every field it has is a change (no comparisons needed; imports make thousands).
    return Object.keys(after)
      .filter((field) => !metaFields.has(field) && after[field] !== undefined)
      .sort()
      .map((field) => ({ field, to: after[field] }));
  }
  const before = prev as Record<string, unknown>;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  const changes: AuditChange[] = [];
  for (const field of [...fields].sort()) {
    if (metaFields.has(field) || canonicalJson(before[field]) === canonicalJson(after[field])) continue;
    changes.push({ field, from: before[field], to: after[field] });
  }
  return changes;
}

/** A created record in the compact form of a bulk entry (see AuditRecordChanges). */
function created(entity: SyncedEntity, entityId: string, changes: AuditChange[]): AuditRecordChanges {
  const secret = secretFields[entity] ?? [];
  const values: Record<string, unknown> = {};
  const redacted: string[] = [];
  for (const c of changes) {
    if (secret.includes(c.field)) redacted.push(c.field);
    else values[c.field] = c.to;
  }
  return redacted.length > 0 ? { entityId, created: values, redacted } : { entityId, created: values };
}

/** Either form of a record's changes as the list of field changes. */
export function changeList(record: AuditRecordChanges): AuditChange[] {
  if (record.changes) return record.changes;
  const values = Object.entries(record.created ?? {}).map(([field, to]): AuditChange => ({ field, to }));
  return [...values, ...(record.redacted ?? []).map((field): AuditChange => ({ field, redacted: true }))].sort((a, b) => (a.field < b.field ? -1 : 1));
}

function redact(entity: SyncedEntity, changes: AuditChange[]): AuditChange[] {
  const secret = secretFields[entity] ?? [];
  return changes.map((c) => (secret.includes(c.field) ? { field: c.field, redacted: true } : c));
}

export class WriteTx {
  private actor: { id: string | null; name: string | null } = { id: null, name: null };
  /** What the dashboard aggregates are derived from, as it was before this transaction. */
  readonly before: BeforeImages = emptyBeforeImages();

  constructor(
    readonly db: KinerjaDb,
    private readonly device: DeviceRecord,
    private readonly action: string,
    /** When this write happens (ISO), for records that keep a date. */
    readonly at: string,
  ) {}

  /** Loads the signed-in user, refuses an inactive one or a missing permission, and records them as the actor. */
  async requireActor(session: Session, action?: Action): Promise<UserRecord> {
    const user = await requireUser(this.db, session, action);
    this.actAs(user);
    return user;
  }

  actAs(user: Pick<UserRecord, 'id' | 'name'>): void {
    this.actor = { id: user.id, name: user.name };
  }

  /** Writes a record (new or changed) with its outbox and audit entries. An unchanged record writes nothing. */
  async put<E extends SyncedEntity>(entity: E, next: Omit<SyncedRecords[E], 'rev' | 'baseRev'>): Promise<SyncedRecords[E]> {
    const [written] = await this.putMany(entity, [next]);
    return written ?? ((await this.db.table<SyncedRecords[E], string>(entity).get(next.id)) as SyncedRecords[E]);
  }

  /**
   * The same for many records of one kind, in bulk operations (an import writes thousands):
   * one outbox page and one audit entry for the lot. Returns the records that were written,
   * i.e. new or changed. `allNew` skips looking up earlier versions, for records the caller
   * has just created (their ids are fresh; a clash still fails on the unique indexes).
   */
  async putMany<E extends SyncedEntity>(
    entity: E,
    nexts: Omit<SyncedRecords[E], 'rev' | 'baseRev'>[],
    { allNew = false }: { allNew?: boolean } = {},
  ): Promise<SyncedRecords[E][]> {
    const table = this.db.table<SyncedRecords[E], string>(entity);
    const prevs = allNew ? [] : await table.bulkGet(nexts.map((n) => n.id));
    const records: SyncedRecords[E][] = [];
    const changes: OutboxChange[] = [];
    const audited: AuditRecordChanges[] = [];
    nexts.forEach((next, i) => {
      const prev = prevs[i];
      const fieldChanges = diff(prev, next);
      if (prev && fieldChanges.length === 0) return;
      const record = { ...next, rev: (prev?.rev ?? 0) + 1, baseRev: prev?.baseRev ?? 0 } as SyncedRecords[E];
      records.push(record);
      this.device.outboxSeq += 1;
      changes.push({
        seq: this.device.outboxSeq,
        officeId: record.officeId,
        entity,
        id: record.id,
        rev: record.rev,
        baseRev: record.baseRev,
        op: 'put',
        fields: Object.fromEntries(fieldChanges.map((c) => [c.field, c.to])),
      });
      audited.push(prev ? { entityId: record.id, changes: redact(entity, fieldChanges) } : created(entity, record.id, fieldChanges));
    });
    if (records.length === 0) return records;
    this.keepBefore(entity, records, prevs);
    // One record: an ordinary entry (field, from, to). Many: one entry listing them all.
    const single = audited.length === 1 ? audited[0]! : null;
    const entry = this.nextAudit(
      single
        ? { entity, entityId: single.entityId, changes: changeList(single), details: null }
        : { entity, entityId: null, changes: [], records: audited, details: { count: audited.length } },
    );
    // Issued together: the three requests queue in this transaction without waiting on each other.
    await Promise.all([
      table.bulkPut(records),
      this.db.outbox.add({ seq: changes[0]!.seq, lastSeq: changes.at(-1)!.seq, deviceId: this.device.deviceId, changes }),
      this.db.audit.add(entry),
    ]);
    return records;
  }

  private keepBefore(entity: SyncedEntity, records: { id: string }[], prevs: (object | undefined)[]): void {
    if (entity !== 'skps' && entity !== 'realisations' && entity !== 'monitoringYears') return;
    const images = this.before[entity] as Map<string, object | null>;
    const prevById = new Map(prevs.filter((p): p is { id: string } => p !== undefined).map((p) => [p.id, p]));
    for (const { id } of records) if (!images.has(id)) images.set(id, prevById.get(id) ?? null);
  }

  /** An audit entry for something that changed no record (a sign-in, a failed attempt). */
  async event(details: Record<string, string | number> | null = null, entityId: string | null = null): Promise<void> {
    await this.db.audit.add(this.nextAudit({ entity: entityId ? 'users' : null, entityId, changes: [], details }));
  }

  /** The next link of the hash chain; the caller stores it in this same transaction. */
  private nextAudit(content: Pick<AuditEntry, 'entity' | 'entityId' | 'changes' | 'details' | 'records'>): AuditEntry {
    this.device.auditSeq += 1;
    const entry: Omit<AuditEntry, 'hash'> = {
      seq: this.device.auditSeq,
      deviceId: this.device.deviceId,
      at: this.at,
      actorId: this.actor.id,
      actorName: this.actor.name,
      action: this.action,
      ...content,
      prevHash: this.device.lastAuditHash,
    };
    const hash = auditHash(entry);
    this.device.lastAuditHash = hash;
    return { ...entry, hash };
  }
}

/** The signed-in user's current record, checked for being active and, if asked, for a permission. */
export async function requireUser(db: KinerjaDb, session: Session, action?: Action): Promise<UserRecord> {
  const user = await db.users.get(session.userId);
  if (!user || !user.active || user.officeId !== session.officeId) throw new AppError('auth.sessionInvalid');
  if (action && !can(user.roles, action)) throw new AppError('auth.forbidden');
  return user;
}

const newDevice = (): DeviceRecord => ({ id: 'this', deviceId: newId(), outboxSeq: 0, auditSeq: 0, lastAuditHash: GENESIS_HASH });

/** A full disk shows up as QuotaExceededError, or as an AbortError whose inner error is one. */
function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const named = e as { name?: string; inner?: unknown; cause?: unknown };
    if (named.name === 'QuotaExceededError') return true;
    e = named.inner ?? named.cause;
  }
  return false;
}

/**
 * Runs `work` in one read-write transaction over every table: if anything in it fails,
 * nothing of it is kept (record, outbox, audit and counters roll back together).
 */
export async function write<T>(repo: Repo, action: string, work: (tx: WriteTx) => Promise<T>): Promise<T> {
  const { db } = repo;
  try {
    return await db.transaction('rw', db.tables, async () => {
      const device = (await db.device.get('this')) ?? newDevice();
      const tx = new WriteTx(db, device, action, repo.clock.now().toISOString());
      const result = await work(tx);
      await maintainAggregates(db, tx.before);
      await db.device.put(device);
      return result;
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (isQuotaError(error)) throw new AppError('storage.full');
    if (error instanceof Dexie.DexieError) console.error('Database write failed', error);
    throw error;
  }
}
