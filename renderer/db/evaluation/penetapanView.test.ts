import { describe, expect, it } from 'vitest';
import { approvedStaffOffice } from '../monitoring/monitoringTesting';
import { evaluationId, finaliseEvaluation, saveRating } from './evaluations';
import { recordOrgResult } from './orgResults';
import { penetapanView } from './penetapanView';

/**
 * The Dinas of monitoringTesting: staff1 in Seksi Pengadaan (under Bidang Mutasi), rated by the
 * kasi; the kabid appraises the kasi, so records the seksi's result and signs its penetapan.
 * Quarterly rules; today 1 April 2026.
 */
async function office() {
  const o = await approvedStaffOffice('2026-04-01');
  const ids = { seksi: o.p.staff1.unitId!, bidang: o.p.kabidPerson.unitId! };
  await recordOrgResult(o.repo, o.as.kabid, { unitId: ids.seksi, periodKey: '2026-Q1', predikat: 'baik', note: 'IKU seksi tercapai' });
  await saveRating(o.repo, o.as.kasi, { skpId: o.skp.id, periodKey: '2026-Q1', hasil: 'sesuai', hasilNote: 'Tercapai', perilaku: 'sesuai', perilakuNote: 'Baik' });
  return { ...o, ids };
}

describe('the Penetapan Predikat Kinerja of a unit', () => {
  it('lists the evaluations counted in the unit with the result and the official who signs (the kabid)', async () => {
    const o = await office();
    const view = await penetapanView(o.repo, o.as.kabid, o.ids.seksi, '2026-Q1');
    expect(view.unitName).toBe('Seksi Pengadaan');
    expect(view.orgResult).toMatchObject({ predikat: 'baik', note: 'IKU seksi tercapai' });
    expect(view.members).toEqual([expect.objectContaining({ evaluationId: evaluationId(o.skp.id, '2026-Q1'), nip: o.p.staff1.nip, predikat: 'baik', final: false })]);
    expect(view.official).toMatchObject({ nip: o.p.kabidPerson.nip });
  });

  it('counts a finalised evaluation as final; HR and the head of office may print it too', async () => {
    const o = await office();
    await finaliseEvaluation(o.repo, o.as.kasi, evaluationId(o.skp.id, '2026-Q1'), { overrideReason: 'Satu pegawai saja.' });
    for (const who of [o.admin, o.as.head]) {
      expect((await penetapanView(o.repo, who, o.ids.seksi, '2026-Q1')).members.map((m) => [m.nip, m.final])).toEqual([[o.p.staff1.nip, true]]);
    }
  });

  it('refuses the kasi and the staff (not the unit official), and a period outside the rhythm', async () => {
    const o = await office();
    for (const who of [o.as.kasi, o.as.staff1, o.as.staff2]) {
      await expect(penetapanView(o.repo, who, o.ids.seksi, '2026-Q1')).rejects.toMatchObject({ code: 'evaluation.notOrgOfficial' });
    }
    await expect(penetapanView(o.repo, o.admin, o.ids.seksi, '2026-M01')).rejects.toMatchObject({ code: 'evaluation.periodInvalid' });
  });

  it('counts the seksi under the bidang when only the bidang has a result', async () => {
    const o = await office();
    // Another period: only the bidang's result is recorded, so the seksi's people count there.
    await recordOrgResult(o.repo, o.as.head, { unitId: o.ids.bidang, periodKey: '2026-Q2', predikat: 'istimewa', note: '' });
    await saveRating(o.repo, o.as.kasi, { skpId: o.skp.id, periodKey: '2026-Q2', hasil: 'di-atas', hasilNote: 'x', perilaku: 'di-atas', perilakuNote: 'y' });
    expect((await penetapanView(o.repo, o.as.head, o.ids.bidang, '2026-Q2')).members.map((m) => m.predikat)).toEqual(['sangat-baik']);
    expect((await penetapanView(o.repo, o.as.head, o.ids.seksi, '2026-Q2')).members.map((m) => m.predikat)).toEqual(['sangat-baik']);
    expect((await penetapanView(o.repo, o.as.head, o.ids.bidang, '2026-Q1')).members).toEqual([]);
  });
});
