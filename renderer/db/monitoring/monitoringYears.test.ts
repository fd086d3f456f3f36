import { describe, expect, it } from 'vitest';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { verifyAudit } from '../audit';
import { accountFor, smallDinas } from '../people/peopleTesting';
import { setUpTestOffice, snapshot, testClock, testRepo } from '../testRepo';
import { entryStateOf, getMonitoringYear, reopenPeriod, saveMonitoringRules } from './monitoringYears';
import { parsePeriodKey } from '../../../shared/monitoring/periods';

/** Midday on the PC's own calendar (the repository's "today" is the local date), in any time zone. */
const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).getTime();
};

async function office(start = '2026-04-20') {
  const repo = testRepo(testClock(new Date(noon(start)).toISOString()));
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const p = dinas.people;
  const as = {
    head: await accountFor(repo, admin, p.head.nip, ['pimpinan', 'pejabat_penilai', 'pegawai']),
    kasi: await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']),
    staff1: await accountFor(repo, admin, p.staff1.nip, ['pegawai']),
  };
  return { repo, admin, p, as };
}

describe('the year’s monitoring rules', () => {
  it('are the defaults (quarterly, 10 days, 10 MB) until HR sets them, readable by anyone', async () => {
    const o = await office();
    const year = await getMonitoringYear(o.repo, o.as.staff1, 2026);
    expect(year.rules).toEqual(defaultMonitoringRules);
    expect(year.rules).toMatchObject({ rhythm: 'quarterly', deadlineDays: 10, evidenceMaxMb: 10 });
    expect(year.reopened).toEqual({});
    // Nothing is stored until HR saves.
    expect(await o.repo.db.monitoringYears.count()).toBe(0);
  });

  it('lets HR switch the year to a monthly rhythm, recorded in the audit trail', async () => {
    const o = await office();
    const saved = await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, rhythm: 'monthly', deadlineDays: 5 });
    expect(saved).toMatchObject({ year: 2026, rules: { rhythm: 'monthly', deadlineDays: 5 } });
    expect((await getMonitoringYear(o.repo, o.as.staff1, 2026)).rules.rhythm).toBe('monthly');
    // Another year keeps its own rules.
    expect((await getMonitoringYear(o.repo, o.as.staff1, 2027)).rules.rhythm).toBe('quarterly');
    const audit = await o.repo.db.audit.where('action').equals('monitoring.rules').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorName: 'Maria Ndapa', entityId: saved.id });
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('refuses a Pegawai, an appraiser and the head (not HR), writing nothing', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    for (const who of [o.as.staff1, o.as.kasi, o.as.head]) {
      await expect(saveMonitoringRules(o.repo, who, 2026, { ...defaultMonitoringRules, rhythm: 'monthly' })).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses rules out of range, writing nothing', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    await expect(saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, deadlineDays: 91 })).rejects.toMatchObject({ code: 'field.tooLarge', field: 'deadlineDays' });
    await expect(saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, evidenceMaxMb: 0 })).rejects.toMatchObject({ code: 'field.tooSmall', field: 'evidenceMaxMb' });
    await expect(saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, atRiskPercent: 110, onTrackPercent: 100 })).rejects.toMatchObject({ code: 'monitoring.thresholdsOrder' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('forgets reopened periods when the rhythm changes, keeps them when it does not', async () => {
    const o = await office();
    await reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-30', reason: 'Aplikasi e-Kinerja pusat sempat mati' });
    // Same rhythm, another deadline: the reopen stays.
    const kept = await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, deadlineDays: 14 });
    expect(kept.reopened).toEqual({ '2026-Q1': { until: '2026-04-30', reason: 'Aplikasi e-Kinerja pusat sempat mati' } });
    // Monthly: "2026-Q1" no longer names a period of the year.
    const changed = await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, rhythm: 'monthly' });
    expect(changed.reopened).toEqual({});
    expect((await getMonitoringYear(o.repo, o.as.staff1, 2026)).reopened).toEqual({});
  });
});

describe('reopening a locked period', () => {
  it('lets HR reopen Q1 until a date with a reason, in the audit trail; the period is open again until then', async () => {
    // 2026-04-20: Q1 closed on 2026-04-10 (31 March + 10 days).
    const o = await office('2026-04-20');
    const q1 = parsePeriodKey('2026-Q1')!;
    expect(entryStateOf(await getMonitoringYear(o.repo, o.admin, 2026), q1, '2026-04-20')).toEqual({ state: 'locked', closesOn: '2026-04-10' });

    const year = await reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-30', reason: '  Server BKN gangguan  ' });
    expect(year.reopened).toEqual({ '2026-Q1': { until: '2026-04-30', reason: 'Server BKN gangguan' } });
    expect(entryStateOf(year, q1, '2026-04-20')).toMatchObject({ state: 'open', closesOn: '2026-04-30' });
    expect(entryStateOf(year, q1, '2026-05-01')).toMatchObject({ state: 'locked' });

    const audit = await o.repo.db.audit.where('action').equals('monitoring.reopen').toArray();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorName).toBe('Maria Ndapa');
    expect(audit[0]!.changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reopened', to: { '2026-Q1': { until: '2026-04-30', reason: 'Server BKN gangguan' } } })]));
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('is HR’s alone: a Pegawai, the appraiser and the head are refused, nothing written', async () => {
    const o = await office('2026-04-20');
    const before = await snapshot(o.repo);
    for (const who of [o.as.staff1, o.as.kasi, o.as.head]) {
      await expect(reopenPeriod(o.repo, who, '2026-Q1', { until: '2026-04-30', reason: 'Terlambat' })).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses a date in the past, more than 90 days ahead, a key of another rhythm, a bad key or no reason', async () => {
    const o = await office('2026-04-20');
    const before = await snapshot(o.repo);
    const reason = 'Server BKN gangguan';
    await expect(reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-19', reason })).rejects.toMatchObject({ code: 'monitoring.reopenInPast', field: 'until' });
    // 2026-04-20 + 90 days = 2026-07-19 (10 + 31 + 30 + 19).
    await expect(reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-07-20', reason })).rejects.toMatchObject({ code: 'monitoring.reopenTooLong', params: { days: 90 } });
    await expect(reopenPeriod(o.repo, o.admin, '2026-M01', { until: '2026-04-30', reason })).rejects.toMatchObject({ code: 'monitoring.rhythmMixed', params: { key: '2026-M01', rhythm: 'quarterly' } });
    await expect(reopenPeriod(o.repo, o.admin, '2026-q1', { until: '2026-04-30', reason })).rejects.toMatchObject({ code: 'monitoring.periodKeyInvalid' });
    await expect(reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-02-30', reason })).rejects.toMatchObject({ code: 'field.invalidDate', field: 'until' });
    await expect(reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-30', reason: '   ' })).rejects.toMatchObject({ code: 'field.required', field: 'reason' });
    expect(await snapshot(o.repo)).toBe(before);
    // Today and exactly 90 days ahead are both accepted.
    expect((await reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-20', reason })).reopened['2026-Q1']!.until).toBe('2026-04-20');
    expect((await reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-07-19', reason })).reopened['2026-Q1']!.until).toBe('2026-07-19');
  });

  it('accepts a monthly key once the year is monthly', async () => {
    const o = await office('2026-04-20');
    await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, rhythm: 'monthly' });
    const before = await snapshot(o.repo);
    await expect(reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-30', reason: 'Terlambat' })).rejects.toMatchObject({ code: 'monitoring.rhythmMixed', params: { rhythm: 'monthly' } });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await reopenPeriod(o.repo, o.admin, '2026-M02', { until: '2026-04-30', reason: 'Terlambat' })).reopened).toEqual({ '2026-M02': { until: '2026-04-30', reason: 'Terlambat' } });
  });
});
