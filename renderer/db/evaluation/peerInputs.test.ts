import { describe, expect, it } from 'vitest';
import { berakhlakKeys, type BerakhlakKey } from '../../../shared/skp/berakhlak';
import type { Rating } from '../../../shared/evaluation/tables';
import { approvedStaffOffice } from '../monitoring/monitoringTesting';
import { updateOfficeSettings } from '../office';
import { snapshot } from '../testRepo';
import { evaluationId, finaliseEvaluation, saveRating } from './evaluations';
import { myPeerRequests, peerInputId, peerView, requestPeerInput, submitPeerInput } from './peerInputs';

const all = (r: Rating, over: Partial<Record<BerakhlakKey, Rating>> = {}) => ({ ...Object.fromEntries(berakhlakKeys.map((k) => [k, r])), ...over }) as Record<BerakhlakKey, Rating>;

/** Agnes (staff1) is evaluated by the kasi; staff2 and the kabid are asked for input on Q1. */
async function office(anonymous: boolean) {
  const o = await approvedStaffOffice('2026-04-01');
  await updateOfficeSettings(o.repo, o.admin, { peerInput: { enabled: true, anonymous } });
  const ask = () => requestPeerInput(o.repo, o.as.kasi, o.skp.id, '2026-Q1', [o.p.staff2.id, o.p.kabidPerson.id]);
  return { ...o, ask, staff2Request: peerInputId(o.skp.id, '2026-Q1', o.p.staff2.id), kabidRequest: peerInputId(o.skp.id, '2026-Q1', o.p.kabidPerson.id) };
}

describe('peer input on perilaku kerja', () => {
  it('is refused while the office has not turned it on, and only the employee’s appraiser asks, never the employee themselves', async () => {
    const o = await approvedStaffOffice('2026-04-01');
    await expect(requestPeerInput(o.repo, o.as.kasi, o.skp.id, '2026-Q1', [o.p.staff2.id])).rejects.toMatchObject({ code: 'evaluation.peerDisabled' });
    await updateOfficeSettings(o.repo, o.admin, { peerInput: { enabled: true, anonymous: true } });
    const before = await snapshot(o.repo);
    await expect(requestPeerInput(o.repo, o.as.kabid, o.skp.id, '2026-Q1', [o.p.staff2.id])).rejects.toMatchObject({ code: 'evaluation.notSubordinate' });
    await expect(requestPeerInput(o.repo, o.as.kasi, o.skp.id, '2026-Q1', [o.p.staff1.id])).rejects.toMatchObject({ code: 'evaluation.peerNotColleague' });
    await expect(requestPeerInput(o.repo, o.as.kasi, o.skp.id, '2026-Q1', [])).rejects.toMatchObject({ code: 'evaluation.peerNoneChosen' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('each colleague answers their own request with all seven values; nobody else can', async () => {
    const o = await office(true);
    await o.ask();
    expect((await myPeerRequests(o.repo, o.as.staff2)).map((r) => r.request.id)).toEqual([o.staff2Request]);
    expect(await myPeerRequests(o.repo, o.as.staff1)).toEqual([]);
    await expect(submitPeerInput(o.repo, o.as.staff2, o.staff2Request, { values: { ...all('sesuai'), loyal: undefined as unknown as Rating }, comment: '' })).rejects.toMatchObject({ code: 'evaluation.peerValueMissing' });
    await expect(submitPeerInput(o.repo, o.as.kasi, o.staff2Request, { values: all('sesuai'), comment: '' })).rejects.toMatchObject({ code: 'evaluation.peerNotFound' });
    expect((await submitPeerInput(o.repo, o.as.staff2, o.staff2Request, { values: all('sesuai'), comment: 'Datang tepat waktu' })).submittedAt).not.toBeNull();
  });

  it('anonymous: the appraiser sees the counts and comments from two answers without names, nothing from one', async () => {
    const o = await office(true);
    await o.ask();
    await submitPeerInput(o.repo, o.as.staff2, o.staff2Request, { values: all('sesuai', { kolaboratif: 'di-atas' }), comment: 'Sigap membantu tim' });
    const one = await peerView(o.repo, o.as.kasi, o.skp.id, '2026-Q1');
    // Whom else the kasi could ask: the active colleagues not asked yet, never Agnes herself.
    expect(one.candidates.map((c) => c.id).sort()).toEqual([o.p.head.id, o.p.kasiPerson.id].sort());
    expect(one.summary).toMatchObject({ asked: 2, answered: 1, shown: false, comments: [] });
    expect(one.asked.map((a) => a.answered)).toEqual([null, null]); // who answered is not told either
    await submitPeerInput(o.repo, o.as.kabid, o.kabidRequest, { values: all('sesuai'), comment: 'Datang tepat waktu' });
    const two = await peerView(o.repo, o.as.kasi, o.skp.id, '2026-Q1');
    expect(two.summary.counts.kolaboratif).toEqual({ 'di-bawah': 0, sesuai: 1, 'di-atas': 1 });
    expect(two.summary.comments).toEqual([{ text: 'Datang tepat waktu', raterId: null }, { text: 'Sigap membantu tim', raterId: null }]);
    // A colleague who was asked cannot read the summary; the employee not before it is final.
    await expect(peerView(o.repo, o.as.staff2, o.skp.id, '2026-Q1')).rejects.toMatchObject({ code: 'auth.forbidden' });
    await expect(peerView(o.repo, o.as.staff1, o.skp.id, '2026-Q1')).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('named: the appraiser sees who said what; once the evaluation is final nobody can answer or be asked', async () => {
    const o = await office(false);
    await o.ask();
    await submitPeerInput(o.repo, o.as.staff2, o.staff2Request, { values: all('sesuai'), comment: 'Rapi' });
    const view = await peerView(o.repo, o.as.kasi, o.skp.id, '2026-Q1');
    expect(view.summary.comments).toEqual([{ text: 'Rapi', raterId: o.p.staff2.id }]);
    expect(view.asked.find((a) => a.raterId === o.p.staff2.id)?.answered).toBe(true);

    await saveRating(o.repo, o.as.kasi, { skpId: o.skp.id, periodKey: '2026-Q1', hasil: 'sesuai', hasilNote: 'Tercapai', perilaku: 'sesuai', perilakuNote: 'Sesuai masukan rekan' });
    await finaliseEvaluation(o.repo, o.as.kasi, evaluationId(o.skp.id, '2026-Q1'));
    await expect(submitPeerInput(o.repo, o.as.kabid, o.kabidRequest, { values: all('sesuai'), comment: '' })).rejects.toMatchObject({ code: 'evaluation.final' });
    await expect(o.ask()).rejects.toMatchObject({ code: 'evaluation.final' });
  });
});
