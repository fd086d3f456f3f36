import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { addAccountAndSignInAs, dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { EmployeesPage } from './pages/PeoplePages';

const roster = generateRoster({ size: 200 });
const kasi = roster.rows[3]!;
const kasiStaff = roster.rows.filter((r) => r[9] === kasi[0]);
const staff = kasiStaff[0]!;

test.describe('who sees which people', () => {
  test('an employee sees only themselves; their Kepala Seksi sees the section; neither can edit', async ({ app }) => {
    test.setTimeout(90_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);

    await addAccountAndSignInAs(app, { name: String(staff[1]), nip: String(staff[0]), password: 'pegawai-biasa-1', role: 'Pegawai' });
    await shell.goTo('Pegawai');
    const list = new EmployeesPage(app);
    await expect(app.getByText('Anda melihat data Anda sendiri.')).toBeVisible();
    await expect(list.count()).toHaveText('1 dari 1 pegawai');
    await expect(list.row(String(staff[1]))).toBeVisible();
    await expect(app.getByRole('button', { name: 'Tambah pegawai' })).toHaveCount(0);
    await expect(app.getByRole('link', { name: 'Impor dari Excel' })).toHaveCount(0);
    await expect(shell.navigation().getByRole('link', { name: 'Rantai Penilai' })).toHaveCount(0);
    // Their own record opens read-only, with their appraiser shown.
    await list.open(String(staff[1]));
    const dialog = app.getByRole('dialog');
    await expect(dialog.getByRole('textbox', { name: 'Nama (tanpa gelar)' })).toHaveAttribute('readonly');
    await expect(dialog.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Tutup' }).click();
    await shell.signOut();

    await app.getByLabel(/^NIP/).fill('199001012015011001');
    await app.getByLabel(/^Kata sandi/).fill('sandi-admin-123');
    await app.getByRole('button', { name: 'Masuk' }).click();
    await addAccountAndSignInAs(app, { name: String(kasi[1]), nip: String(kasi[0]), password: 'kepala-seksi-1', role: 'Pejabat Penilai' });
    await shell.goTo('Pegawai');
    await expect(app.getByText('Anda melihat pegawai yang Anda nilai, dan data Anda sendiri.')).toBeVisible();
    await expect(list.count()).toHaveText(`${kasiStaff.length + 1} dari ${kasiStaff.length + 1} pegawai`);
  });
});
