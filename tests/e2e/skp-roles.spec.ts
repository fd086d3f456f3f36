import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { SignInPage } from './pages/SignInPage';
import { SkpImportPage } from './pages/SkpImportPage';
import { SkpPages } from './pages/SkpPages';

const roster = generateRoster({ size: 30 });
const staffOf = (kasiNip: unknown) => roster.rows.filter((r) => r[9] === kasiNip);
/** A kepala seksi with at least two staff: one signs in, the other is their colleague. */
const team = staffOf(roster.rows.find((k) => k[7] === 'Pengawas' && staffOf(k[0]).length >= 2)![0]);
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const head = person(roster.rows[0]!);
const staff = person(team[0]!);
const colleague = person(team[1]!);
const colleagueUnit = String(team[1]![8]);

test.describe('who may do what with SKPs', () => {
  test('the head reads every SKP but edits none; an employee sees and opens only their own', async ({ app }) => {
    test.setTimeout(120_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const skp = new SkpPages(app);
    await shell.goTo('SKP');
    await skp.create(colleague.name, colleague.nip);
    const colleagueSkp = app.url();

    await addAccountAndSignInAs(app, { ...head, password: 'kepala-dinas-1', role: 'Pimpinan' });
    await shell.goTo('Sasaran Kantor');
    await expect(app.getByRole('button', { name: 'Tambah sasaran' })).toBeVisible();
    await shell.goTo('SKP');
    await expect(app.getByRole('tab', { name: 'Pegawai (30)' })).toBeVisible();
    // Only their own SKP may they start.
    await app.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(staff.nip);
    await expect(app.getByRole('button', { name: /^Buat SKP untuk/ })).toHaveCount(0);
    await app.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(head.nip);
    await expect(app.getByRole('button', { name: `Buat SKP untuk ${head.name}` })).toBeVisible();
    await skp.open(colleague.name, colleague.nip);
    await expect(app.getByRole('button', { name: 'Simpan draf' })).toHaveCount(0);
    await expect(app.getByRole('button', { name: 'Tambah RHK utama' })).toHaveCount(0);
    await expect(app.getByLabel('Ekspektasi khusus pimpinan — Loyal')).toHaveAttribute('readonly');

    // The head exports the recap of one unit: its people only, the colleague's SKP as a draft.
    await shell.goTo('SKP');
    await app.getByRole('combobox', { name: 'Unit kerja' }).click();
    await app.getByRole('option', { name: new RegExp(`^\\s*${colleagueUnit}$`) }).click();
    const recap = (await new SkpImportPage(app).download(/^Ekspor rekap SKP \d{4}$/)).worksheets[0]!;
    const rows = Array.from({ length: recap.rowCount - 2 }, (_, i) => recap.getRow(3 + i));
    expect(rows.map((r) => r.getCell(1).value).sort()).toEqual(roster.rows.filter((r) => r[8] === colleagueUnit).map((r) => String(r[0])).sort());
    expect(rows.find((r) => r.getCell(1).value === colleague.nip)?.getCell(5).value).toBe('Draf');
    await shell.signOut();

    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, { ...staff, password: 'pegawai-biasa-1', role: 'Pegawai' });
    await shell.goTo('Sasaran Kantor');
    await expect(app.getByRole('heading', { level: 1, name: 'Sasaran Kantor' })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Tambah sasaran' })).toHaveCount(0);
    await shell.goTo('SKP');
    await expect(app.getByRole('tab', { name: 'Pegawai (1)' })).toBeVisible();
    // A period that ends before it starts is refused, naming the field, and nothing is made.
    await app.getByRole('button', { name: `Buat SKP untuk ${staff.name}` }).click();
    const dialog = app.getByRole('dialog');
    const year = (await dialog.getByLabel('Awal periode').inputValue()).slice(0, 4);
    await dialog.getByLabel('Awal periode').fill(`${year}-07-01`);
    await dialog.getByLabel('Akhir periode').fill(`${year}-03-31`);
    await dialog.getByRole('button', { name: 'Buat SKP' }).click();
    await expect(dialog.getByText('Akhir periode tidak boleh sebelum awalnya.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Batal' }).click();
    await expect(app.getByRole('button', { name: `Buat SKP untuk ${staff.name}` })).toBeVisible();
    await app.goto(colleagueSkp);
    await expect(app.getByRole('heading', { level: 1, name: 'SKP tidak dapat dibuka' })).toBeVisible();
    await expect(app.getByRole('alert')).toHaveText('Peran Anda tidak mengizinkan tindakan ini.');
  });
});
