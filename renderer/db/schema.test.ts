import { describe, expect, it } from 'vitest';
import { KinerjaDb, schemaVersions } from './schema';
import { setUpOffice } from './setup';
import { createRepo } from './repository';
import { validSetup } from './testRepo';
import shippedSchemas from '../../tests/fixtures/schema-history.json';

/** The schemas of every released version, as shipped. */

const history = shippedSchemas as unknown as { version: number; stores: Record<string, string | null> }[];

describe('database schema versions', () => {
  it('never changes a version that was already shipped (add a new version instead)', () => {
    for (const shipped of history) {
      const current = schemaVersions.find((v) => v.version === shipped.version);
      expect(current?.stores, `version ${shipped.version}`).toEqual(shipped.stores);
    }
  });

  it('numbers versions upwards without repeats', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('has the tables the app needs: offices/units, users, settings, outbox, audit, goals, skps', async () => {
    const db = new KinerjaDb('schema-fresh');
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      ['actionPlans', 'aggregates', 'audit', 'credentials', 'device', 'dialogs', 'employees', 'evaluations', 'evidence', 'evidenceBlobs', 'feedback', 'goals', 'monitoringYears', 'offices', 'orgResults', 'outbox', 'peerInputs', 'positions', 'realisations', 'settings', 'signInAttempts', 'skps', 'units', 'users'].sort(),
    );
    expect(db.verno).toBe(schemaVersions.at(-1)!.version);
    db.close();
  });

  it.each(schemaVersions.map((v, i) => [v.version, i] as const))(
    'upgrades a database written at version %i to the current one without losing records',
    async (version, index) => {
      const name = `schema-upgrade-from-${version}`;
      const old = new KinerjaDb(name, schemaVersions.slice(0, index + 1));
      const session = await setUpOffice(createRepo(old, { kdfIterations: 1_000 }), validSetup);
      const counts = Object.fromEntries(await Promise.all(old.tables.map(async (t) => [t.name, await t.count()])));
      old.close();

      const current = new KinerjaDb(name);
      await current.open();
      expect(current.verno).toBe(schemaVersions.at(-1)!.version);
      expect(await current.offices.get(session.officeId)).toMatchObject({ name: validSetup.office.officeName });
      expect(await current.users.get(session.userId)).toMatchObject({ nip: validSetup.admin.nip });
      for (const [table, count] of Object.entries(counts)) expect(await current.table(table).count(), table).toBe(count);
      current.close();
    },
  );

  it('version 2 marks the units of a version-1 database as not retired', async () => {
    const name = 'schema-v1-units';
    const v1 = new KinerjaDb(name, schemaVersions.slice(0, 1));
    // A unit as version 1 wrote it: no `retired` field.
    await v1.table('units').put({ id: 'u1', officeId: 'o1', parentId: null, name: 'Dinas Kesehatan', kind: 'opd', rev: 1, baseRev: 0 });
    v1.close();

    const current = new KinerjaDb(name);
    expect(await current.units.get('u1')).toMatchObject({ name: 'Dinas Kesehatan', retired: false, rev: 1 });
    expect(await current.outbox.count()).toBe(0);
    current.close();
  });

  it('version 3 turns version-2 outbox entries into pages, keeping every change and its number', async () => {
    const name = 'schema-v2-outbox';
    const v2 = new KinerjaDb(name, schemaVersions.slice(0, 2));
    await v2.table('outbox').bulkPut([
      { seq: 1, deviceId: 'd1', officeId: 'o1', entity: 'units', id: 'u1', rev: 1, baseRev: 0, op: 'put', fields: { name: 'Dinas' } },
      { seq: 2, deviceId: 'd1', officeId: 'o1', entity: 'users', id: 'x1', rev: 1, baseRev: 0, op: 'put', fields: { name: 'Ani' } },
    ]);
    v2.close();

    const current = new KinerjaDb(name);
    expect(await current.outbox.toArray()).toEqual([
      { seq: 1, lastSeq: 1, deviceId: 'd1', changes: [{ seq: 1, officeId: 'o1', entity: 'units', id: 'u1', rev: 1, baseRev: 0, op: 'put', fields: { name: 'Dinas' } }] },
      { seq: 2, lastSeq: 2, deviceId: 'd1', changes: [{ seq: 2, officeId: 'o1', entity: 'users', id: 'x1', rev: 1, baseRev: 0, op: 'put', fields: { name: 'Ani' } }] },
    ]);
    current.close();
  });

  it('version 6 gives version-5 SKP snapshots their unit id and builds the dashboard aggregates', async () => {
    const name = 'schema-v5-aggregates';
    const v5 = new KinerjaDb(name, schemaVersions.slice(0, 5));
    await v5.table('employees').put({ id: 'e1', nip: '199001012015011001', officeId: 'o1', unitId: 'seksi-a', positionId: null, status: 'active' });
    const person = { employeeId: 'e1', name: 'Agnes', nip: '199001012015011001', pangkat: '', jabatan: 'Analis', unit: 'Seksi A' };
    const iki = { id: 'k1', aspek: 'kuantitas', text: 'Jumlah dokumen', target: 12, unit: 'Dokumen', polarity: 'higher' };
    await v5.table('skps').put({
      id: 's1', officeId: 'o1', employeeId: 'e1', year: 2026, status: 'approved', approvedAt: '2026-01-10', periodStart: '2026-01-01', periodEnd: '2026-12-31',
      rhk: [{ id: 'r1', kind: 'utama', text: 'Tersusunnya dokumen', parent: null, assignment: 'ST', perspektif: null, indicators: [iki] }],
      snapshot: { at: '2026-01-10', employee: person, appraiser: null },
    });
    // 12 a year, quarterly → 3 in Q1; 3 entered = 100 % → on track; Q2–Q4 missing.
    await v5.table('realisations').put({ id: 's1:k1:2026-Q1', officeId: 'o1', skpId: 's1', employeeId: 'e1', ikiId: 'k1', periodKey: '2026-Q1', value: 3 });
    v5.close();

    const current = new KinerjaDb(name);
    expect((await current.skps.get('s1'))!.snapshot.employee.unitId).toBe('seksi-a');
    const aggregates = (await current.aggregates.toArray()).map((a) => [a.unitId, a.ikuId, a.periodKey, a.onTrack, a.missing, a.capaianBp]);
    expect(aggregates.sort()).toEqual([
      ['seksi-a', '', '2026-Q1', 1, 0, 10_000],
      ['seksi-a', '', '2026-Q2', 0, 1, 0],
      ['seksi-a', '', '2026-Q3', 0, 1, 0],
      ['seksi-a', '', '2026-Q4', 0, 1, 0],
    ]);
    current.close();
  });
});
