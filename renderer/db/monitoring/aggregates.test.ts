import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateKey, completeness, meanCapaian } from '../../../shared/monitoring/aggregates';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { saveGoal } from '../skp/goals';
import { approveSkp, startNewVersion, submitSkp } from '../skp/skpWorkflow';
import { createSkp, saveSkpContent } from '../skp/skps';
import { snapshot } from '../testRepo';
import type { Repo } from '../repository';
import { fromRecord, rebuildAggregates } from './aggregates';
import { approvedStaffOffice, assigned, content } from './monitoringTesting';
import { saveMonitoringRules } from './monitoringYears';
import { correctRealisation, realisationId, saveRealisation } from './realisations';

/**
 * The aggregates table, kept by every write, must always hold what a full recomputation from the
 * records gives. Each check reads the table, rebuilds it from scratch, and compares.
 */
async function stored(repo: Repo) {
  const rows = await repo.db.aggregates.toArray();
  return new Map(rows.map((r) => [r.id, r]));
}

async function expectEqualToRecomputation(repo: Repo, officeId: string) {
  const kept = await stored(repo);
  await repo.db.transaction('rw', repo.db.tables, () => rebuildAggregates(repo.db, officeId, 2026));
  expect(kept).toEqual(await stored(repo));
}

const entry = (skpId: string, periodKey: string, value: number) => ({ skpId, ikiId: 'S1-iki', periodKey, value, source: 'Register', note: '', explanation: '' });

async function unitPeriod(repo: Repo, unitId: string, periodKey: string) {
  const all = [...(await stored(repo)).values()].map(fromRecord);
  return all.find((a) => aggregateKey(a.unitId, a.ikuId, a.periodKey) === aggregateKey(unitId, null, periodKey));
}

describe('the dashboard aggregates kept in the write path', () => {
  it('count an approved SKP’s indicators as missing, then by status as realisations come in (worked example)', async () => {
    const o = await approvedStaffOffice('2026-03-01');
    const unit = o.p.staff1.unitId!;
    // Approval: 1 IKI × 4 quarters expected, none entered.
    for (const q of ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']) expect(await unitPeriod(o.repo, unit, q)).toMatchObject({ missing: 1, onTrack: 0 });

    // 12 Dokumen a year, summed → 3 a quarter; 3 entered → 3 ÷ 3 = 100 % → on track.
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3));
    const q1 = (await unitPeriod(o.repo, unit, '2026-Q1'))!;
    expect(q1).toMatchObject({ missing: 0, onTrack: 1, capaianBp: 10_000 });
    expect(completeness(q1)).toBe(1);
    // The kasi corrects it to 2: 2 ÷ 3 = 66.67 % → behind (below 80 %), 6,667 basis points.
    await correctRealisation(o.repo, o.as.kasi, realisationId(o.skp.id, 'S1-iki', '2026-Q1'), { value: 2, reason: 'Satu berkas belum lengkap' });
    expect(await unitPeriod(o.repo, unit, '2026-Q1')).toMatchObject({ onTrack: 0, behind: 1, capaianBp: 6_667 });
    expect(meanCapaian((await unitPeriod(o.repo, unit, '2026-Q1'))!)).toBeCloseTo(0.6667, 4);
    await expectEqualToRecomputation(o.repo, o.admin.officeId);
  });

  it('follow a rules change, a mutasi and an IKU of the head in the same transactions as the writes', async () => {
    const o = await approvedStaffOffice('2026-03-01');
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3));
    // Thresholds: on track from 90 %, cap 100 %: rebuilt with the rules.
    await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, onTrackPercent: 90, capPercent: 100 });
    await expectEqualToRecomputation(o.repo, o.admin.officeId);

    // Mutasi from 1 July: the old SKP keeps Q1–Q2, the new version counts from Q3.
    const next = await startNewVersion(o.repo, o.admin, o.skp.id, '2026-07-01');
    await expectEqualToRecomputation(o.repo, o.admin.officeId);
    expect(await unitPeriod(o.repo, o.p.staff1.unitId!, '2026-Q3')).toBeUndefined();
    await saveSkpContent(o.repo, o.as.staff1, next.id, content([assigned('S2', 'Terverifikasinya berkas kenaikan pangkat')]));
    await submitSkp(o.repo, o.as.staff1, next.id);
    await approveSkp(o.repo, o.as.kasi, next.id);
    expect(await unitPeriod(o.repo, o.p.staff1.unitId!, '2026-Q3')).toMatchObject({ missing: 1 });
    await expectEqualToRecomputation(o.repo, o.admin.officeId);

    // The head's RHK intervenes an IKU: its indicator is counted under that IKU.
    const goal = await saveGoal(o.repo, o.admin, null, { year: 2026, statement: 'Meningkatnya kualitas pelayanan', indicators: [{ text: 'Indeks kepuasan ASN', target: 85, unit: 'Nilai', polarity: 'higher' }] });
    const iku = goal.indicators[0]!;
    const head = await createSkp(o.repo, o.admin, { employeeId: o.p.head.id, year: 2026 });
    const headRhk = { ...assigned('H1', 'Meningkatnya kepuasan ASN'), parent: { kind: 'iku' as const, ikuId: iku.id }, assignment: '', perspektif: 'Penerima Layanan' };
    await saveSkpContent(o.repo, o.as.head, head.id, content([headRhk]));
    await submitSkp(o.repo, o.as.head, head.id);
    await approveSkp(o.repo, o.admin, head.id);
    await saveRealisation(o.repo, o.as.head, { ...entry(head.id, '2026-Q1', 3), ikiId: 'H1-iki' });
    const rows = [...(await stored(o.repo)).values()].filter((r) => r.ikuId === iku.id);
    expect(rows.map((r) => [r.periodKey, r.onTrack, r.missing])).toEqual([
      ['2026-Q1', 1, 0],
      ['2026-Q2', 0, 1],
      ['2026-Q3', 0, 1],
      ['2026-Q4', 0, 1],
    ]);
    // A rhythm change re-keys everything to months.
    await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, rhythm: 'monthly' });
    expect([...(await stored(o.repo)).values()].some((r) => r.periodKey === '2026-M01')).toBe(true);
    await expectEqualToRecomputation(o.repo, o.admin.officeId);
  });

  it('are untouched by a refused write', async () => {
    const o = await approvedStaffOffice('2026-03-01');
    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff2, entry(o.skp.id, '2026-Q1', 3))).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('equal a full recomputation after any sequence of entries and corrections', async () => {
    const step = fc.record({
      who: fc.constantFrom('staff1' as const, 'admin' as const, 'kasi' as const),
      period: fc.constantFrom('2026-Q1', '2026-Q2'),
      value: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 50, noNaN: true })),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const o = await approvedStaffOffice('2026-04-05'); // Q1 open until 10 April, Q2 running
        for (const s of steps) {
          if (s.who === 'kasi') {
            const id = realisationId(o.skp.id, 'S1-iki', s.period);
            if (await o.repo.db.realisations.get(id)) await correctRealisation(o.repo, o.as.kasi, id, { value: s.value, reason: 'Dicek ulang' });
          } else {
            await saveRealisation(o.repo, s.who === 'admin' ? o.admin : o.as.staff1, entry(o.skp.id, s.period, s.value)).catch((e: { code?: string }) => {
              // The employee may not overwrite the appraiser's correction: a refusal, nothing written.
              if (e.code !== 'monitoring.realisationCorrected') throw e;
            });
          }
        }
        await expectEqualToRecomputation(o.repo, o.admin.officeId);
      }),
      { numRuns: 8 },
    );
  });
});
