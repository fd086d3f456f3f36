import ExcelJS from 'exceljs';
import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { EmployeesPage } from './pages/PeoplePages';

const roster = generateRoster({ size: 200 });
const [kabid, kasi] = [roster.rows[2]!, roster.rows[3]!]; // Kepala Bidang Pelayanan Kesehatan, and one of its Kepala Seksi
const kasiStaff = roster.rows.filter((r) => r[9] === kasi[0]);
const aStaff = kasiStaff[0]!;

test.describe('the appraiser chain', () => {
  test('flags the people a departed Kepala Seksi appraised, and HR reassigns them all at once', async ({ app }) => {
    test.setTimeout(90_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);

    await shell.goTo('Rantai Penilai');
    await expect(app.getByText('0 pegawai bermasalah')).toBeVisible();

    // The Kepala Seksi moves to another office.
    await shell.goTo('Pegawai');
    const list = new EmployeesPage(app);
    await list.search(String(kasi[0]));
    await list.open(String(kasi[1]));
    const dialog = app.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await app.getByRole('option', { name: 'Pindah' }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();

    await shell.goTo('Rantai Penilai');
    await expect(app.getByText(`${kasiStaff.length} pegawai bermasalah`)).toBeVisible();
    await app.getByRole('checkbox', { name: 'Hanya yang bermasalah' }).check();
    const table = app.getByRole('table', { name: 'Rantai pejabat penilai' });
    await expect(table.getByRole('row').filter({ hasText: 'Jabatan atasan kosong' })).toHaveCount(kasiStaff.length);

    // First try: a staff member without delegation is flagged as below pengawas level.
    await table.getByRole('checkbox', { name: `Pilih ${aStaff[1]}` }).check();
    await app.getByRole('button', { name: 'Tetapkan pejabat penilai' }).click();
    let assign = app.getByRole('dialog', { name: 'Tetapkan pejabat penilai untuk 1 pegawai' });
    await assign.getByRole('combobox', { name: 'Pejabat penilai' }).press('Escape'); // close its list
    await assign.getByRole('button', { name: 'Tetapkan pejabat penilai' }).click();
    await expect(field(assign, 'Alasan')).toHaveAccessibleDescription(/^Wajib diisi\./);
    await assign.getByRole('combobox', { name: 'Pejabat penilai' }).fill(String(kasiStaff[1]![1]));
    await app.getByRole('option', { name: new RegExp(`^${kasiStaff[1]![1]} — `) }).first().click();
    await field(assign, 'Alasan').fill('Dicoba sementara');
    await assign.getByRole('button', { name: 'Tetapkan pejabat penilai' }).click();
    await expect(assign).toBeHidden();
    await expect(table.getByRole('row').filter({ hasText: String(aStaff[1]) })).toContainText('Penilai di bawah pengawas tanpa pendelegasian');

    // Then all of them at once to the Kepala Bidang, with the reason kept.
    await table.getByRole('checkbox', { name: 'Pilih semua yang tampil' }).check();
    await expect(app.getByText(`${kasiStaff.length} dipilih`)).toBeVisible();
    await app.getByRole('button', { name: 'Tetapkan pejabat penilai' }).click();
    assign = app.getByRole('dialog', { name: `Tetapkan pejabat penilai untuk ${kasiStaff.length} pegawai` });
    await assign.getByRole('combobox', { name: 'Pejabat penilai' }).fill(String(kabid[0]).slice(0, 8));
    await app.getByRole('option', { name: new RegExp(`^${kabid[1]}(, .+)? — `) }).click();
    await field(assign, 'Alasan').fill('Plt. Kepala Seksi, Surat Perintah 800/45/2026');
    await assign.getByRole('button', { name: 'Tetapkan pejabat penilai' }).click();
    await expect(app.getByText('0 pegawai bermasalah')).toBeVisible();

    await app.getByRole('checkbox', { name: 'Hanya yang bermasalah' }).uncheck();
    await field(app, 'Cari nama atau NIP').fill(String(aStaff[0]));
    await expect(table.getByRole('row').filter({ hasText: String(aStaff[1]) })).toContainText(String(kabid[1]));

    // The chain as a styled workbook, reasons included (of the people shown: clear the search).
    await field(app, 'Cari nama atau NIP').fill('');
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Ekspor ke Excel' }).click();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await (await download).path())!);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit kerja', 'NIP pejabat penilai', 'Pejabat penilai', 'NIP atasan pejabat penilai', 'Atasan pejabat penilai', 'Sumber', 'Alasan penetapan', 'Masalah']);
    const staffRow = sheet.getRows(3, sheet.rowCount - 2)!.find((r) => r.getCell(1).value === aStaff[0])!;
    expect(staffRow.getCell(5).value).toBe(kabid[0]);
    expect(staffRow.getCell(10).value).toBe('Plt. Kepala Seksi, Surat Perintah 800/45/2026');
  });
});
