import { describe, expect, it } from 'vitest';
import { approvedStaffOffice } from '../monitoring/monitoringTesting';
import { saveRealisation } from '../monitoring/realisations';
import { recordOrgResult } from './orgResults';
import { orgResultsView } from './orgResultsView';
import { penetapanView } from './penetapanView';

const entry = (skpId: string, ikiId: string, periodKey: string, value: number) => ({ skpId, ikiId, periodKey, value, source: 'Register', note: '', explanation: '' });

/**
 * The Dinas of monitoringTesting (Dinas → Bidang Mutasi → Seksi Pengadaan): the head appraises
 * the kabid, the kabid the kasi, the kasi staff1, whose approved SKP has one IKI, 12 Dokumen a
 * year summed (3 a quarter). Quarterly rules; today 5 April 2026 (Q1 still open for entry).
 */
async function office() {
  const o = await approvedStaffOffice('2026-04-05');
  const ids = { root: o.p.head.unitId!, bidang: o.p.kabidPerson.unitId!, seksi: o.p.staff1.unitId! };
  return { ...o, ids };
}

const summary = (rows: Awaited<ReturnType<typeof orgResultsView>>) => rows.map((r) => [r.name, r.depth, r.mayRecord]);

describe('the organisation results of a period', () => {
  it('HR sees every unit in tree order and may record all of them', async () => {
    const o = await office();
    const rows = await orgResultsView(o.repo, o.admin, '2026-Q1');
    expect(rows.map((r) => r.unitId)).toEqual([o.ids.root, o.ids.bidang, o.ids.seksi]);
    expect(rows.map((r) => [r.depth, r.mayRecord])).toEqual([
      [0, true],
      [1, true],
      [2, true],
    ]);
  });

  it('the head of office sees every unit and records only the one whose head they appraise (the Bidang)', async () => {
    const o = await office();
    const rows = await orgResultsView(o.repo, o.as.head, '2026-Q1');
    expect(rows.map((r) => [r.unitId, r.mayRecord])).toEqual([
      [o.ids.root, false],
      [o.ids.bidang, true],
      [o.ids.seksi, false],
    ]);
  });

  it('the kabid records the seksi whose head they appraise and reads their own Bidang; the kasi and staff only read their seksi', async () => {
    const o = await office();
    expect(summary(await orgResultsView(o.repo, o.as.kabid, '2026-Q1'))).toEqual([
      ['Bidang Mutasi', 1, false],
      ['Seksi Pengadaan', 2, true],
    ]);
    for (const who of [o.as.kasi, o.as.staff1]) expect(summary(await orgResultsView(o.repo, who, '2026-Y'))).toEqual([['Seksi Pengadaan', 2, false]]);
  });

  it('offers the Penetapan to print exactly where penetapanView lets the person print it', async () => {
    const o = await office();
    const printable = async (who: typeof o.admin) => {
      const rows = await orgResultsView(o.repo, who, '2026-Q1');
      for (const r of rows) {
        const prints = await penetapanView(o.repo, who, r.unitId, '2026-Q1').then(() => true, () => false);
        expect(r.mayPrint, r.name).toBe(prints);
      }
      return rows.map((r) => r.mayPrint);
    };
    // HR and the head of office print every unit's; the kabid the seksi they record, not their own Bidang; the kasi nothing.
    expect(await printable(o.admin)).toEqual([true, true, true]);
    expect(await printable(o.as.head)).toEqual([true, true, true]);
    expect(await printable(o.as.kabid)).toEqual([false, true]);
    expect(await printable(o.as.kasi)).toEqual([false]);
  });

  it('shows the recorded result, for that period only', async () => {
    const o = await office();
    await recordOrgResult(o.repo, o.as.kabid, { unitId: o.ids.seksi, periodKey: '2026-Q1', predikat: 'baik', note: 'IKU seksi tercapai' });
    const [seksi] = await orgResultsView(o.repo, o.as.kasi, '2026-Q1');
    expect(seksi!.result).toEqual({ predikat: 'baik', note: 'IKU seksi tercapai', recordedBy: expect.any(String) });
    expect((await orgResultsView(o.repo, o.as.kasi, '2026-Q2'))[0]!.result).toBeNull();
    expect((await orgResultsView(o.repo, o.as.kasi, '2026-Y'))[0]!.result).toBeNull();
  });

  it('gives each unit the capaian of its indicators with its sub-units’, per period and over the year (worked example)', async () => {
    const o = await office();
    // Nothing entered: no data, never 0 %.
    expect((await orgResultsView(o.repo, o.admin, '2026-Q1')).map((r) => r.capaian)).toEqual([null, null, null]);
    // Q1: 3 against 12 ÷ 4 = 3 → 100 %. Q2: 2 against 3 → 66.67 %. Q3 and Q4 not entered (not rated).
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, 'S1-iki', '2026-Q1', 3));
    await saveRealisation(o.repo, o.as.staff1, entry(o.skp.id, 'S1-iki', '2026-Q2', 2));
    const q1 = await orgResultsView(o.repo, o.admin, '2026-Q1');
    // The seksi's one IKI, counted in the Bidang and the Dinas above it.
    expect(q1.map((r) => r.capaian)).toEqual([1, 1, 1]);
    const q2 = await orgResultsView(o.repo, o.admin, '2026-Q2');
    for (const r of q2) expect(r.capaian).toBeCloseTo(2 / 3, 4);
    // The year: (10,000 + 6,667 bp) over 2 rated indicator-periods = 83.33 %.
    const annual = await orgResultsView(o.repo, o.admin, '2026-Y');
    for (const r of annual) expect(r.capaian).toBeCloseTo((1 + 2 / 3) / 2, 4);
    expect((await orgResultsView(o.repo, o.admin, '2026-Q3'))[2]!.capaian).toBeNull();
  });

  it('refuses a key that is not a period of the year’s rhythm nor the year', async () => {
    const o = await office();
    await expect(orgResultsView(o.repo, o.admin, '2026-M01')).rejects.toMatchObject({ code: 'evaluation.periodInvalid', params: { key: '2026-M01', rhythm: 'quarterly' } });
    await expect(orgResultsView(o.repo, o.admin, 'kemarin')).rejects.toMatchObject({ code: 'evaluation.periodInvalid' });
  });
});
