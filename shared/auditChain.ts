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
  details: Record<string, string | number> | null;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
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
