import { describe, expect, it } from 'vitest';
import { isSetUp, setUpOffice } from './setup';
import { snapshot, testRepo, validSetup } from './testRepo';

describe('first-run setup', () => {
  it('creates the office, its root unit, default settings and the first HR administrator', async () => {
    const repo = testRepo();
    expect(await isSetUp(repo.db)).toBe(false);
    const session = await setUpOffice(repo, validSetup);

    expect(await isSetUp(repo.db)).toBe(true);
    expect(await repo.db.offices.get(session.officeId)).toMatchObject({
      instansi: 'Pemerintah Kabupaten Sumba Timur',
      name: 'Badan Kepegawaian dan Pengembangan SDM',
      code: '4.01.01',
    });
    expect(await repo.db.units.toArray()).toMatchObject([{ parentId: null, kind: 'opd', officeId: session.officeId }]);
    expect(await repo.db.users.get(session.userId)).toMatchObject({
      nip: '199001012015011001',
      roles: ['admin_kepegawaian'],
      active: true,
      language: 'id',
    });
    expect(await repo.db.settings.get(`${session.officeId}:idleLockMinutes`)).toMatchObject({ value: 10 });
  });

  it('gives the administrator the language the wizard was filled in', async () => {
    const repo = testRepo();
    const session = await setUpOffice(repo, { ...validSetup, language: 'en' });
    expect((await repo.db.users.get(session.userId))?.language).toBe('en');
  });

  it('refuses a second setup and changes nothing', async () => {
    const repo = testRepo();
    await setUpOffice(repo, validSetup);
    const before = await snapshot(repo);
    const again = { ...validSetup, office: { ...validSetup.office, officeName: 'Dinas Lain' } };
    await expect(setUpOffice(repo, again)).rejects.toMatchObject({ code: 'setup.alreadyDone' });
    expect(await snapshot(repo)).toBe(before);
  });

  it.each([
    ['an empty instansi', { office: { ...validSetup.office, instansi: '   ' } }, 'office.instansi', 'field.required'],
    ['a too-long office name', { office: { ...validSetup.office, officeName: 'x'.repeat(151) } }, 'office.officeName', 'field.tooLong'],
    ['an office code with odd characters', { office: { ...validSetup.office, officeCode: '4.01;DROP' } }, 'office.officeCode', 'office.codeInvalid'],
    ['an empty name', { admin: { ...validSetup.admin, name: '' } }, 'admin.name', 'field.required'],
    ['a 17-digit NIP', { admin: { ...validSetup.admin, nip: '19900101201501100' } }, 'admin.nip', 'nip.notEighteenDigits'],
    ['a NIP whose birth date is not a date', { admin: { ...validSetup.admin, nip: '199013012015011001' } }, 'admin.nip', 'nip.birthDateInvalid'],
    ['a short password', { admin: { ...validSetup.admin, password: 'pendek', passwordConfirm: 'pendek' } }, 'admin.password', 'password.tooShort'],
    ['mismatched passwords', { admin: { ...validSetup.admin, passwordConfirm: 'lain-sekali-123' } }, 'admin.passwordConfirm', 'password.mismatch'],
  ])('rejects %s, naming the field, and writes nothing', async (_label, override, field, code) => {
    const repo = testRepo();
    await expect(setUpOffice(repo, { ...validSetup, ...override })).rejects.toMatchObject({ code, field });
    expect(await isSetUp(repo.db)).toBe(false);
    expect(await repo.db.outbox.count()).toBe(0);
    expect(await repo.db.audit.count()).toBe(0);
  });
});
