import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  AuditEntry,
  CredentialRecord,
  DeviceRecord,
  EmployeeRecord,
  OfficeGoalRecord,
  OfficeRecord,
  OrgResultRecord,
  PeerInputRecord,
  OutboxChange,
  OutboxPage,
  PositionRecord,
  SettingRecord,
  SignInAttemptRecord,
  SkpRecord,
  ActionPlanRecord,
  AggregateRecord,
  DialogRecord,
  EvidenceBlobRecord,
  EvaluationRecord,
  EvidenceRecord,
  FeedbackRecord,
  MonitoringYearRecord,
  RealisationRecord,
  UnitRecord,
  UserRecord,
} from './records';
import { rebuildAggregates } from './monitoring/aggregates';

export const DB_NAME = 'kinerja-luring';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema the app has ever shipped, oldest first. Append a new version; never edit a
 * published one (tests/fixtures/schema-history.json holds them and a test compares).
 */
export const schemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      offices: 'id',
      units: 'id, officeId, parentId',
      users: 'id, &nip, officeId, *roles',
      credentials: 'id',
      settings: 'id, officeId',
      outbox: 'seq, [entity+id]',
      audit: 'seq, at, action, actorId, entityId',
      device: 'id',
      signInAttempts: 'nip',
    },
  },
  {
    // People: positions and employees; units gain `retired`.
    version: 2,
    stores: {
      positions: 'id, officeId, unitId, reportsToId',
      employees: 'id, &nip, officeId, unitId, positionId, status',
    },
    upgrade: async (tx) => {
      // A schema default, not a user's change: no outbox or audit entry.
      await tx.table('units').toCollection().modify((unit: { retired?: boolean }) => {
        if (unit.retired === undefined) unit.retired = false;
      });
    },
  },
  {
    // The outbox in pages (records.ts, OutboxPage); audit indexes nobody queries dropped.
    version: 3,
    stores: { outbox: 'seq', audit: 'seq, action, entityId' },
    upgrade: async (tx) => {
      const outbox = tx.table('outbox');
      const single = (await outbox.toArray()) as (Omit<OutboxChange, never> & { deviceId: string })[];
      await outbox.clear();
      await outbox.bulkAdd(single.map(({ deviceId, ...change }) => ({ seq: change.seq, lastSeq: change.seq, deviceId, changes: [change] })));
    },
  },
  {
    // Planning: the office's goals (sasaran strategis with their IKU) and the SKPs, RHK inside.
    version: 4,
    stores: { goals: 'id, officeId, year', skps: 'id, officeId, employeeId, year, status' },
  },
  {
    // Monitoring: the year's rules, realisations, rencana aksi, bukti dukung (records and the
    // local blob store), feedback and performance dialogues, all found by SKP.
    version: 5,
    stores: {
      monitoringYears: 'id, officeId',
      realisations: 'id, officeId, skpId, employeeId, periodKey',
      actionPlans: 'id, skpId',
      evidence: 'id, skpId',
      evidenceBlobs: 'sha256',
      feedback: 'id, skpId, employeeId',
      dialogs: 'id, skpId',
    },
  },
  {
    // Dashboards: the aggregates per (unit, IKU, period), kept by the repository in each write;
    // SKP snapshots gain the unit's id they count under. Filled in here for data already held.
    version: 6,
    stores: { aggregates: 'id, [officeId+year]' },
    upgrade: async (tx) => {
      const employees = new Map<string, { unitId: string | null }>();
      await tx.table('employees').each((e: { id: string; unitId: string | null }) => employees.set(e.id, e));
      await tx.table('skps').toCollection().modify((skp: SkpRecord) => {
        const employee = skp.snapshot.employee;
        if (employee.unitId === undefined) employee.unitId = employees.get(employee.employeeId)?.unitId ?? null;
      });
      const years = new Set<string>();
      await tx.table('skps').each((skp: SkpRecord) => years.add(JSON.stringify([skp.officeId, skp.year])));
      for (const key of years) {
        const [officeId, year] = JSON.parse(key) as [string, number];
        await rebuildAggregates(tx, officeId, year);
      }
    },
  },
  {
    // Evaluation: the organisation's result per unit and period, and each employee's evaluation
    // per SKP and period (periodic, or the year's `YYYY-Y`).
    version: 7,
    stores: { orgResults: 'id, officeId, periodKey', evaluations: 'id, officeId, skpId, employeeId, periodKey' },
  },
  {
    // Colleagues' input on perilaku kerja, found by the SKP (the appraiser) and by the colleague.
    version: 8,
    stores: { peerInputs: 'id, officeId, skpId, raterId' },
  },
];

export class KinerjaDb extends Dexie {
  offices!: EntityTable<OfficeRecord, 'id'>;
  units!: EntityTable<UnitRecord, 'id'>;
  users!: EntityTable<UserRecord, 'id'>;
  credentials!: EntityTable<CredentialRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'id'>;
  outbox!: EntityTable<OutboxPage, 'seq'>;
  audit!: EntityTable<AuditEntry, 'seq'>;
  device!: EntityTable<DeviceRecord, 'id'>;
  signInAttempts!: EntityTable<SignInAttemptRecord, 'nip'>;
  positions!: EntityTable<PositionRecord, 'id'>;
  employees!: EntityTable<EmployeeRecord, 'id'>;
  goals!: EntityTable<OfficeGoalRecord, 'id'>;
  skps!: EntityTable<SkpRecord, 'id'>;
  monitoringYears!: EntityTable<MonitoringYearRecord, 'id'>;
  realisations!: EntityTable<RealisationRecord, 'id'>;
  actionPlans!: EntityTable<ActionPlanRecord, 'id'>;
  evidence!: EntityTable<EvidenceRecord, 'id'>;
  evidenceBlobs!: EntityTable<EvidenceBlobRecord, 'sha256'>;
  feedback!: EntityTable<FeedbackRecord, 'id'>;
  dialogs!: EntityTable<DialogRecord, 'id'>;
  aggregates!: EntityTable<AggregateRecord, 'id'>;
  orgResults!: EntityTable<OrgResultRecord, 'id'>;
  evaluations!: EntityTable<EvaluationRecord, 'id'>;
  peerInputs!: EntityTable<PeerInputRecord, 'id'>;

  constructor(name = DB_NAME, versions: SchemaVersion[] = schemaVersions) {
    // Strict durability: a save the user saw succeed is on disk, even if the power goes next.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const v of versions) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}
