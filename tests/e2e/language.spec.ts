import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, hr, setUpOffice, staff } from './support/office';
import { expectNoRawKeys } from './support/rawKeys';
import { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';

const languageButton = /^(Bahasa|Language): /;

async function switchTo(page: import('@playwright/test').Page, language: 'English' | 'Bahasa Indonesia') {
  await page.getByRole('button', { name: languageButton }).click();
  await page.getByRole('menuitem', { name: language }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language === 'English' ? 'en' : 'id');
}

test.describe('language', () => {
  test('switches on the setup wizard and the sign-in screen, before anyone signs in', async ({ app }) => {
    await expect(app.getByRole('heading', { level: 1, name: 'Penyiapan awal' })).toBeVisible();
    await switchTo(app, 'English');
    await expect(app.getByRole('heading', { level: 1, name: 'First-time setup' })).toBeVisible();
    await expect(field(app, 'Office name (OPD)')).toBeVisible();
    await app.getByRole('button', { name: 'Next' }).click();
    await expect(field(app, 'Office code')).toHaveAccessibleDescription(/^Required\./);
    // An error already shown follows the switch too.
    await switchTo(app, 'Bahasa Indonesia');
    await expect(field(app, 'Kode kantor')).toHaveAccessibleDescription(/^Wajib diisi\./);
    await expectNoRawKeys(app);

    const shell = await setUpOffice(app);
    await shell.signOut();
    await switchTo(app, 'English');
    await expect(new SignInPage(app).heading()).toHaveText('Sign in');
    await new SignInPage(app).signIn(hr.nip, 'wrong-password');
    await expect(app.getByRole('main').getByRole('alert')).toHaveText('Wrong NIP or password. 4 attempts left before sign-in is locked for a while.');
    await expectNoRawKeys(app);
  });

  test('switches on every screen of the app, with numbers and dates in that language', async ({ app }) => {
    const shell = await setUpOffice(app);
    const screens = [
      { link: ['Beranda', 'Home'], heading: [`Selamat datang, ${hr.name}`, `Welcome, ${hr.name}`] },
      { link: ['Akun Pengguna', 'User accounts'], heading: ['Akun Pengguna', 'User accounts'] },
      { link: ['Jejak Audit', 'Audit trail'], heading: ['Jejak Audit', 'Audit trail'] },
      { link: ['Pengaturan', 'Settings'], heading: ['Pengaturan', 'Settings'] },
    ];
    for (const screen of screens) {
      await shell.goTo(screen.link[0]!);
      await expect(app.getByRole('heading', { level: 1, name: screen.heading[0] })).toBeVisible();
      await expectNoRawKeys(app);
      await switchTo(app, 'English');
      await expect(app.getByRole('heading', { level: 1, name: screen.heading[1] })).toBeVisible();
      await expect(shell.navigation().getByRole('link', { name: screen.link[1] })).toBeVisible();
      await expectNoRawKeys(app);
      await switchTo(app, 'Bahasa Indonesia');
    }

    // Dates: the audit trail's times are written the way each language writes them.
    await shell.goTo('Jejak Audit');
    const firstTime = app.getByRole('row').nth(1).getByRole('cell').nth(1);
    const idText = await firstTime.innerText();
    await switchTo(app, 'English');
    const enText = await firstTime.innerText();
    const now = new Date();
    expect(idText).toContain(new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium' }).format(now));
    expect(enText).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(now));
    expect(idText).not.toBe(enText);
  });

  test('switches on the lock screen, the not-found page and the no-access page', async ({ app, webHost }) => {
    const shell = await setUpOffice(app);

    // Locked by hand: the lock screen has its own language switch.
    await shell.lockNow();
    await expect(app.getByRole('heading', { level: 1, name: 'Aplikasi terkunci' })).toBeVisible();
    await switchTo(app, 'English');
    await expect(app.getByRole('heading', { level: 1, name: 'App locked' })).toBeVisible();
    await expect(app.getByText('The app is locked. Enter your password to continue.', { exact: true })).toBeVisible();
    await expect(field(app, 'Password')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Unlock', exact: true })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Sign out and sign in as someone else', exact: true })).toBeVisible();
    await expectNoRawKeys(app);
    await switchTo(app, 'Bahasa Indonesia');
    await expect(app.getByRole('heading', { level: 1, name: 'Aplikasi terkunci' })).toBeVisible();
    await expect(app.getByText('Aplikasi dikunci. Masukkan kata sandi untuk melanjutkan.', { exact: true })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Buka kunci', exact: true })).toBeVisible();
    await expectNoRawKeys(app);
    // Still locked, and opens with the password.
    await field(app, 'Kata sandi').fill(hr.password);
    await app.getByRole('button', { name: 'Buka kunci', exact: true }).click();
    await shell.expectSignedIn(hr.name);

    // An address that is no page.
    await app.goto(`${webHost.url}/#/nope`); // same document: only the hash changes, the session stays
    await expect(app.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
    await switchTo(app, 'English');
    await expect(app.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Back to home', exact: true })).toBeVisible();
    await expectNoRawKeys(app);
    await switchTo(app, 'Bahasa Indonesia');
    await expect(app.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeVisible();
    await expect(app.getByRole('link', { name: 'Kembali ke beranda', exact: true })).toBeVisible();
    await expectNoRawKeys(app);

    // A page the role may not open.
    await addAccountAndSignInAs(app, staff);
    await app.goto(`${webHost.url}/#/users`);
    await expect(app.getByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeVisible();
    await switchTo(app, 'English');
    await expect(app.getByRole('heading', { level: 1, name: 'No access' })).toBeVisible();
    await expect(app.getByText('Your role does not allow opening this page. Contact your HR administrator if you need it.', { exact: true })).toBeVisible();
    await expectNoRawKeys(app);
    await switchTo(app, 'Bahasa Indonesia');
    await expect(app.getByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeVisible();
    await expect(app.getByText('Peran Anda tidak mengizinkan membuka halaman ini. Hubungi admin kepegawaian bila Anda memerlukannya.', { exact: true })).toBeVisible();
    await expectNoRawKeys(app);
  });

  test('dismisses a notice shown in the language left behind', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.goTo('Pengaturan');
    await field(app, 'Kunci aplikasi setelah tidak ada aktivitas selama (menit)').fill('5');
    await app.getByRole('button', { name: 'Simpan' }).first().click();
    const notice = app.getByRole('status').filter({ hasText: 'Pengaturan kunci otomatis disimpan.' });
    await expect(notice).toBeVisible();
    const shownAt = Date.now();
    await switchTo(app, 'English');
    await expect(notice).toHaveCount(0);
    // Gone with the switch, not by its own 4-second timer.
    expect(Date.now() - shownAt).toBeLessThan(3_000);
    await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expectNoRawKeys(app);
  });

  test('is kept per person: each account comes back in its own language', async ({ app }) => {
    const shell = await setUpOffice(app);
    await addAccountAndSignInAs(app, staff);
    await switchTo(app, 'English');
    await shell.signOut();
    // The sign-in screen shows the last language used on this PC...
    const signIn = new SignInPage(app);
    await expect(signIn.heading()).toHaveText('Sign in');

    // ...but the administrator chose Indonesian (at setup), and gets it back.
    await signIn.signIn(hr.nip, hr.password);
    await expect(app.getByRole('heading', { level: 1, name: `Selamat datang, ${hr.name}` })).toBeVisible();
    await shell.signOut();
    await expect(signIn.heading()).toHaveText('Masuk');

    await signIn.signIn(staff.nip, staff.password);
    await expect(app.getByRole('heading', { level: 1, name: `Welcome, ${staff.name}` })).toBeVisible();
    await new ShellPage(app).goTo('Settings');
    await expect(app.getByRole('radio', { name: 'English' })).toBeChecked();
  });
});
