import { describe, expect, it } from 'vitest';
import { approvedStaffOffice } from '../monitoring/monitoringTesting';
import { evaluationId, finaliseEvaluation, saveRating, type RatingInput } from './evaluations';
import { recordOrgResult } from './orgResults';
import { ratingView } from './ratingView';

/** The Dinas of monitoringTesting: staff1's SKP approved by the kasi, the kabid the Atasan; quarterly, today 1 April 2026. */
async function office() {
  const o = await approvedStaffOffice('2026-04-01');
  const rate: RatingInput = { skpId: o.skp.id, periodKey: '2026-Q1', hasil: 'sesuai', hasilNote: 'Target tercapai', perilaku: 'sesuai', perilakuNote: 'Sesuai BerAKHLAK' };
  return { ...o, rate, seksi: o.p.staff1.unitId! };
}

describe('the rating screen’s view', () => {
  it('before any rating: the rater may rate and sees the unit’s distribution without this SKP counted, framed by the organisation result', async () => {
    const o = await office();
    await recordOrgResult(o.repo, o.as.kabid, { unitId: o.seksi, periodKey: '2026-Q1', predikat: 'baik', note: 'IKU seksi tercapai' });
    const view = await ratingView(o.repo, o.as.kasi, o.skp.id, '2026-Q1');
    expect(view).toMatchObject({ evaluation: null, mayRate: true, mayReopen: false, mayAcknowledge: false, ownNotFinal: false });
    expect(view.distribution).toMatchObject({ unitId: o.seksi, org: 'baik', breaches: [], distribution: { total: 0 } });
    expect(view.orgResult).toMatchObject({ predikat: 'baik', note: 'IKU seksi tercapai', unitName: expect.any(String) });
  });

  it('the Atasan and HR read the draft but do not rate; HR may reopen; a colleague is refused', async () => {
    const o = await office();
    await saveRating(o.repo, o.as.kasi, o.rate);
    for (const who of [o.as.kabid, o.admin, o.as.head]) {
      const view = await ratingView(o.repo, who, o.skp.id, '2026-Q1');
      expect(view).toMatchObject({ mayRate: false, evaluation: { predikat: 'baik', status: 'draft' } });
      expect(view.distribution).toMatchObject({ unitId: null, org: null, distribution: { total: 1 } });
    }
    expect((await ratingView(o.repo, o.admin, o.skp.id, '2026-Q1')).mayReopen).toBe(true);
    await expect(ratingView(o.repo, o.as.staff2, o.skp.id, '2026-Q1')).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('the employee sees nothing of a draft, then the final evaluation and may acknowledge it', async () => {
    const o = await office();
    await saveRating(o.repo, o.as.kasi, o.rate);
    const draft = await ratingView(o.repo, o.as.staff1, o.skp.id, '2026-Q1');
    expect(draft).toMatchObject({ ownNotFinal: true, evaluation: null, distribution: null, realisations: [], feedback: [] });
    await finaliseEvaluation(o.repo, o.as.kasi, evaluationId(o.skp.id, '2026-Q1'));
    expect(await ratingView(o.repo, o.as.staff1, o.skp.id, '2026-Q1')).toMatchObject({ ownNotFinal: false, mayAcknowledge: true, evaluation: { status: 'final' } });
  });

  it('refuses a period that is not one of the SKP’s evaluation periods; lists the other periods’ evaluations for the annual one', async () => {
    const o = await office();
    await expect(ratingView(o.repo, o.as.kasi, o.skp.id, '2026-M01')).rejects.toMatchObject({ code: 'evaluation.periodInvalid' });
    await saveRating(o.repo, o.as.kasi, o.rate);
    const annual = await ratingView(o.repo, o.as.kasi, o.skp.id, '2026-Y');
    expect(annual.others.map((e) => e.periodKey)).toEqual(['2026-Q1']);
  });
});
