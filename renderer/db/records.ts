import type { AsnType } from '../../shared/account';
import type { Language } from '../../shared/languages';
import type { PasswordHash } from '../../shared/password';
import type { Employee, Position, Unit } from '../../shared/people';
import type { Role } from '../../shared/roles';
import type { OfficeGoal, Skp } from '../../shared/skp/types';
import type { Evaluation, OrgResult, PeerInput } from '../../shared/evaluation/types';
import type { UnitPeriodAggregate } from '../../shared/monitoring/aggregates';
import type { ActionPlan, Evidence, Feedback, MonitoringYear, PerformanceDialog, Realisation } from '../../shared/monitoring/types';

export type { AuditEntry } from '../../shared/auditChain';

/**
 * Every synced record carries its id (client-generated UUIDv7), the office it belongs to,
 * its local revision and the last revision the hub confirmed (DESIGN.md, Sync).
 */
export interface SyncMeta {
  id: string;
  officeId: string;
  rev: number;
  baseRev: number;
}

/** The office (OPD) this installation serves, within its instansi (e.g. a kabupaten). */
export interface OfficeRecord extends SyncMeta {
  instansi: string;
  name: string;
  code: string;
}

/** Unit kerja: the OPD itself is the root; bidang/bagian and seksi/subbagian sit below it. */
export interface UnitRecord extends SyncMeta, Unit {}

export interface PositionRecord extends SyncMeta, Position {}

export interface EmployeeRecord extends SyncMeta, Employee {}

export interface OfficeGoalRecord extends SyncMeta, OfficeGoal {}

export interface SkpRecord extends SyncMeta, Skp {}

export interface MonitoringYearRecord extends SyncMeta, MonitoringYear {}
export interface RealisationRecord extends SyncMeta, Realisation {}
export interface ActionPlanRecord extends SyncMeta, ActionPlan {}
export interface EvidenceRecord extends SyncMeta, Evidence {}
export interface FeedbackRecord extends SyncMeta, Feedback {}
export interface DialogRecord extends SyncMeta, PerformanceDialog {}
export interface OrgResultRecord extends SyncMeta, OrgResult {}
export interface EvaluationRecord extends SyncMeta, Evaluation {}
export interface PeerInputRecord extends SyncMeta, PeerInput {}

/**
 * The dashboards' numbers per (unit, IKU, period) of an office's year, derived on this PC from
 * SKPs, realisations and the year's rules in the same transaction as each write (never synced:
 * each PC derives its own from the records it holds). `ikuId` is '' for IKI that measure no
 * IKU directly (IndexedDB does not index null).
 */
export interface AggregateRecord extends Omit<UnitPeriodAggregate, 'ikuId'> {
  /** aggregateKey(unitId, ikuId, periodKey) with the office and year in front. */
  id: string;
  officeId: string;
  year: number;
  ikuId: string;
}

/**
 * The content of evidence files, by SHA-256, on this PC only: the synced evidence record names
 * the hash, and the uploader sends the bytes beside the changes.
 */
export interface EvidenceBlobRecord {
  sha256: string;
  bytes: ArrayBuffer;
}

export interface UserRecord extends SyncMeta {
  nip: string;
  asnType: AsnType;
  name: string;
  roles: Role[];
  active: boolean;
  /** Null until the person chooses one; until then the app keeps the language in use on the PC. */
  language: Language | null;
}

/** Kept apart from users so that lists of people never load password hashes. `id` is the user's id. */
export interface CredentialRecord extends SyncMeta, PasswordHash {
  /** Set when HR chose the password (new account, reset): the user must pick their own. */
  mustChange: boolean;
}

export interface SettingRecord extends SyncMeta {
  key: string;
  value: unknown;
}

/** One change for the hub: a record's new revision and the fields that changed. */
export interface OutboxChange {
  /** Gap-free per device: the hub refuses a batch that skips a number. */
  seq: number;
  officeId: string;
  entity: SyncedEntity;
  id: string;
  rev: number;
  baseRev: number;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
}

/**
 * The outbox is stored in pages: the changes of one write, in one row. An import of 10,000
 * people is then one row per thousand changes instead of 10,000 rows, which is most of the
 * difference between an import taking one second or three. `seq` is the first change's.
 */
export interface OutboxPage {
  seq: number;
  lastSeq: number;
  deviceId: string;
  changes: OutboxChange[];
}

/** This installation's own counters; never synced. */
export interface DeviceRecord {
  id: 'this';
  deviceId: string;
  outboxSeq: number;
  auditSeq: number;
  lastAuditHash: string;
}

/** Wrong-password counter per NIP on this device; never synced. */
export interface SignInAttemptRecord {
  nip: string;
  failures: number;
  lockedUntil: number;
}

export interface SyncedRecords {
  offices: OfficeRecord;
  units: UnitRecord;
  positions: PositionRecord;
  employees: EmployeeRecord;
  goals: OfficeGoalRecord;
  skps: SkpRecord;
  monitoringYears: MonitoringYearRecord;
  realisations: RealisationRecord;
  actionPlans: ActionPlanRecord;
  evidence: EvidenceRecord;
  feedback: FeedbackRecord;
  dialogs: DialogRecord;
  orgResults: OrgResultRecord;
  evaluations: EvaluationRecord;
  peerInputs: PeerInputRecord;
  users: UserRecord;
  credentials: CredentialRecord;
  settings: SettingRecord;
}
export type SyncedEntity = keyof SyncedRecords;
