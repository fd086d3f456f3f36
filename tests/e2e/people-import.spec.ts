import ExcelJS from 'exceljs';
import { generateRoster, laporanSkp, rosterFile, sheetFile } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { dinasKesehatan, setUpOffice } from './support/office';
import { EmployeesPage, ImportPage } from './pages/PeoplePages';
import type { ShellPage } from './pages/ShellPage';

const faulty = generateRoster({ size: 200, withFaults: true });
const fixed = generateRoster({ size: 200 });

async function openImport(shell: ShellPage, page: import('@playwright/test').Page) {
  await shell.goTo('Pegawai');
  await page.getByRole('link', { name: 'Impor dari Excel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Impor Data Pegawai' })).toBeVisible();
}

test.describe('importing the roster', () => {
  test('previews every row, writes only what was confirmed, and a fixed file adds exactly the fixed rows', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    await openImport(shell, app);
    const importer = new ImportPage(app);
    await importer.choose('daftar-pegawai.xlsx', rosterFile(faulty, 'xlsx'));
    await importer.expectCounts({ invalid: 15, new: 185, changed: 0, unchanged: 0 });

    // Each invalid row is listed with its sheet row number and the reason, in Indonesian.
    const invalid = app.getByRole('table', { name: 'Baris Tidak sah' });
    await expect(invalid.getByRole('row')).toHaveCount(16);
    const asNumber = faulty.faults.find((f) => f.what === 'NIP stored as a number')!;
    await expect(invalid.getByRole('row').filter({ hasText: String(asNumber.row) })).toContainText('NIP tersimpan sebagai angka');
    const golongan = faulty.faults.find((f) => f.what === 'unknown golongan III/f')!;
    await expect(invalid.getByRole('row').filter({ hasText: String(golongan.row) })).toContainText('Golongan “III/f” tidak dikenal');
    await expect(app.getByText(/^Akan dibuat: 13 unit kerja, \d+ jabatan/)).toBeVisible();

    // All or nothing cannot go ahead with invalid rows.
    await app.getByRole('radio', { name: 'Semua atau tidak sama sekali' }).check();
    await expect(app.getByRole('button', { name: /^Simpan 185 perubahan$/ })).toBeDisabled();
    await app.getByRole('radio', { name: 'Simpan baris yang sah saja' }).check();
    await importer.confirm();
    await expect(app.getByText('Selesai: 185 pegawai, 13 unit kerja')).toBeVisible();

    // The same roster with its faults fixed: the 15 rows come in, the rest is unchanged.
    await app.getByRole('button', { name: 'Impor berkas lain' }).click();
    await importer.choose('daftar-pegawai-perbaikan.xlsx', rosterFile(fixed, 'xlsx'));
    await importer.expectCounts({ invalid: 0, new: 15, changed: 0, unchanged: 185 });
    await importer.confirm();

    // And once more: nothing left to do.
    await app.getByRole('button', { name: 'Impor berkas lain' }).click();
    await importer.choose('daftar-pegawai-perbaikan.xlsx', rosterFile(fixed, 'xlsx'));
    await importer.expectCounts({ invalid: 0, new: 0, changed: 0, unchanged: 200 });
    await expect(app.getByText('Tidak ada yang perlu disimpan: semua baris sudah sama dengan data yang ada.')).toBeVisible();

    await shell.goTo('Pegawai');
    await expect(new EmployeesPage(app).count()).toHaveText('200 dari 200 pegawai');
  });

  test('reads the same roster from .xls and .csv', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    await openImport(shell, app);
    const importer = new ImportPage(app);
    await importer.choose('daftar-pegawai.xls', rosterFile(faulty, 'xls'));
    await importer.expectCounts({ invalid: 15, new: 185, changed: 0, unchanged: 0 });
    await app.getByRole('button', { name: 'Batal' }).click();
    // Written to CSV, the NIP that was a number becomes "1.99E+17"-like text: still refused.
    await importer.choose('daftar-pegawai.csv', rosterFile(faulty, 'csv'));
    await importer.expectCounts({ invalid: 15, new: 185, changed: 0, unchanged: 0 });
  });

  test('recognises the national Laporan SKP export, keeping the latest row of a person who moved', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    await openImport(shell, app);
    const importer = new ImportPage(app);
    await importer.choose('Laporan_SKP_2025.xlsx', sheetFile(laporanSkp(fixed, 20)));
    await importer.expectCounts({ invalid: 0, new: 20, changed: 0, unchanged: 0 });
    await expect(app.getByText(/Dikenali sebagai Laporan SKP dari sistem nasional\./)).toBeVisible();
    await app.getByRole('tab', { name: /^Dilewati/ }).click();
    await expect(app.getByRole('table', { name: 'Baris Dilewati' }).getByRole('row')).toHaveCount(2);
    await importer.confirm();
    await shell.goTo('Pegawai');
    const list = new EmployeesPage(app);
    await list.search(String(fixed.rows[1]![0]));
    await expect(list.row(String(fixed.rows[1]![1]))).toContainText(String(fixed.rows[1]![6]));
  });

  test('refuses files that are not rosters with a message naming the file, and saves nothing', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    await openImport(shell, app);
    const importer = new ImportPage(app);
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
    await importer.choose('laporan.xlsx', pdf);
    await expect(importer.alert()).toContainText('Berkas "laporan.xlsx" berekstensi .xlsx, tetapi isinya berupa dokumen PDF');

    await importer.choose('kosong.csv', new Uint8Array());
    await expect(importer.alert()).toContainText('Berkas "kosong.csv" kosong (0 byte)');

    const xlsx = rosterFile(faulty, 'xlsx');
    await importer.choose('terpotong.xlsx', xlsx.slice(0, Math.floor(xlsx.length / 2)));
    await expect(importer.alert()).toContainText('Berkas "terpotong.xlsx" rusak atau tidak lengkap');

    await importer.choose('judul-saja.csv', new TextEncoder().encode('NIP;Nama;Unit Kerja\n'));
    await expect(app.getByRole('alert')).toContainText('di bawahnya tidak ada data pegawai');
    await expect(app.getByRole('button', { name: /^Simpan/ })).toBeDisabled();

    await shell.goTo('Pegawai');
    await expect(new EmployeesPage(app).count()).toHaveText('0 dari 0 pegawai');
  });

  test('gives a template with the headers in the language on screen', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    await openImport(shell, app);
    const download = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Unduh templat' }).click();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await (await download).path())!);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'NIP', 'Nama', 'Gelar Depan', 'Gelar Belakang', 'Jenis ASN', 'Gol/Ruang', 'Jabatan', 'Jenis Jabatan', 'Unit Kerja', 'NIP Atasan', 'Status', 'TMT Jabatan']);

    await shell.switchLanguage('English');
    const english = app.waitForEvent('download');
    await app.getByRole('button', { name: 'Download template' }).click();
    const bookEn = new ExcelJS.Workbook();
    await bookEn.xlsx.readFile((await (await english).path())!);
    expect(bookEn.worksheets[0]!.getRow(2).getCell(2).value).toBe('Name');
  });
});
