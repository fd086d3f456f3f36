import { describe, expect, it } from 'vitest';
import { approvedStaffOffice, assigned, content } from '../monitoring/monitoringTesting';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, saveSkpContent } from '../skp/skps';
import { snapshot } from '../testRepo';
import { listAudit } from '../audit';
import { acknowledgeEvaluation, evaluationId, evaluationRows, evaluationsOfSkp, finaliseEvaluation, officeDistribution, reopenEvaluation, saveRating, unitDistributionOf, type RatingInput } from './evaluations';
import { recordOrgResult } from './orgResults';
import { ratingView } from './ratingView';

/**
 * The Dinas of monitoringTesting: staff1 (Agnes) and staff2 in Seksi Pengadaan, appraised by the
 * kasi; the kasi by the kabid (Atasan Pejabat Penilai of the staff); the head of office reads all.
 * Quarterly rules; today 1 April 2026.
 */
async function office() {
  const o = await approvedStaffOffice('2026-04-01');
  const seksi = o.p.staff1.unitId!;
  const rate = (over: Partial<RatingInput> = {}): RatingInput => ({ skpId: o.skp.id, periodKey: '2026-Q1', hasil: 'sesuai', hasilNote: 'Target dokumen tercapai', perilaku: 'sesuai', perilakuNote: 'Sesuai nilai BerAKHLAK', ...over });
  return { ...o, seksi, rate, id: evaluationId(o.skp.id, '2026-Q1') };
}

async function approveStaff2(o: Awaited<ReturnType<typeof office>>) {
  const draft = await createSkp(o.repo, o.as.staff2, { employeeId: o.p.staff2.id, year: 2026 });
  await saveSkpContent(o.repo, o.as.staff2, draft.id, content([assigned('T1', 'Terverifikasinya berkas')]));
  await submitSkp(o.repo, o.as.staff2, draft.id);
  return approveSkp(o.repo, o.as.kasi, draft.id);
}

describe('rating a subordinate', () => {
  it('gives the predikat from the matrix, never typed: Di Atas hasil × Sesuai perilaku = Baik; Di Atas × Di Atas = Sangat Baik', async () => {
    const o = await office();
    expect((await saveRating(o.repo, o.as.kasi, o.rate({ hasil: 'di-atas' }))).predikat).toBe('baik');
    expect((await saveRating(o.repo, o.as.kasi, o.rate({ hasil: 'di-atas', perilaku: 'di-atas' }))).predikat).toBe('sangat-baik');
    // One rating alone: no predikat yet.
    expect((await saveRating(o.repo, o.as.kasi, o.rate({ perilaku: null }))).predikat).toBeNull();
  });

  it('is only for the employee’s own Pejabat Penilai: the head, the Atasan, HR and a colleague are refused, nothing written', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    for (const who of [o.as.head, o.as.kabid, o.admin, o.as.staff2, o.as.staff1]) {
      await expect(saveRating(o.repo, who, o.rate())).rejects.toMatchObject({ code: 'evaluation.notSubordinate', params: { name: o.skp.snapshot.employee.name } });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('refuses a period with no approved SKP, a period outside the rhythm, and accepts the year', async () => {
    const o = await office();
    const draft = await createSkp(o.repo, o.as.staff2, { employeeId: o.p.staff2.id, year: 2026 });
    const before = await snapshot(o.repo);
    await expect(saveRating(o.repo, o.as.kasi, o.rate({ skpId: draft.id }))).rejects.toMatchObject({ code: 'evaluation.skpNotApproved' });
    await expect(saveRating(o.repo, o.as.kasi, o.rate({ periodKey: '2026-M01' }))).rejects.toMatchObject({ code: 'evaluation.periodInvalid', params: { key: '2026-M01', rhythm: 'quarterly' } });
    await expect(saveRating(o.repo, o.as.kasi, o.rate({ periodKey: '2027-Q1' }))).rejects.toMatchObject({ code: 'evaluation.periodInvalid' });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await saveRating(o.repo, o.as.kasi, o.rate({ periodKey: '2026-Y' }))).id).toBe(evaluationId(o.skp.id, '2026-Y'));
  });
});

describe('the organisation’s result', () => {
  it('is recorded by the official one level up (the kabid for the seksi) or HR; not by the kasi or staff', async () => {
    const o = await office();
    const input = { unitId: o.seksi, periodKey: '2026-Q1', predikat: 'baik' as const, note: 'IKU seksi tercapai' };
    const before = await snapshot(o.repo);
    for (const who of [o.as.kasi, o.as.staff1]) await expect(recordOrgResult(o.repo, who, input)).rejects.toMatchObject({ code: 'evaluation.notOrgOfficial' });
    await expect(recordOrgResult(o.repo, o.as.kabid, { ...input, periodKey: '2026-M02' })).rejects.toMatchObject({ code: 'evaluation.periodInvalid' });
    expect(await snapshot(o.repo)).toBe(before);
    expect(await recordOrgResult(o.repo, o.as.kabid, input)).toMatchObject({ predikat: 'baik', recordedBy: expect.any(String) });
    expect(await recordOrgResult(o.repo, o.admin, { ...input, predikat: 'istimewa' })).toMatchObject({ predikat: 'istimewa' });
  });
});

describe('finalising', () => {
  it('needs both ratings and both justifications, then locks the evaluation', async () => {
    const o = await office();
    await saveRating(o.repo, o.as.kasi, o.rate({ hasil: null }));
    await expect(finaliseEvaluation(o.repo, o.as.kasi, o.id)).rejects.toMatchObject({ code: 'evaluation.hasilMissing', field: 'hasil' });
    await saveRating(o.repo, o.as.kasi, o.rate({ perilakuNote: '' }));
    await expect(finaliseEvaluation(o.repo, o.as.kasi, o.id)).rejects.toMatchObject({ code: 'evaluation.perilakuNoteMissing' });
    await saveRating(o.repo, o.as.kasi, o.rate());
    expect(await finaliseEvaluation(o.repo, o.as.kasi, o.id)).toMatchObject({ status: 'final', predikat: 'baik', distributionOverride: null });
    await expect(saveRating(o.repo, o.as.kasi, o.rate({ hasil: 'di-atas' }))).rejects.toMatchObject({ code: 'evaluation.final' });
  });

  it('with the unit’s distribution breaking its organisation result’s rule, only with a written reason, kept with the breaches', async () => {
    const o = await office();
    await approveStaff2(o);
    // Seksi "Baik": Baik at most 70 % and at least one Butuh Perbaikan or Kurang.
    await recordOrgResult(o.repo, o.as.kabid, { unitId: o.seksi, periodKey: '2026-Q1', predikat: 'baik', note: '' });
    await saveRating(o.repo, o.as.kasi, o.rate());
    // staff1 Baik alone: 1 of 1 = 100 % Baik (> 70 %: floor(0.7 × 1) = 0 allowed) and no BP/Kurang → 2 breaches.
    expect((await unitDistributionOf(o.repo, o.as.kasi, o.id)).breaches).toHaveLength(2);
    const before = await snapshot(o.repo);
    await expect(finaliseEvaluation(o.repo, o.as.kasi, o.id)).rejects.toMatchObject({ code: 'evaluation.distributionBreach', params: { count: 2 } });
    await expect(finaliseEvaluation(o.repo, o.as.kasi, o.id, { overrideReason: '  ' })).rejects.toMatchObject({ code: 'evaluation.distributionBreach' });
    expect(await snapshot(o.repo)).toBe(before);

    // staff2 Butuh Perbaikan (Di Bawah × Sesuai): 1 Baik of 2 = 50 % ≤ 70 % (floor(1.4) = 1), one BP → the rule holds.
    const staff2 = (await o.repo.db.skps.where('employeeId').equals(o.p.staff2.id).first())!;
    await saveRating(o.repo, o.as.kasi, { ...o.rate({ skpId: staff2.id, hasil: 'di-bawah' }) });
    expect(await unitDistributionOf(o.repo, o.as.kasi, o.id)).toMatchObject({ unitId: o.seksi, org: 'baik', breaches: [], distribution: { total: 2, counts: { baik: 1, 'butuh-perbaikan': 1 } } });
    expect((await finaliseEvaluation(o.repo, o.as.kasi, o.id)).distributionOverride).toBeNull();

    // With staff2 moved up to Baik the unit breaks the rule again: finalised with a reason, which is kept.
    await saveRating(o.repo, o.as.kasi, { ...o.rate({ skpId: staff2.id }) });
    const overridden = await finaliseEvaluation(o.repo, o.as.kasi, evaluationId(staff2.id, '2026-Q1'), { overrideReason: 'Seksi kecil; keduanya memenuhi ekspektasi' });
    expect(overridden.distributionOverride).toMatchObject({ reason: 'Seksi kecil; keduanya memenuhi ekspektasi', breaches: [expect.objectContaining({ peopleToMove: 1 }), expect.objectContaining({ peopleToMove: 1 })] });
    expect(await officeDistribution(o.repo, o.admin, '2026-Q1')).toEqual([expect.objectContaining({ unitId: o.seksi, org: 'baik', distribution: expect.objectContaining({ total: 2 }) })]);
    await expect(officeDistribution(o.repo, o.as.kasi, '2026-Q1')).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('reading, acknowledging and reopening', () => {
  it('the employee sees their own only once final and acknowledges it; the Atasan and the head see drafts; a colleague never', async () => {
    const o = await office();
    await saveRating(o.repo, o.as.kasi, o.rate());
    expect(await evaluationsOfSkp(o.repo, o.as.staff1, o.skp.id)).toEqual([]);
    for (const who of [o.as.kasi, o.as.kabid, o.as.head, o.admin]) expect(await evaluationsOfSkp(o.repo, who, o.skp.id)).toHaveLength(1);
    await expect(acknowledgeEvaluation(o.repo, o.as.staff1, o.id, '')).rejects.toMatchObject({ code: 'evaluation.notFound' });

    await finaliseEvaluation(o.repo, o.as.kasi, o.id);
    expect(await evaluationsOfSkp(o.repo, o.as.staff1, o.skp.id)).toHaveLength(1);
    expect(await evaluationsOfSkp(o.repo, o.as.staff2, o.skp.id)).toEqual([]);
    await expect(acknowledgeEvaluation(o.repo, o.as.kasi, o.id, 'Saya')).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect((await acknowledgeEvaluation(o.repo, o.as.staff1, o.id, 'Terima kasih atas masukannya')).acknowledgement).toMatchObject({ comment: 'Terima kasih atas masukannya' });
  });

  it('only HR reopens, only with a reason; the reopening is kept and audited', async () => {
    const o = await office();
    await saveRating(o.repo, o.as.kasi, o.rate());
    await finaliseEvaluation(o.repo, o.as.kasi, o.id);
    const before = await snapshot(o.repo);
    await expect(reopenEvaluation(o.repo, o.as.kasi, o.id, 'Salah rating')).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(reopenEvaluation(o.repo, o.admin, o.id, ' ')).rejects.toMatchObject({ code: 'evaluation.reasonMissing' });
    expect(await snapshot(o.repo)).toBe(before);
    const reopened = await reopenEvaluation(o.repo, o.admin, o.id, 'Bukti dukung baru diterima');
    expect(reopened).toMatchObject({ status: 'draft', finalisedAt: null, reopenings: [expect.objectContaining({ reason: 'Bukti dukung baru diterima' })] });
    await expect(reopenEvaluation(o.repo, o.admin, o.id, 'Lagi')).rejects.toMatchObject({ code: 'evaluation.notFinal' });
    const actions = (await listAudit(o.repo, o.admin)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['evaluation.rate', 'evaluation.finalise', 'evaluation.reopen']));
  });
});

describe('the evaluation list', () => {
  it('shows each person the SKPs they may see with the period’s evaluation, and whether they may rate', async () => {
    const o = await office();
    await saveRating(o.repo, o.as.kasi, o.rate());
    const rows = async (who: typeof o.admin) =>
      (await evaluationRows(o.repo, who, 2026, '2026-Q1')).map((r) => [r.skp.snapshot.employee.name, r.evaluation?.predikat ?? null, r.mayRate]);
    const agnes = o.skp.snapshot.employee.name;
    expect(await rows(o.as.kasi)).toEqual([[agnes, 'baik', true]]);
    expect(await rows(o.as.kabid)).toEqual([[agnes, 'baik', false]]); // the Atasan reads, does not rate
    expect(await rows(o.admin)).toEqual([[agnes, 'baik', false]]);
    expect(await rows(o.as.staff1)).toEqual([[agnes, null, false]]); // a draft is not shown to the employee
    expect(await rows(o.as.staff2)).toEqual([]);
  });
});

describe('the annual rating of a unit head', () => {
  it('takes the rating hasil kerja from the unit’s organisation result for the year: Istimewa → Di Atas', async () => {
    const o = await office();
    // The kasi heads Seksi Pengadaan; the kabid appraises them.
    const draft = await createSkp(o.repo, o.as.kasi, { employeeId: o.p.kasiPerson.id, year: 2026 });
    await saveSkpContent(o.repo, o.as.kasi, draft.id, content([assigned('K1', 'Tersusunnya dokumen pengadaan')]));
    await submitSkp(o.repo, o.as.kasi, draft.id);
    const kasiSkp = await approveSkp(o.repo, o.as.kabid, draft.id);
    const annual = (over: Partial<RatingInput>) => o.rate({ skpId: kasiSkp.id, periodKey: '2026-Y', ...over });

    const before = await snapshot(o.repo);
    await expect(saveRating(o.repo, o.as.kabid, annual({}))).rejects.toMatchObject({ code: 'evaluation.orgResultFirst', params: { unit: 'Seksi Pengadaan' } });
    expect(await snapshot(o.repo)).toBe(before);
    expect((await saveRating(o.repo, o.as.kabid, annual({ hasil: null }))).hasil).toBeNull();
    expect((await ratingView(o.repo, o.as.kabid, kasiSkp.id, '2026-Y')).headHasil).toEqual({ unit: 'Seksi Pengadaan', rating: null });

    await recordOrgResult(o.repo, o.as.kabid, { unitId: o.seksi, periodKey: '2026-Y', predikat: 'istimewa', note: 'Semua IKU seksi melampaui target' });
    await expect(saveRating(o.repo, o.as.kabid, annual({ hasil: 'sesuai' }))).rejects.toMatchObject({ code: 'evaluation.hasilFromOrg' });
    // Di Atas (from Istimewa) × Sesuai perilaku = Baik.
    expect(await saveRating(o.repo, o.as.kabid, annual({ hasil: null }))).toMatchObject({ hasil: 'di-atas', predikat: 'baik' });
    expect((await ratingView(o.repo, o.as.kabid, kasiSkp.id, '2026-Y')).headHasil).toEqual({ unit: 'Seksi Pengadaan', rating: 'di-atas' });
    expect((await ratingView(o.repo, o.as.kabid, kasiSkp.id, '2026-Q1')).headHasil).toBeNull();
    // A periodic rating of the head, and the annual rating of staff, stay the appraiser's own.
    expect((await saveRating(o.repo, o.as.kabid, o.rate({ skpId: kasiSkp.id, hasil: 'di-bawah' }))).hasil).toBe('di-bawah');
    expect((await saveRating(o.repo, o.as.kasi, o.rate({ periodKey: '2026-Y', hasil: 'di-bawah' }))).hasil).toBe('di-bawah');
  });
});
