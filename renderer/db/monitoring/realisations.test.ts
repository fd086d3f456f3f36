import { describe, expect, it } from 'vitest';
import { approvedStaffOffice, assigned, content } from './monitoringTesting';
import { defaultMonitoringRules } from '../../../shared/monitoring/rules';
import { verifyAudit } from '../audit';
import { approveSkp, startNewVersion, submitSkp } from '../skp/skpWorkflow';
import { createSkp, saveSkpContent } from '../skp/skps';
import { snapshot } from '../testRepo';
import { reopenPeriod, saveMonitoringRules } from './monitoringYears';
import { correctRealisation, listRealisations, realisationId, realisationsBySkp, saveRealisation, type RealisationInput } from './realisations';

const office = approvedStaffOffice;

const entry = (skpId: string, periodKey: string, value: number, over: Partial<RealisationInput> = {}): RealisationInput => ({
  skpId,
  ikiId: 'S1-iki',
  periodKey,
  value,
  source: 'Register usul mutasi',
  note: '',
  explanation: '',
  ...over,
});

describe('entering a realisation', () => {
  it('lets the employee enter Q1 during Q1 and up to the deadline (10 April); on 11 April it is locked', async () => {
    const o = await office('2026-03-01');
    const first = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3, { note: 'Tiga berkas' }));
    expect(first).toMatchObject({
      id: realisationId(o.skp.id, 'S1-iki', '2026-Q1'),
      employeeId: o.p.staff1.id,
      rhkId: 'S1',
      ikiId: 'S1-iki',
      periodKey: '2026-Q1',
      value: 3,
      source: 'Register usul mutasi',
      note: 'Tiga berkas',
      flags: [],
      correction: null,
    });

    o.setDay('2026-04-10'); // 31 March + 10 days: the deadline day itself is still open
    expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 4))).value).toBe(4);

    o.setDay('2026-04-11');
    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 5))).rejects.toMatchObject({
      code: 'monitoring.periodLocked',
      params: { period: '2026-Q1', closedOn: '2026-04-10' },
    });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await listRealisations(o.repo, o.as.staff1, o.skp.id)).map((r) => r.value)).toEqual([4]);
  });

  it('works again after HR reopens Q1 until a date, and locks again after it', async () => {
    const o = await office('2026-03-01');
    o.setDay('2026-04-15');
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 5))).rejects.toMatchObject({ code: 'monitoring.periodLocked' });
    await reopenPeriod(o.repo, o.admin, '2026-Q1', { until: '2026-04-20', reason: 'Listrik padam seminggu' });
    expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 5))).value).toBe(5);
    o.setDay('2026-04-20');
    expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 6))).value).toBe(6);
    o.setDay('2026-04-21');
    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 7))).rejects.toMatchObject({
      code: 'monitoring.periodLocked',
      params: { period: '2026-Q1', closedOn: '2026-04-20' },
    });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses a period that has not started yet', async () => {
    const o = await office('2026-03-31');
    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q2', 1))).rejects.toMatchObject({
      code: 'monitoring.periodNotStarted',
      params: { period: '2026-Q2', start: '2026-04-01' },
    });
    expect(await snapshot(o.repo)).toBe(before);
    o.setDay('2026-04-01');
    expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q2', 1))).periodKey).toBe('2026-Q2');
  });

  it('refuses a period outside the SKP: a mutasi SKP from July has no Q1, the closed one no Q3', async () => {
    const o = await office('2026-03-01');
    const next = await startNewVersion(o.repo, o.admin, o.skp.id, '2026-07-01');
    await saveSkpContent(o.repo, o.as.staff1, next.id, content([assigned('S2', 'Terverifikasinya berkas kenaikan pangkat')]));
    await submitSkp(o.repo, o.as.staff1, next.id);
    await approveSkp(o.repo, o.as.kasi, next.id);

    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff1, entry(next.id, '2026-Q1', 2, { ikiId: 'S2-iki' }))).rejects.toMatchObject({
      code: 'monitoring.periodOutsideSkp',
      params: { period: '2026-Q1', start: '2026-07-01', end: '2026-12-31' },
      field: 'periodKey',
    });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q3', 2))).rejects.toMatchObject({
      code: 'monitoring.periodOutsideSkp',
      params: { period: '2026-Q3', start: '2026-01-01', end: '2026-06-30' },
    });
    // A key of another rhythm, or no key at all.
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-M01', 2))).rejects.toMatchObject({ code: 'monitoring.rhythmMixed' });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, 'Q1', 2))).rejects.toMatchObject({ code: 'monitoring.periodKeyInvalid' });
    expect(await snapshot(o.repo)).toBe(before);
    // The closed SKP still takes its own months (Q1 is now, before the mutasi date).
    expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 2))).skpId).toBe(o.skp.id);
  });

  it('refuses an SKP that is not approved', async () => {
    const o = await office();
    const draft = await createSkp(o.repo, o.as.staff2, { employeeId: o.p.staff2.id, year: 2026 });
    await saveSkpContent(o.repo, o.as.staff2, draft.id, content([assigned('P1', 'Terarsipnya SK mutasi')]));
    let before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff2, entry(draft.id, '2026-Q1', 1, { ikiId: 'P1-iki' }))).rejects.toMatchObject({ code: 'monitoring.skpNotApproved', params: { status: 'draft' } });
    expect(await snapshot(o.repo)).toBe(before);
    await submitSkp(o.repo, o.as.staff2, draft.id);
    before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff2, entry(draft.id, '2026-Q1', 1, { ikiId: 'P1-iki' }))).rejects.toMatchObject({ code: 'monitoring.skpNotApproved', params: { status: 'submitted' } });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses negative and non-numeric values and an unknown IKI, writing nothing', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', -1))).rejects.toMatchObject({ code: 'monitoring.valueNegative', field: 'value' });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', Number.NaN))).rejects.toMatchObject({ code: 'monitoring.valueNotNumber', field: 'value' });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', Number.POSITIVE_INFINITY))).rejects.toMatchObject({ code: 'monitoring.valueNotNumber', field: 'value' });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', '12' as unknown as number))).rejects.toMatchObject({ code: 'monitoring.valueNotNumber', field: 'value' });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3, { ikiId: 'nope' }))).rejects.toMatchObject({ code: 'monitoring.ikiNotFound', field: 'ikiId' });
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3, { source: '  ' }))).rejects.toMatchObject({ code: 'field.required', field: 'source' });
    expect(await snapshot(o.repo)).toBe(before);
    // Zero is a value, not a missing one.
    expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 0))).value).toBe(0);
  });

  it('is the employee’s or HR’s: a colleague, the appraiser and the head are refused', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    for (const who of [o.as.staff2, o.as.kasi, o.as.kabid, o.as.head]) {
      await expect(saveRealisation(o.repo, who, entry(o.skp.id, '2026-Q1', 3))).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(o.repo)).toBe(before);
    // HR types it in from a paper form: the record is still Agnes's, the audit names HR.
    const byHr = await saveRealisation(o.repo, o.admin, entry(o.skp.id, '2026-Q1', 3));
    expect(byHr).toMatchObject({ employeeId: o.p.staff1.id, value: 3 });
    const audit = await o.repo.db.audit.where('entityId').equals(byHr.id).toArray();
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([['realisation.save', 'Maria Ndapa']]);
  });

  it('keeps one record per IKI and period: saving again replaces the value', async () => {
    const o = await office();
    const a = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3));
    const b = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 8, { source: 'SIMPEG' }));
    expect(b.id).toBe(a.id);
    expect(b).toMatchObject({ value: 8, source: 'SIMPEG', rev: 2 });
    const list = await listRealisations(o.repo, o.as.staff1, o.skp.id);
    expect(list.map((r) => [r.periodKey, r.value])).toEqual([['2026-Q1', 8]]);
    const audit = await o.repo.db.audit.where('entityId').equals(a.id).toArray();
    expect(audit.map((x) => x.action)).toEqual(['realisation.save', 'realisation.save']);
    expect(audit[1]!.changes).toEqual(expect.arrayContaining([{ field: 'value', from: 3, to: 8 }]));
  });

  it('flags a value far from the employee’s own history (monthly: 10, 12, 11, 13, then 250), without blocking it', async () => {
    const o = await office('2026-01-15');
    await saveMonitoringRules(o.repo, o.admin, 2026, { ...defaultMonitoringRules, rhythm: 'monthly' });
    // Each month entered early in the next month, within the 10-day deadline.
    const months: [string, string, number][] = [
      ['2026-02-02', '2026-M01', 10],
      ['2026-03-02', '2026-M02', 12],
      ['2026-04-02', '2026-M03', 11],
      ['2026-05-02', '2026-M04', 13],
    ];
    for (const [day, key, value] of months) {
      o.setDay(day);
      // Fewer than four earlier values, or an ordinary one: nothing to flag.
      expect((await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, key, value))).flags).toEqual([]);
    }
    o.setDay('2026-06-02');
    // History 10, 11, 12, 13: median 11.5, deviations 1.5, 0.5, 0.5, 1.5 → MAD 1;
    // M = 0.6745 × (250 − 11.5) ÷ 1 = 160.87 → 160.9, far above 3.5.
    const outlier = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-M05', 250, { explanation: 'Pemutihan berkas tahun lalu' }));
    expect(outlier.flags).toEqual([{ code: 'monitoring.outlierHistory', params: { value: 250, median: 11.5, score: 160.9 } }]);
    expect(outlier.explanation).toBe('Pemutihan berkas tahun lalu');

    // The flag stays with the stored record, also after the appraiser corrects the value.
    o.setDay('2026-07-01');
    const stored = (await listRealisations(o.repo, o.as.kasi, o.skp.id)).find((r) => r.periodKey === '2026-M05')!;
    expect(stored.flags.map((f) => f.code)).toEqual(['monitoring.outlierHistory']);
    const corrected = await correctRealisation(o.repo, o.as.kasi, stored.id, { value: 25, reason: 'Salah ketik: 25 berkas' });
    expect(corrected.flags.map((f) => f.code)).toEqual(['monitoring.outlierHistory']);
  });
});

describe('the appraiser’s correction', () => {
  it('replaces the value with a reason and keeps the employee’s original, also over two corrections', async () => {
    const o = await office();
    const r = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 30));
    const once = await correctRealisation(o.repo, o.as.kasi, r.id, { value: 3, reason: '  Salah ketik  ' });
    expect(once).toMatchObject({ value: 3, correction: { by: 'Akun 198507142010122002', reason: 'Salah ketik', previous: 30 } });
    const twice = await correctRealisation(o.repo, o.as.kasi, r.id, { value: 4, reason: 'Satu berkas terlewat' });
    expect(twice).toMatchObject({ value: 4, correction: { reason: 'Satu berkas terlewat', previous: 30 } });
    const audit = await o.repo.db.audit.where('entityId').equals(r.id).toArray();
    expect(audit.map((a) => [a.action, a.actorName])).toEqual([
      ['realisation.save', 'Akun 199203152018032004'],
      ['realisation.correct', 'Akun 198507142010122002'],
      ['realisation.correct', 'Akun 198507142010122002'],
    ]);
    expect(audit[1]!.changes).toEqual(expect.arrayContaining([{ field: 'value', from: 30, to: 3 }]));
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('is refused to a colleague, the employee, a higher appraiser and HR; and without a reason', async () => {
    const o = await office();
    const r = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 30));
    const before = await snapshot(o.repo);
    for (const who of [o.as.staff2, o.as.staff1, o.as.kabid, o.admin]) {
      await expect(correctRealisation(o.repo, who, r.id, { value: 3, reason: 'Salah ketik' })).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    await expect(correctRealisation(o.repo, o.as.kasi, r.id, { value: 3, reason: '  ' })).rejects.toMatchObject({ code: 'field.required', field: 'reason' });
    await expect(correctRealisation(o.repo, o.as.kasi, r.id, { value: -3, reason: 'Salah ketik' })).rejects.toMatchObject({ code: 'monitoring.valueNegative' });
    await expect(correctRealisation(o.repo, o.as.kasi, 'tidak-ada', { value: 3, reason: 'Salah ketik' })).rejects.toMatchObject({ code: 'monitoring.realisationNotFound' });
    expect(await snapshot(o.repo)).toBe(before);
  });
});

describe('after a correction', () => {
  it('the employee cannot overwrite the appraiser’s value by saving again; HR can', async () => {
    const o = await office();
    const r = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 30));
    await correctRealisation(o.repo, o.as.kasi, r.id, { value: 3, reason: 'Salah ketik' });
    const before = await snapshot(o.repo);
    await expect(saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 30))).rejects.toMatchObject({ code: 'monitoring.realisationCorrected', params: { by: 'Akun 198507142010122002' } });
    expect(await snapshot(o.repo)).toBe(before);
    expect(await saveRealisation(o.repo, o.admin, entry(o.skp.id, '2026-Q1', 5))).toMatchObject({ value: 5 });
  });
});

describe('reading realisations', () => {
  it('is for those who may read the SKP: the employee, the appraiser, HR and the head, not a colleague', async () => {
    const o = await office();
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3));
    for (const who of [o.as.staff1, o.as.kasi, o.admin, o.as.head]) {
      expect((await listRealisations(o.repo, who, o.skp.id)).map((r) => r.value)).toEqual([3]);
    }
    await expect(listRealisations(o.repo, o.as.staff2, o.skp.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('for many SKPs at once leaves out those the person may not read', async () => {
    const o = await office();
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3));
    o.setDay('2026-04-05'); // Q2 has started, Q1 is still open
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q2', 4));
    const values = (m: Map<string, { value: number }[]>) => Object.fromEntries([...m].map(([id, list]) => [id, list.map((r) => r.value).sort()]));
    expect(values(await realisationsBySkp(o.repo, o.as.kasi, [o.skp.id, 'no-such-skp']))).toEqual({ [o.skp.id]: [3, 4] });
    expect(values(await realisationsBySkp(o.repo, o.as.staff2, [o.skp.id]))).toEqual({});
  });

  it('keeps every write in the audit trail and outbox, and the chain verifies', async () => {
    const o = await office();
    const outboxBefore = await o.repo.db.outbox.count();
    const r = await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, '2026-Q1', 3));
    await saveRealisation(o.repo, o.admin, entry(o.skp.id, '2026-Q1', 5));
    await correctRealisation(o.repo, o.as.kasi, r.id, { value: 4, reason: 'Cek register' });
    expect(await o.repo.db.outbox.count()).toBe(outboxBefore + 3);
    const changes = (await o.repo.db.outbox.toArray()).flatMap((page) => page.changes).filter((c) => c.entity === 'realisations');
    expect(changes.map((c) => [c.id, c.rev])).toEqual([[r.id, 1], [r.id, 2], [r.id, 3]]);
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });
});
