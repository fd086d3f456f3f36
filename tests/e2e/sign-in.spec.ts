import { field } from './support/fields';
import { test, expect } from './support/fixtures';
import { hr, setUpOffice } from './support/office';
import { SignInPage } from './pages/SignInPage';

test.describe('signing in', () => {
  test.beforeEach(async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.signOut();
  });

  test('a wrong password is refused with a clear message, then the right one signs in', async ({ app }) => {
    const signIn = new SignInPage(app);
    await signIn.signIn(hr.nip, 'salah-sekali');
    await expect(signIn.alert()).toHaveText('NIP atau kata sandi salah. Sisa 4 percobaan sebelum masuk dikunci sementara.');
    await expect(field(app, 'Kata sandi')).toHaveValue('');

    await signIn.signIn(hr.nip, hr.password);
    await expect(app.getByRole('heading', { level: 1, name: `Selamat datang, ${hr.name}` })).toBeVisible();
  });

  test('an unknown NIP gets the same answer as a wrong password', async ({ app }) => {
    const signIn = new SignInPage(app);
    await signIn.signIn('198507142010122002', hr.password);
    await expect(signIn.alert()).toHaveText(/^NIP atau kata sandi salah\./);
  });

  test('after five wrong passwords sign-in waits, even for the right password', async ({ app }) => {
    const signIn = new SignInPage(app);
    for (let i = 1; i <= 4; i++) {
      await signIn.signIn(hr.nip, `salah-${i}`);
      await expect(signIn.alert()).toHaveText(`NIP atau kata sandi salah. Sisa ${5 - i} percobaan sebelum masuk dikunci sementara.`);
    }
    await signIn.signIn(hr.nip, 'salah-5');
    await expect(signIn.alert()).toHaveText('Terlalu banyak percobaan yang salah. Coba lagi dalam 30 detik.');
    await signIn.signIn(hr.nip, hr.password);
    await expect(signIn.alert()).toHaveText(/^Terlalu banyak percobaan yang salah\. Coba lagi dalam \d+ detik\.$/);
    await expect(signIn.heading()).toBeVisible();
  });

  test('empty fields are named, and nothing is tried', async ({ app }) => {
    await app.getByRole('button', { name: 'Masuk' }).click();
    await expect(field(app, 'NIP')).toHaveAccessibleDescription('Wajib diisi.');
    await expect(field(app, 'Kata sandi')).toHaveAccessibleDescription('Wajib diisi.');
  });
});
