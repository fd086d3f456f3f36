import { field } from './support/fields';
import { test, expect } from './support/fixtures';
import { addAccountAndSignInAs, head, hr, setUpOffice, staff } from './support/office';
import { SignInPage } from './pages/SignInPage';
import { UsersPage } from './pages/UsersPage';

test.describe('roles', () => {
  test('an employee sees only home, their own record and settings, and is refused the rest', async ({ app, webHost }) => {
    await setUpOffice(app);
    const shell = await addAccountAndSignInAs(app, staff);
    await expect(shell.navigation().getByRole('link')).toHaveText(['Beranda', 'Sasaran Kantor', 'SKP', 'Pemantauan', 'Dasbor', 'Evaluasi', 'Pegawai', 'Pengaturan']);

    // Typing the address of a page the menu does not offer.
    for (const hash of ['#/users', '#/audit']) {
      await app.goto(`${webHost.url}/${hash}`); // same document: only the hash changes, the session stays
      await expect(app.getByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeVisible();
      await expect(app.getByRole('table')).toHaveCount(0);
    }

    await shell.goTo('Pengaturan');
    await expect(field(app, 'Kunci aplikasi setelah tidak ada aktivitas selama (menit)')).toBeDisabled();
    await expect(app.getByText('Hanya admin kepegawaian yang dapat mengubah pengaturan ini.')).toBeVisible();
    await expect(field(app, 'Instansi')).toHaveAttribute('readonly');
    await expect(app.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
  });

  test('a Pejabat Penilai is refused the HR-only pages', async ({ app, webHost }) => {
    await setUpOffice(app);
    const appraiser = { name: 'Daniel Umbu Hina, S.Kep.', nip: '198803032012121003', password: 'pejabat-penilai-1', role: 'Pejabat Penilai' };
    const shell = await addAccountAndSignInAs(app, appraiser);
    await expect(shell.navigation().getByRole('link', { name: 'Akun Pengguna' })).toHaveCount(0);
    await expect(shell.navigation().getByRole('link', { name: 'Jejak Audit' })).toHaveCount(0);

    for (const hash of ['#/users', '#/audit', '#/employees/import']) {
      await app.goto(`${webHost.url}/${hash}`); // same document: only the hash changes, the session stays
      await expect(app.getByRole('heading', { level: 1, name: 'Tidak ada akses' })).toBeVisible();
      await expect(app.getByText('Peran Anda tidak mengizinkan membuka halaman ini. Hubungi admin kepegawaian bila Anda memerlukannya.', { exact: true })).toBeVisible();
      await expect(app.getByRole('table')).toHaveCount(0);
      await expect(app.getByRole('button', { name: 'Tambah akun' })).toHaveCount(0);
    }
  });

  test('the head of office reads accounts and the audit trail but cannot change them', async ({ app }) => {
    await setUpOffice(app);
    const shell = await addAccountAndSignInAs(app, head);
    await expect(shell.navigation().getByRole('link')).toHaveText(['Beranda', 'Sasaran Kantor', 'SKP', 'Pemantauan', 'Dasbor', 'Evaluasi', 'Pegawai', 'Organisasi', 'Rantai Penilai', 'Akun Pengguna', 'Jejak Audit', 'Pengaturan']);

    await shell.goTo('Akun Pengguna');
    const users = new UsersPage(app);
    await expect(users.heading()).toBeVisible();
    await expect(users.row(hr.name)).toBeVisible();
    await expect(app.getByText('Anda dapat melihat daftar ini, tetapi hanya admin kepegawaian yang dapat mengubahnya.')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Tambah akun' })).toHaveCount(0);
    await expect(app.getByRole('button', { name: new RegExp(`^Ubah ${hr.name}`) })).toHaveCount(0);

    await shell.goTo('Jejak Audit');
    await expect(app.getByRole('heading', { level: 1, name: 'Jejak Audit' })).toBeVisible();
    await expect(app.getByRole('cell', { name: 'Penyiapan awal (Kantor)' })).toBeVisible();
  });

  test('HR assigns roles; a new role shows at the next screen, a deactivated account cannot sign in', async ({ app }) => {
    const shell = await setUpOffice(app);
    await addAccountAndSignInAs(app, staff);
    await shell.signOut();

    await new SignInPage(app).signIn(hr.nip, hr.password);
    await shell.goTo('Akun Pengguna');
    await app.getByRole('button', { name: `Ubah ${staff.name}` }).click();
    const dialog = app.getByRole('dialog', { name: `Ubah akun ${staff.name}` });
    await dialog.getByRole('checkbox', { name: 'Pejabat Penilai' }).check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    const row = new UsersPage(app).row(staff.name);
    await expect(row.getByText('Pejabat Penilai')).toBeVisible();

    // Removing every role is refused with a message on the field, and changes nothing.
    await app.getByRole('button', { name: `Ubah ${staff.name}` }).click();
    await dialog.getByRole('checkbox', { name: 'Pejabat Penilai' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Pegawai', exact: true }).uncheck();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByText('Pilih paling sedikit 1.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(row.getByText('Pejabat Penilai')).toBeVisible();

    await app.getByRole('button', { name: `Nonaktifkan ${staff.name}` }).click();
    await app.getByRole('dialog', { name: 'Nonaktifkan akun?' }).getByRole('button', { name: 'Nonaktifkan' }).click();
    await expect(row.getByText('Nonaktif', { exact: true })).toBeVisible();
    await shell.signOut();

    const signIn = new SignInPage(app);
    await signIn.signIn(staff.nip, staff.password);
    await expect(signIn.alert()).toHaveText('Akun ini dinonaktifkan. Hubungi admin kepegawaian.');
  });

  test('HR cannot remove the office\'s last HR administrator', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.goTo('Akun Pengguna');
    await app.getByRole('button', { name: `Ubah ${hr.name}` }).click();
    const dialog = app.getByRole('dialog', { name: `Ubah akun ${hr.name}` });
    await dialog.getByRole('checkbox', { name: 'Admin Kepegawaian' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Pegawai', exact: true }).check();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog.getByText('Kantor harus tetap memiliki setidaknya satu admin kepegawaian yang aktif.')).toBeVisible();
  });

  test('a NIP that already has an account is refused, naming it', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.goTo('Akun Pengguna');
    await app.getByRole('button', { name: 'Tambah akun' }).click();
    const dialog = app.getByRole('dialog', { name: 'Akun baru' });
    await field(dialog, 'Nama lengkap').fill('Orang Kembar');
    await field(dialog, 'NIP / NI PPPK').fill(hr.nip);
    await field(dialog, 'Kata sandi awal').fill('sementara-123');
    await field(dialog, 'Ulangi kata sandi').fill('sementara-123');
    await dialog.getByRole('button', { name: 'Buat akun' }).click();
    await expect(field(dialog, 'NIP / NI PPPK')).toHaveAccessibleDescription(/NIP 19900101 201501 1 001 sudah memiliki akun\./);
    await expect(new UsersPage(app).row('Orang Kembar')).toHaveCount(0);
  });
});

