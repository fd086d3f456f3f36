import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, hr, office, setUpOffice } from './support/office';
import { SignInPage } from './pages/SignInPage';

test.describe('settings', () => {
  test('shows the storage used and whether persistent storage was granted', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.goTo('Pengaturan');
    const storage = app.getByRole('region', { name: 'Penyimpanan data' });
    await expect(storage.getByRole('row', { name: /^Terpakai/ })).toHaveText(/^Terpakai\s*[\d.,]+\s*(byte|kB|MB|GB)$/);
    await expect(storage.getByRole('row', { name: /^Penyimpanan permanen/ })).toHaveText(/(Diberikan|Belum diberikan):/);
  });

  test('HR corrects the office identity; the header and the audit trail show it', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.goTo('Pengaturan');
    const section = app.getByRole('region', { name: 'Identitas kantor' });
    await field(section, 'Nama kantor (OPD)').fill('');
    await section.getByRole('button', { name: 'Simpan' }).click();
    await expect(field(section, 'Nama kantor (OPD)')).toHaveAccessibleDescription(/^Wajib diisi\./);

    await field(section, 'Nama kantor (OPD)').fill('BKPSDM Kabupaten Sumba Timur');
    await section.getByRole('button', { name: 'Simpan' }).click();
    await expect(app.getByText('Identitas kantor disimpan.')).toBeVisible();
    await expect(app.getByRole('banner').getByText(`BKPSDM Kabupaten Sumba Timur · ${office.instansi}`)).toBeVisible();

    await shell.goTo('Jejak Audit');
    await expect(app.getByRole('cell', { name: `Nama: ${office.officeName} → BKPSDM Kabupaten Sumba Timur` }).first()).toBeVisible();
  });

  test('changing one\'s own password needs the current one', async ({ app }) => {
    const shell = await setUpOffice(app);
    await shell.goTo('Pengaturan');
    await field(app, 'Kata sandi saat ini').fill('tebakan-salah');
    await field(app, 'Kata sandi baru').fill('sandi-baru-456');
    await field(app, 'Ulangi kata sandi baru').fill('sandi-baru-456');
    await app.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expect(field(app, 'Kata sandi saat ini')).toHaveAccessibleDescription('Kata sandi saat ini salah.');

    await field(app, 'Kata sandi saat ini').fill(hr.password);
    await app.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await expect(app.getByText('Kata sandi diganti.')).toBeVisible();
  });
});

test.describe('audit trail', () => {
  test('verifies as intact and exports as CSV that no spreadsheet will run as formulas', async ({ app }) => {
    const shell = await setUpOffice(app);
    // Someone whose name a spreadsheet would run as a formula signs in, so it starts a cell ("Oleh").
    const trickster = { name: '=HYPERLINK("http://contoh","klik")', nip: '198507142010122002', password: 'pegawai-biasa-1', role: 'Pegawai' };
    await addAccountAndSignInAs(app, trickster);
    await shell.signOut();
    await new SignInPage(app).signIn(hr.nip, hr.password);

    await shell.goTo('Jejak Audit');
    await app.getByRole('button', { name: 'Periksa keutuhan' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Jejak audit utuh' })).toHaveText(/^Jejak audit utuh: \d+ entri diperiksa, tidak ada yang diubah\.$/);

    const downloading = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Ekspor CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^jejak-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csv.slice(1).trim().split(/\r\n/);
    expect(header).toBe('No.,Waktu,Oleh,Tindakan,Perubahan,hash');
    expect(rows.some((row) => row.includes('Akun dibuat (Akun)'))).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://contoh"",""klik"")"`);
    expect(csv).not.toMatch(/(^|,)"?=/m);
    await expect(app.getByText(/^Berkas jejak-audit-.*\.csv disimpan\.$/)).toBeVisible();
  });
});
