import { describe, expect, it } from 'vitest';
import { changeOwnPassword, createUser, resetPassword, setOwnLanguage, setUserActive, signIn, unlock, updateUser } from './accounts';
import { ADMIN_NIP, ADMIN_PASSWORD, setUpTestOffice, snapshot, testRepo, userWithRoles } from './testRepo';

describe('signing in', () => {
  it('accepts the right password, with or without the spaces NIPs are printed with', async () => {
    const repo = testRepo();
    const setup = await setUpTestOffice(repo);
    expect(await signIn(repo, ADMIN_NIP, ADMIN_PASSWORD)).toMatchObject({ userId: setup.userId, mustChangePassword: false });
    expect(await signIn(repo, '19900101 201501 1 001', ADMIN_PASSWORD)).toMatchObject({ userId: setup.userId });
  });

  it('answers a wrong password and an unknown NIP the same way, and audits both', async () => {
    const repo = testRepo();
    await setUpTestOffice(repo);
    await expect(signIn(repo, ADMIN_NIP, 'salah-sekali')).rejects.toMatchObject({ code: 'auth.invalidCredentials' });
    await expect(signIn(repo, '198507142010122002', 'salah-sekali')).rejects.toMatchObject({ code: 'auth.invalidCredentials' });
    const failed = await repo.db.audit.where('action').equals('auth.signInFailed').toArray();
    expect(failed.map((a) => a.details?.nip)).toEqual([ADMIN_NIP, '198507142010122002']);
    expect(JSON.stringify(failed)).not.toContain('salah-sekali');
  });

  it('locks sign-in for a NIP after five wrong passwords, even for the right one, until the lock runs out', async () => {
    const repo = testRepo();
    await setUpTestOffice(repo);
    for (let i = 1; i <= 4; i++) {
      await expect(signIn(repo, ADMIN_NIP, `salah-${i}`)).rejects.toMatchObject({ code: 'auth.invalidCredentials', params: { count: 5 - i } });
    }
    await expect(signIn(repo, ADMIN_NIP, 'salah-5')).rejects.toMatchObject({ code: 'auth.lockedOut', params: { count: 30 } });
    await expect(signIn(repo, ADMIN_NIP, ADMIN_PASSWORD)).rejects.toMatchObject({ code: 'auth.lockedOut' });
    repo.clock.advance(30_001);
    await expect(signIn(repo, ADMIN_NIP, ADMIN_PASSWORD)).resolves.toMatchObject({ mustChangePassword: false });
    // A successful sign-in clears the count.
    await expect(signIn(repo, ADMIN_NIP, 'salah-lagi')).rejects.toMatchObject({ code: 'auth.invalidCredentials', params: { count: 4 } });
  });

  it('refuses a deactivated account', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const staff = await userWithRoles(repo, admin, ['pegawai']);
    await setUserActive(repo, admin, staff.userId, false);
    await expect(signIn(repo, '198507142010122002', 'sandi-awal-123')).rejects.toMatchObject({ code: 'auth.accountInactive' });
  });

  it('unlocks the idle lock only with the signed-in person\'s own password', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await expect(unlock(repo, admin, 'bukan-sandinya')).rejects.toMatchObject({ code: 'auth.invalidCredentials' });
    await expect(unlock(repo, admin, ADMIN_PASSWORD)).resolves.toMatchObject({ userId: admin.userId });
  });
});

describe('accounts managed by HR', () => {
  it('creates an account whose first password must be changed', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await userWithRoles(repo, admin, ['pejabat_penilai', 'pegawai']);
    const signedIn = await signIn(repo, '198507142010122002', 'sandi-awal-123');
    expect(signedIn.mustChangePassword).toBe(true);
    await changeOwnPassword(repo, signedIn, { currentPassword: 'sandi-awal-123', password: 'sandi-baru-456', passwordConfirm: 'sandi-baru-456' });
    expect((await signIn(repo, '198507142010122002', 'sandi-baru-456')).mustChangePassword).toBe(false);
  });

  it('refuses a NIP that already has an account, naming it', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const before = await snapshot(repo);
    await expect(
      createUser(repo, admin, { asnType: 'pns', name: 'Kembar', nip: ADMIN_NIP, roles: ['pegawai'], password: 'sandi-awal-123', passwordConfirm: 'sandi-awal-123' }),
    ).rejects.toMatchObject({ code: 'user.nipTaken', field: 'nip', params: { nip: '19900101 201501 1 001' } });
    expect(await snapshot(repo)).toBe(before);
  });

  it('checks a PPPK number for 18 digits only', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const base = { asnType: 'pppk' as const, name: 'Yohana PPPK', roles: ['pegawai' as const], password: 'sandi-awal-123', passwordConfirm: 'sandi-awal-123' };
    await expect(createUser(repo, admin, { ...base, nip: '12345' })).rejects.toMatchObject({ code: 'nip.notEighteenDigits', field: 'nip' });
    await expect(createUser(repo, admin, { ...base, nip: '199801012023212001' })).resolves.toMatchObject({ asnType: 'pppk' });
  });

  it('never lets the office lose its last active HR administrator', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await expect(updateUser(repo, admin, admin.userId, { name: 'Maria Ndapa', roles: ['pegawai'] })).rejects.toMatchObject({ code: 'user.lastAdmin' });
    await expect(setUserActive(repo, admin, admin.userId, false)).rejects.toMatchObject({ code: 'user.cannotDeactivateSelf' });
    const second = await userWithRoles(repo, admin, ['admin_kepegawaian']);
    await expect(updateUser(repo, second, admin.userId, { name: 'Maria Ndapa', roles: ['pegawai'] })).resolves.toMatchObject({ roles: ['pegawai'] });
  });

  it('resets a password so that the person must choose a new one', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const staff = await userWithRoles(repo, admin, ['pegawai']);
    const own = await signIn(repo, '198507142010122002', 'sandi-awal-123');
    await changeOwnPassword(repo, own, { currentPassword: 'sandi-awal-123', password: 'lupa-lagi-789', passwordConfirm: 'lupa-lagi-789' });
    await resetPassword(repo, admin, staff.userId, { password: 'sementara-000', passwordConfirm: 'sementara-000' });
    await expect(signIn(repo, '198507142010122002', 'lupa-lagi-789')).rejects.toMatchObject({ code: 'auth.invalidCredentials' });
    expect((await signIn(repo, '198507142010122002', 'sementara-000')).mustChangePassword).toBe(true);
  });

  it('refuses a password change with the wrong current password or the same password', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await expect(
      changeOwnPassword(repo, admin, { currentPassword: 'tebakan-salah', password: 'sandi-baru-456', passwordConfirm: 'sandi-baru-456' }),
    ).rejects.toMatchObject({ code: 'password.currentWrong', field: 'currentPassword' });
    await expect(
      changeOwnPassword(repo, admin, { currentPassword: ADMIN_PASSWORD, password: ADMIN_PASSWORD, passwordConfirm: ADMIN_PASSWORD }),
    ).rejects.toMatchObject({ code: 'password.sameAsCurrent' });
  });

  it('leaves a new account\'s language unchosen, so the app keeps the one in use', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    const staff = await userWithRoles(repo, admin, ['pegawai']);
    expect((await repo.db.users.get(staff.userId))?.language).toBeNull();
  });

  it('keeps each person\'s language with their account', async () => {
    const repo = testRepo();
    const admin = await setUpTestOffice(repo);
    await setOwnLanguage(repo, admin, 'en');
    expect((await repo.db.users.get(admin.userId))?.language).toBe('en');
    const audit = await repo.db.audit.orderBy('seq').last();
    expect(audit).toMatchObject({ action: 'user.setLanguage', changes: [{ field: 'language', from: 'id', to: 'en' }] });
  });
});
