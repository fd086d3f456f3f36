import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The audit trail is a hash chain: each entry carries the hash of the one before, and its own
 * hash covers its content and that link. Changing, removing or reordering any entry breaks
 * every hash after it, so `verifyAuditChain` can tell that the trail was tampered with.
 *
 * The hash is synchronous (noble) on purpose: it is computed inside a Dexie transaction, and
 * awaiting WebCrypto there would let IndexedDB commit the transaction early.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditChange {
  field: string;
  from?: unknown;
  to?: unknown;
  /** Secret fields (password hashes) are recorded as changed, never with their values. */
  redacted?: true;
}

/**
 * One record of a bulk write: what changed (from → to), or, for a record the write created,
 * the values it was created with. The `created` map is the compact form: an import creates
 * thousands of records, and a list of {field, to} objects per record would double the audit.
 */
export interface AuditRecordChanges {
  entityId: string;
  changes?: AuditChange[];
  created?: Record<string, unknown>;
  /** Fields set but not recorded (secrets). */
  redacted?: string[];
}

export interface AuditEntry {
  seq: number;
  deviceId: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  changes: AuditChange[];
  /**
   * A write of many records of one kind (an import, a bulk reassignment) is one entry that
   * lists each record's changes; `entityId` and `changes` are then empty.
   */
  records?: AuditRecordChanges[];
  details: Record<string, string | number> | null;
  prevHash: string;
  hash: string;
}

/**
 * JSON with object keys sorted, so the same content always hashes the same (also after a
 * trip through a store that reorders keys, like PostgreSQL's jsonb). Built on the native
 * JSON.stringify, copying only objects whose keys are out of order: an import's audit entry
 * of a thousand records is hashed in about 10 ms.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    let sorted = true;
    for (let i = 1; i < keys.length && sorted; i++) sorted = keys[i - 1]! < keys[i]!;
    if (sorted) return v;
    const copy: Record<string, unknown> = {};
    for (const key of keys.sort()) copy[key] = (v as Record<string, unknown>)[key];
    return copy;
  });
}

export function auditHash(entry: Omit<AuditEntry, 'hash'>): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(entry))));
}

export type AuditVerification =
  | { ok: true; count: number }
  | { ok: false; count: number; seq: number; reason: 'hashMismatch' | 'brokenLink' | 'gap' | 'tailMissing' };

/**
 * Walks the entries in order. `expectedLastHash` is the head the device recorded when it
 * last wrote, which catches entries cut off the end.
 */
export function verifyAuditEntries(entries: Iterable<AuditEntry>, expectedLastHash: string = GENESIS_HASH): AuditVerification {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { ok: false, count, seq: expectedSeq, reason: 'gap' };
    if (entry.prevHash !== prevHash) return { ok: false, count, seq: entry.seq, reason: 'brokenLink' };
    const { hash, ...content } = entry;
    if (auditHash(content) !== hash) return { ok: false, count, seq: entry.seq, reason: 'hashMismatch' };
    prevHash = hash;
    expectedSeq += 1;
    count += 1;
  }
  if (prevHash !== expectedLastHash) return { ok: false, count, seq: expectedSeq, reason: 'tailMissing' };
  return { ok: true, count };
}
