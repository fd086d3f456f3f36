import { describe, expect, it } from 'vitest';
import { approvedStaffOffice, noon } from './monitoringTesting';
import { verifyAudit } from '../audit';
import { snapshot } from '../testRepo';
import { addDialog, giveFeedback, listDialogs, listFeedback, replyToFeedback, type FeedbackInput } from './feedback';

const office = approvedStaffOffice;

const onIki = (skpId: string, over: Partial<FeedbackInput> = {}): FeedbackInput => ({
  skpId,
  periodKey: '2026-Q1',
  about: { kind: 'iki', ikiId: 'S1-iki' },
  phrases: ['onTrack'],
  text: '',
  ...over,
});

describe('feedback from the appraiser', () => {
  it('is given on an IKI and on a BerAKHLAK value, with phrases, text or both; the employee sees it', async () => {
    const o = await office();
    const a = await giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { phrases: ['onTrack', 'goodEvidence'] }));
    expect(a).toMatchObject({
      employeeId: o.p.staff1.id,
      appraiserId: o.p.kasiPerson.id,
      periodKey: '2026-Q1',
      about: { kind: 'iki', ikiId: 'S1-iki' },
      phrases: ['onTrack', 'goodEvidence'],
      text: '',
      givenAt: new Date(noon('2026-03-01')).toISOString(),
      reply: null,
    });
    const b = await giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { about: { kind: 'value', value: 'akuntabel' }, phrases: [], text: '  Laporan selalu tepat waktu.  ' }));
    expect(b).toMatchObject({ about: { kind: 'value', value: 'akuntabel' }, phrases: [], text: 'Laporan selalu tepat waktu.' });
    const c = await giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { about: { kind: 'value', value: 'kolaboratif' }, phrases: ['discuss'], text: 'Libatkan seksi lain.' }));
    expect(c).toMatchObject({ phrases: ['discuss'], text: 'Libatkan seksi lain.' });

    expect((await listFeedback(o.repo, o.as.staff1, o.skp.id)).map((f) => f.id).sort()).toEqual([a.id, b.id, c.id].sort());
    const audit = await o.repo.db.audit.where('action').equals('feedback.give').toArray();
    expect(audit.map((x) => [x.entityId, x.actorName])).toEqual([a.id, b.id, c.id].map((id) => [id, 'Akun 198507142010122002']));
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('is still possible after the entry deadline (feedback on a past period is worth giving)', async () => {
    const o = await office();
    o.setDay('2026-05-15');
    expect((await giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { phrases: ['late'] }))).periodKey).toBe('2026-Q1');
  });

  it('refuses empty feedback, an unknown phrase, value or IKI, and a period outside the SKP, writing nothing', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    await expect(giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { phrases: [], text: '   ' }))).rejects.toMatchObject({ code: 'monitoring.feedbackEmpty', field: 'text' });
    await expect(giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { phrases: ['mantap'] }))).rejects.toMatchObject({ field: 'phrases.0' });
    await expect(giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { about: { kind: 'value', value: 'jujur' as 'akuntabel' } }))).rejects.toMatchObject({ field: 'about.value' });
    await expect(giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { about: { kind: 'iki', ikiId: 'nope' } }))).rejects.toMatchObject({ code: 'monitoring.ikiNotFound' });
    await expect(giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { periodKey: '2027-Q1' }))).rejects.toMatchObject({ code: 'monitoring.rhythmMixed' });
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('is the appraiser’s alone: not the employee, a colleague, a higher appraiser, HR or the head', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    for (const who of [o.as.staff1, o.as.staff2, o.as.kabid, o.admin, o.as.head]) {
      await expect(giveFeedback(o.repo, who, onIki(o.skp.id))).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });

  it('gets the employee’s reply, which a later one replaces; nobody else may reply', async () => {
    const o = await office();
    const given = await giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id, { phrases: ['addEvidence'] }));
    const before = await snapshot(o.repo);
    for (const who of [o.as.kasi, o.as.staff2, o.admin]) {
      await expect(replyToFeedback(o.repo, who, given.id, 'Baik, Bu.')).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    await expect(replyToFeedback(o.repo, o.as.staff1, given.id, '  ')).rejects.toMatchObject({ code: 'field.required' });
    await expect(replyToFeedback(o.repo, o.as.staff1, 'tidak-ada', 'Baik')).rejects.toMatchObject({ code: 'monitoring.feedbackNotFound' });
    expect(await snapshot(o.repo)).toBe(before);

    o.repo.clock.advance(3_600_000);
    const replied = await replyToFeedback(o.repo, o.as.staff1, given.id, ' Sudah saya unggah scan SK. ');
    expect(replied.reply).toEqual({ text: 'Sudah saya unggah scan SK.', at: new Date(noon('2026-03-01') + 3_600_000).toISOString() });
    const again = await replyToFeedback(o.repo, o.as.staff1, given.id, 'Ditambah daftar hadir.');
    expect(again.reply?.text).toBe('Ditambah daftar hadir.');
    // The appraiser reads the reply.
    expect((await listFeedback(o.repo, o.as.kasi, o.skp.id))[0]!.reply?.text).toBe('Ditambah daftar hadir.');
    const audit = await o.repo.db.audit.where('entityId').equals(given.id).toArray();
    expect(audit.map((a) => a.action)).toEqual(['feedback.give', 'feedback.reply', 'feedback.reply']);
  });

  it('is not readable by a colleague', async () => {
    const o = await office();
    await giveFeedback(o.repo, o.as.kasi, onIki(o.skp.id));
    await expect(listFeedback(o.repo, o.as.staff2, o.skp.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});

describe('dialog kinerja', () => {
  it('is written by the employee and by the appraiser, dated within the SKP, listed newest first', async () => {
    const o = await office();
    const first = await addDialog(o.repo, o.as.staff1, { skpId: o.skp.id, date: '2026-01-20', note: 'Membahas kendala input data SIMPEG.' });
    const third = await addDialog(o.repo, o.as.kasi, { skpId: o.skp.id, date: '2026-02-27', note: 'Target triwulan I disepakati.' });
    const second = await addDialog(o.repo, o.as.staff1, { skpId: o.skp.id, date: '2026-02-10', note: 'Tindak lanjut pelatihan.' });
    expect(first).toMatchObject({ employeeId: o.p.staff1.id, authorName: 'Akun 199203152018032004', date: '2026-01-20' });
    expect(third).toMatchObject({ employeeId: o.p.staff1.id, authorName: 'Akun 198507142010122002' });
    for (const who of [o.as.staff1, o.as.kasi]) {
      expect((await listDialogs(o.repo, who, o.skp.id)).map((d) => d.id)).toEqual([third.id, second.id, first.id]);
    }
    await expect(listDialogs(o.repo, o.as.staff2, o.skp.id)).rejects.toMatchObject({ code: 'auth.forbidden' });
    expect(await verifyAudit(o.repo, o.admin)).toEqual({ ok: true, count: await o.repo.db.audit.count() });
  });

  it('refuses a date outside the SKP, an impossible date, an empty note and a colleague, writing nothing', async () => {
    const o = await office();
    const before = await snapshot(o.repo);
    for (const date of ['2025-12-31', '2027-01-01']) {
      await expect(addDialog(o.repo, o.as.staff1, { skpId: o.skp.id, date, note: 'Catatan' })).rejects.toMatchObject({
        code: 'monitoring.dialogOutsideSkp',
        params: { start: '2026-01-01', end: '2026-12-31' },
        field: 'date',
      });
    }
    await expect(addDialog(o.repo, o.as.staff1, { skpId: o.skp.id, date: '20-02-2026', note: 'Catatan' })).rejects.toMatchObject({ code: 'field.invalidDate', field: 'date' });
    await expect(addDialog(o.repo, o.as.staff1, { skpId: o.skp.id, date: '2026-02-10', note: '  ' })).rejects.toMatchObject({ code: 'field.required', field: 'note' });
    for (const who of [o.as.staff2, o.as.kabid, o.admin]) {
      await expect(addDialog(o.repo, who, { skpId: o.skp.id, date: '2026-02-10', note: 'Catatan' })).rejects.toMatchObject({ code: 'auth.forbidden' });
    }
    expect(await snapshot(o.repo)).toBe(before);
  });
});
