import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { hr, setUpOffice } from './support/office';
import { SignInPage } from './pages/SignInPage';

test.describe('idle lock', () => {
  test('locks after the configured idle time, keeps half-typed work, and opens only with the password', async ({ app }) => {
    await app.clock.install();
    await app.reload();
    const shell = await setUpOffice(app);

    await shell.goTo('Pengaturan');
    const minutes = field(app, 'Kunci aplikasi setelah tidak ada aktivitas selama (menit)');
    await minutes.fill('0');
    await app.getByRole('button', { name: 'Simpan' }).first().click();
    await expect(minutes).toHaveAccessibleDescription(/^Paling kecil 1\./);
    await minutes.fill('2');
    await app.getByRole('button', { name: 'Simpan' }).first().click();
    await expect(app.getByText('Pengaturan kunci otomatis disimpan.')).toBeVisible();

    await shell.goTo('Akun Pengguna');
    await app.getByRole('button', { name: 'Tambah akun' }).click();
    await field(app.getByRole('dialog'), 'Nama lengkap').fill('Setengah diketik');

    await app.clock.fastForward('01:50');
    await expect(app.getByRole('heading', { name: 'Aplikasi terkunci' })).toHaveCount(0);
    await app.clock.fastForward('00:20');
    await expect(app.getByRole('heading', { level: 1, name: 'Aplikasi terkunci' })).toBeVisible();
    await expect(app.getByText('Aplikasi dikunci setelah 2 menit tanpa aktivitas', { exact: false })).toBeVisible();
    await expect(app.getByRole('dialog')).toHaveCount(0);
    await expect(app.getByText('Setengah diketik')).toHaveCount(0);

    await field(app, 'Kata sandi').fill('bukan-sandinya');
    await app.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(app.getByRole('main').getByRole('alert')).toHaveText(/^NIP atau kata sandi salah\./);

    await field(app, 'Kata sandi').fill(hr.password);
    await app.getByRole('button', { name: 'Buka kunci' }).click();
    await expect(field(app.getByRole('dialog'), 'Nama lengkap')).toHaveValue('Setengah diketik');
  });

  test('can be locked by hand, and left by signing out', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.lockNow();
    await expect(app.getByText('Aplikasi dikunci. Masukkan kata sandi untuk melanjutkan.')).toBeVisible();
    await app.getByRole('button', { name: 'Keluar dan masuk sebagai orang lain' }).click();
    await expect(new SignInPage(app).heading()).toBeVisible();
  });
});
