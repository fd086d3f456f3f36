import { describe, expect, it } from 'vitest';
import { buildRosterPlan } from './plan';
import { allIssues, book, dinas, NIP, options, untranslated } from './testing';

const header = ['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'NIP Atasan'];

describe('where created units go', () => {
  it('puts a new unit under its people\'s atasan\'s unit, new or existing, and says so', () => {
    // A new Bidang whose head reports to the Kepala Dinas; a new Seksi under it; its staff.
    const kabid = '199507172020122011';
    const kasi = '199811302022031002';
    const plan = buildRosterPlan(
      book([
        header,
        [kabid, 'Yanti Rambu', 'Kepala Bidang PAUD', 'Bidang PAUD', NIP.kadis],
        [kasi, 'Umbu Ndakularak', 'Kepala Seksi Kurikulum PAUD', 'Seksi Kurikulum PAUD', kabid],
        ['198812122012121012', 'Dewi Lestari', 'Pengelola Data', 'Seksi Kurikulum PAUD', kasi],
      ]),
      dinas(),
      options({ createMissing: true }),
    );
    expect(untranslated(allIssues(plan))).toEqual([]);
    const byName = new Map(plan.unitsToCreate.map((u) => [u.name, u]));
    expect(byName.get('Bidang PAUD')?.parentId).toBe('u-root'); // the Kepala Dinas's unit
    expect(byName.get('Seksi Kurikulum PAUD')?.parentId).toBe(byName.get('Bidang PAUD')?.id);
    const notes = plan.rows.flatMap((r) => (r.kind === 'invalid' ? [] : r.notes)).map((n) => n.code);
    expect(notes).toContain('roster:unitPlacedUnder');
  });

  it('leaves a new unit under the OPD when nobody in it names an atasan elsewhere', () => {
    const plan = buildRosterPlan(book([header, [NIP.baru1, 'Dewi Lestari', 'Pengelola Data', 'Seksi Baru', '']]), dinas(), options({ createMissing: true }));
    expect(plan.unitsToCreate.map((u) => u.parentId)).toEqual(['u-root']);
  });
});
