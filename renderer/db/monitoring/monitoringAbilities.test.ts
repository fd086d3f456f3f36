import { describe, expect, it } from 'vitest';
import type { RhkInput, SkpContentInput } from '../../../shared/skp/schemas';
import { accountFor, smallDinas } from '../people/peopleTesting';
import type { Session } from '../repository';
import type { SkpRecord } from '../records';
import { approveSkp, submitSkp } from '../skp/skpWorkflow';
import { createSkp, emptyEkspektasi, emptyLampiran, saveSkpContent } from '../skp/skps';
import { setUpTestOffice, testClock, testRepo } from '../testRepo';
import { addDialog, giveFeedback, replyToFeedback } from './feedback';
import { monitoringAbilities } from './monitoringAbilities';
import { saveRealisation } from './realisations';

const assigned = (id: string, text: string): RhkInput => ({
  id,
  kind: 'utama',
  text,
  parent: null,
  assignment: 'Surat Tugas Kepala Badan 800/12/2026',
  perspektif: null,
  indicators: [{ id: `${id}-iki`, aspek: 'kuantitas', text: `Jumlah ${text.toLowerCase()}`, target: 12, unit: 'Dokumen', polarity: 'higher' }],
});
const content = (list: RhkInput[]): SkpContentInput => ({ pendekatan: 'kuantitatif', rhk: list, ekspektasi: emptyEkspektasi(), lampiran: emptyLampiran() });

/** Midday on the PC's own calendar (the repository's "today" is the local date), in any time zone. */
const noon = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12).getTime();
};

/** A small Dinas whose staff1 (Agnes) has an approved 2026 SKP, appraised by the kasi (Yohana); staff2 (Petrus) has a draft. */
async function office() {
  const repo = testRepo(testClock(new Date(noon('2026-03-01')).toISOString()));
  const admin = await setUpTestOffice(repo);
  const dinas = await smallDinas(repo, admin);
  const p = dinas.people;
  const as = {
    head: await accountFor(repo, admin, p.head.nip, ['pimpinan', 'pejabat_penilai', 'pegawai']),
    kabid: await accountFor(repo, admin, p.kabidPerson.nip, ['pejabat_penilai', 'pegawai']),
    kasi: await accountFor(repo, admin, p.kasiPerson.nip, ['pejabat_penilai', 'pegawai']),
    staff1: await accountFor(repo, admin, p.staff1.nip, ['pegawai']),
    staff2: await accountFor(repo, admin, p.staff2.nip, ['pegawai']),
  };
  const draft = await createSkp(repo, as.staff1, { employeeId: p.staff1.id, year: 2026 });
  await saveSkpContent(repo, as.staff1, draft.id, content([assigned('S1', 'Terinputnya data usul mutasi')]));
  await submitSkp(repo, as.staff1, draft.id);
  const skp = await approveSkp(repo, as.kasi, draft.id);
  const otherDraft = await createSkp(repo, as.staff2, { employeeId: p.staff2.id, year: 2026 });
  const staff2Draft = await saveSkpContent(repo, as.staff2, otherDraft.id, content([assigned('P1', 'Terarsipnya SK mutasi')]));
  return { repo, admin, p, as, skp, staff2Draft };
}

type Office = Awaited<ReturnType<typeof office>>;

/** What the repository actually lets this person do on the SKP: each ability tried for real. */
async function triedFor(o: Office, who: Session, skp: SkpRecord, ikiId: string) {
  const ok = (promise: Promise<unknown>) =>
    promise.then(
      () => true,
      (error: { code?: string }) => {
        expect(error.code).toMatch(/^(auth\.forbidden|monitoring\.skpNotApproved)$/);
        return false;
      },
    );
  const enter = await ok(saveRealisation(o.repo, who, { skpId: skp.id, ikiId, periodKey: '2026-Q1', value: 1, source: 'Register', note: '', explanation: '' }));
  const appraise = await ok(giveFeedback(o.repo, who, { skpId: skp.id, periodKey: '2026-Q1', about: { kind: 'iki', ikiId }, phrases: ['onTrack'], text: '' }));
  const dialog = await ok(addDialog(o.repo, who, { skpId: skp.id, date: '2026-02-10', note: 'Catatan dialog' }));
  const feedback = (await o.repo.db.feedback.where('skpId').equals(skp.id).toArray())[0];
  const reply = feedback ? await ok(replyToFeedback(o.repo, who, feedback.id, 'Terima kasih')) : null;
  return { enter, appraise, dialog, reply };
}

describe('monitoring abilities on an approved SKP', () => {
  it('match what each person may do', async () => {
    const o = await office();
    const of = (who: Session) => monitoringAbilities(o.repo, who, o.skp);
    expect(await of(o.as.staff1)).toEqual({ enter: true, appraise: false, reply: true, dialog: true });
    expect(await of(o.as.kasi)).toEqual({ enter: false, appraise: true, reply: false, dialog: true });
    expect(await of(o.admin)).toEqual({ enter: true, appraise: false, reply: false, dialog: false });
    for (const who of [o.as.staff2, o.as.kabid, o.as.head]) {
      expect(await of(who)).toEqual({ enter: false, appraise: false, reply: false, dialog: false });
    }
  });

  it('agree with the repository for each person', async () => {
    const o = await office();
    // Feedback to reply to exists first.
    await giveFeedback(o.repo, o.as.kasi, { skpId: o.skp.id, periodKey: '2026-Q1', about: { kind: 'value', value: 'akuntabel' }, phrases: [], text: 'Tepat waktu.' });
    for (const who of [o.as.staff1, o.as.kasi, o.admin, o.as.staff2, o.as.kabid, o.as.head]) {
      const said = await monitoringAbilities(o.repo, who, o.skp);
      expect(await triedFor(o, who, o.skp, 'S1-iki')).toEqual(said);
    }
  });
});

describe('monitoring abilities on a draft SKP', () => {
  it('allow no entry and no feedback before approval; agree with the repository', async () => {
    const o = await office();
    const skp = o.staff2Draft;
    expect(await monitoringAbilities(o.repo, o.as.staff2, skp)).toMatchObject({ enter: false, appraise: false });
    expect(await monitoringAbilities(o.repo, o.as.kasi, skp)).toMatchObject({ enter: false, appraise: false });
    expect(await monitoringAbilities(o.repo, o.admin, skp)).toMatchObject({ enter: false, appraise: false });
    for (const who of [o.as.staff2, o.as.kasi, o.admin, o.as.staff1]) {
      const said = await monitoringAbilities(o.repo, who, skp);
      const tried = await triedFor(o, who, skp, 'P1-iki');
      expect({ enter: tried.enter, appraise: tried.appraise, dialog: tried.dialog }).toEqual({ enter: said.enter, appraise: said.appraise, dialog: said.dialog });
    }
  });
});
