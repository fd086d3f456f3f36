import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { checkScreen } from './support/screens';

/** Every screen of the foundation, in both languages (checks in support/screens.ts). */
const words = {
  id: {
    next: 'Lanjut', finish: 'Simpan dan mulai', users: 'Akun Pengguna', audit: 'Jejak Audit', settings: 'Pengaturan', add: 'Tambah akun',
    verify: 'Periksa keutuhan', cancel: 'Batal', create: 'Buat akun', signIn: 'Masuk', userMenu: /^Menu pengguna/, lock: 'Kunci sekarang', signOut: 'Keluar',
    instansi: 'Instansi', officeName: 'Nama kantor (OPD)', officeCode: 'Kode kantor', name: 'Nama lengkap', nip: 'NIP', password: 'Kata sandi',
    confirm: 'Ulangi kata sandi', newNip: 'NIP / NI PPPK', initial: 'Kata sandi awal', signOutInstead: 'Keluar dan masuk sebagai orang lain',
  },
  en: {
    next: 'Next', finish: 'Save and start', users: 'User accounts', audit: 'Audit trail', settings: 'Settings', add: 'Add account',
    verify: 'Check integrity', cancel: 'Cancel', create: 'Create account', signIn: 'Sign in', userMenu: /^User menu for/, lock: 'Lock now', signOut: 'Sign out',
    instansi: 'Instansi (government body)', officeName: 'Office name (OPD)', officeCode: 'Office code', name: 'Full name', nip: 'NIP (civil servant number)',
    password: 'Password', confirm: 'Repeat password', newNip: 'NIP / NI PPPK', initial: 'Initial password', signOutInstead: 'Sign out and sign in as someone else',
  },
} as const;

for (const language of ['id', 'en'] as const) {
  test(`every screen passes axe and shows no raw key — ${language}`, async ({ app, webHost }) => {
    test.setTimeout(120_000);
    const w = words[language];
    if (language === 'en') {
      await app.getByRole('button', { name: /^Bahasa: / }).click();
      await app.getByRole('menuitem', { name: 'English' }).click();
    }
    await checkScreen(app, language, '01-setup-office');
    await app.getByRole('button', { name: w.next }).click();
    await checkScreen(app, language, '02-setup-office-errors');
    await field(app, w.instansi).fill('Pemerintah Kabupaten Sumba Timur');
    await field(app, w.officeName).fill('Badan Kepegawaian dan Pengembangan Sumber Daya Manusia');
    await field(app, w.officeCode).fill('4.01.01');
    await app.getByRole('button', { name: w.next }).click();
    await checkScreen(app, language, '03-setup-admin');
    await field(app, w.name).fill('Maria Ndapa, S.Sos.');
    await field(app, w.nip).fill('199001012015011001');
    await field(app, w.password).fill('sandi-admin-123');
    await field(app, w.confirm).fill('sandi-admin-123');
    await app.getByRole('button', { name: w.next }).click();
    await checkScreen(app, language, '04-setup-review');
    await app.getByRole('button', { name: w.finish }).click();
    await expect(app.getByRole('navigation')).toBeVisible();
    await checkScreen(app, language, '05-home');

    const nav = app.getByRole('navigation');
    await nav.getByRole('link', { name: w.users }).click();
    await app.getByRole('button', { name: w.add }).click();
    const dialog = app.getByRole('dialog');
    await dialog.getByRole('button', { name: w.create }).click();
    await checkScreen(app, language, '06-users-new-account-errors', '[role="dialog"]');
    await field(dialog, w.name).fill('Yohana Rambu');
    await field(dialog, w.newNip).fill('198507142010122002');
    await field(dialog, w.initial).fill('sementara-123');
    await field(dialog, w.confirm).fill('sementara-123');
    await dialog.getByRole('button', { name: w.create }).click();
    await expect(dialog).toBeHidden();
    await checkScreen(app, language, '07-users');

    await nav.getByRole('link', { name: w.audit }).click();
    await app.getByRole('button', { name: w.verify }).click();
    await expect(app.getByRole('main').getByRole('status')).toBeVisible();
    await checkScreen(app, language, '08-audit');

    await nav.getByRole('link', { name: w.settings }).click();
    await checkScreen(app, language, '09-settings');

    await app.getByRole('button', { name: w.userMenu }).click();
    await app.getByRole('menuitem', { name: w.lock }).click();
    await checkScreen(app, language, '10-lock');
    await app.getByRole('button', { name: w.signOutInstead }).click();

    await field(app, w.nip).fill('198507142010122002');
    await field(app, w.password).fill('salah-sekali');
    await app.getByRole('button', { name: w.signIn, exact: true }).click();
    await expect(app.getByRole('main').getByRole('alert')).toBeVisible();
    await checkScreen(app, language, '11-sign-in-error');

    await field(app, w.password).fill('sementara-123');
    await app.getByRole('button', { name: w.signIn, exact: true }).click();
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(language === 'id' ? 'Pilih kata sandi Anda sendiri' : 'Choose your own password');
    await checkScreen(app, language, '12-forced-password-change');

    await field(app, language === 'id' ? 'Kata sandi saat ini' : 'Current password').fill('sementara-123');
    await field(app, language === 'id' ? 'Kata sandi baru' : 'New password').fill('pegawai-biasa-1');
    await field(app, language === 'id' ? 'Ulangi kata sandi baru' : 'Repeat new password').fill('pegawai-biasa-1');
    await app.getByRole('button', { name: language === 'id' ? 'Ganti kata sandi' : 'Change password' }).click();
    await expect(app.getByRole('navigation')).toBeVisible();
    await app.goto(`${webHost.url}/#/users`);
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(language === 'id' ? 'Tidak ada akses' : 'No access');
    await checkScreen(app, language, '13-forbidden');

    // An address that is no page at all.
    await app.goto(`${webHost.url}/#/nope`);
    await expect(app.getByRole('heading', { level: 1 })).toHaveText(language === 'id' ? 'Halaman tidak ditemukan' : 'Page not found');
    await expect(app.getByRole('link', { name: language === 'id' ? 'Kembali ke beranda' : 'Back to home', exact: true })).toBeVisible();
    await checkScreen(app, language, '14-not-found');
  });
}
