import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { test, expect } from './support/fixtures';
import { hr } from './support/office';
import { officeWithApprovedSkp, pegawai as staff } from './support/monitoring';
import { checkScreen } from './support/screens';
import { SignInPage } from './pages/SignInPage';

// "Today" is this machine's date; the SKP covers the whole year, so the current quarter is inside it and open.
const now = new Date();
const YEAR = now.getFullYear();
const quarter = Math.floor(now.getMonth() / 3) + 1;
const roman = ['I', 'II', 'III', 'IV'][quarter - 1]!;
const periodLabel = `Triwulan ${roman} ${YEAR}`;

/** One valid row (IKI in other case, a human period) and six faulty ones, under a title row. */
function realisationsFile(): Uint8Array {
  const rows = [
    [`REALISASI KINERJA ${YEAR}`],
    ['NIP', 'IKI', 'Periode', 'Realisasi', 'Sumber data', 'Catatan'],
    [staff.nip, '  JUMLAH dokumen akreditasi ', `TW ${roman} ${YEAR}`, '7', 'Register akreditasi', 'Tiga puskesmas'], // 3
    ['199901012020121099', 'Jumlah dokumen akreditasi', `${YEAR}-Q${quarter}`, '1', 'x', ''], // 4
    [staff.nip, 'Indikator yang tidak ada', `${YEAR}-Q${quarter}`, '1', 'x', ''], // 5
    [staff.nip, 'Persentase dokumen tanpa revisi', `Januari ${YEAR}`, '80', 'x', ''], // 6
    [staff.nip, 'Persentase dokumen tanpa revisi', `${YEAR}-Q${quarter}`, 'delapan puluh', 'x', ''], // 7
    [staff.nip, 'Persentase dokumen tanpa revisi', `${YEAR}-Q${quarter}`, '-2', 'x', ''], // 8
    [staff.nip, 'Dokumen selesai tepat waktu', `${YEAR}-Q${quarter}`, '3', '', ''], // 9
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Realisasi');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
const faults: [number, string][] = [
  [4, 'NIP: Tidak ada pegawai dengan NIP 199901012020121099.'],
  [5, 'tidak memuat IKI “Indikator yang tidak ada”'],
  [6, `Periode: “Januari ${YEAR}” bukan periode irama pemantauan tahun ini; tulis seperti ${YEAR}-Q1.`],
  [7, 'Realisasi: “delapan puluh” bukan angka.'],
  [8, 'Realisasi: “-2” negatif'],
  [9, 'Sumber data: Sumber data kosong.'],
];

async function choose(page: Page, name: string, bytes: Uint8Array) {
  await page.getByLabel(/^(Seret berkas ke sini, atau klik untuk memilih|Drop a file here, or click to choose one)$/).setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await expect(page.getByRole('heading', { level: 2, name: /^(Pratinjau|Preview of) / })).toBeVisible({ timeout: 60_000 });
}
const countOf = (page: Page, label: string) => page.getByLabel(label, { exact: true }).locator('p').nth(1);
async function download(page: Page, button: string | RegExp): Promise<ExcelJS.Workbook> {
  const event = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await event).path())!);
  return book;
}

test.describe('importing realisations and exporting the capaian recap', () => {
  test('HR imports a file with one valid and six faulty rows, the value shows on monitoring, a re-import changes nothing, the recap reads back', async ({ app }) => {
    test.setTimeout(300_000);
    // HR writes the employee's SKP and submits it; the kasi approves it.
    const { shell } = await officeWithApprovedSkp(app);
    await shell.signOut();
    await new SignInPage(app).signIn(hr.nip, hr.password);

    // HR opens the import from the monitoring list.
    await shell.goTo('Pemantauan');
    await app.getByRole('link', { name: 'Impor realisasi' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Impor realisasi' })).toBeVisible();
    await checkScreen(app, 'id', '60-realisation-import-choose');

    const template = await download(app, 'Unduh templat');
    expect((template.worksheets[0]!.getRow(2).values as unknown[]).slice(1)).toEqual(['NIP', 'IKI', 'Periode', 'Realisasi', 'Sumber data', 'Catatan']);

    await choose(app, 'realisasi.xlsx', realisationsFile());
    await expect(countOf(app, 'Baru')).toHaveText('1');
    await expect(countOf(app, 'Tidak dapat diimpor')).toHaveText(String(faults.length));
    const invalid = app.getByRole('table', { name: 'Baris Tidak dapat diimpor' }).getByRole('row');
    await expect(invalid).toHaveCount(1 + faults.length);
    for (const [row, message] of faults) await expect(invalid.filter({ has: app.getByRole('cell', { name: String(row), exact: true }) })).toContainText(message);
    await checkScreen(app, 'id', '61-realisation-import-preview');

    await app.getByRole('radio', { name: 'Semua atau tidak sama sekali' }).check();
    await expect(app.getByRole('button', { name: 'Simpan 1 realisasi' })).toBeDisabled();
    await app.getByRole('radio', { name: 'Simpan baris yang sah saja' }).check();
    await app.getByRole('button', { name: 'Simpan 1 realisasi' }).click();
    await expect(app.getByRole('main').getByRole('status').filter({ hasText: '1 realisasi disimpan.' })).toBeVisible({ timeout: 60_000 });

    // Re-import: the valid row is unchanged, nothing to save.
    await app.getByRole('button', { name: 'Impor berkas lain' }).click();
    await choose(app, 'realisasi.xlsx', realisationsFile());
    await expect(countOf(app, 'Baru')).toHaveText('0');
    await expect(countOf(app, 'Tidak berubah')).toHaveText('1');
    await expect(app.getByRole('button', { name: 'Simpan 0 realisasi' })).toBeDisabled();

    // The monitoring list and the person's page show the value.
    await shell.goTo('Pemantauan');
    const list = app.getByRole('table', { name: /^SKP yang dipantau tahun/ });
    await expect(list.getByText('1 dari 3 IKI')).toBeVisible();

    // The recap: one row per IKI, NIP as text, capaian as capped percent numbers, missing left empty.
    await app.getByRole('button', { name: 'Ekspor rekap capaian' }).click();
    const dialog = app.getByRole('dialog', { name: 'Ekspor rekap capaian' });
    await expect(dialog.getByRole('combobox', { name: 'Periode' })).toHaveValue(periodLabel);
    await checkScreen(app, 'id', '62-capaian-recap-dialog', '[role="dialog"]');
    const recap = (await download(app, 'Simpan rekap')).worksheets[0]!;
    expect(String(recap.getCell('A1').value)).toMatch(new RegExp(`^Rekap capaian Dinas Kesehatan periode ${periodLabel} — \\d{4}-\\d{2}-\\d{2}$`));
    expect((recap.getRow(2).values as unknown[]).slice(1)).toEqual(['NIP', 'Nama', 'Unit kerja', 'Rencana Hasil Kerja', 'IKI', 'Target', 'Satuan', 'Realisasi periode', 'Capaian periode (%)', 'Capaian s.d. periode (%)', 'Status', 'Tanda']);
    expect(recap.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(recap.autoFilter).toBeTruthy();
    const rows = [3, 4, 5].map((n) => recap.getRow(n));
    expect(rows.map((r) => r.getCell(5).value)).toEqual(['Jumlah dokumen akreditasi', 'Persentase dokumen tanpa revisi', 'Dokumen selesai tepat waktu']);
    expect(rows[0]!.getCell(1).value).toBe(staff.nip);
    expect(rows[0]!.getCell(1).numFmt).toBe('@');
    // 12 documents a year by quarter: this quarter's share is 3, and 7 ÷ 3 = 233 % shows at the 120 % cap.
    expect([rows[0]!.getCell(6).value, rows[0]!.getCell(8).value, rows[0]!.getCell(9).value]).toEqual([12, 7, 120]);
    // To date: 7 against 12 × q ÷ 4 expected.
    expect(rows[0]!.getCell(10).value).toBeCloseTo(Math.min(120, Math.round((7 / ((12 * quarter) / 4)) * 10_000) / 100), 2);
    // No value this period: empty, never 0.
    expect([rows[1]!.getCell(8).value, rows[1]!.getCell(9).value]).toEqual([null, null]);

    // English screens.
    await shell.switchLanguage('English');
    await shell.goTo('Monitoring');
    await app.getByRole('link', { name: 'Import results' }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Import results' })).toBeVisible();
    await checkScreen(app, 'en', '60-realisation-import-choose');
    await choose(app, 'results.xlsx', realisationsFile());
    await expect(countOf(app, 'Unchanged')).toHaveText('1');
    await checkScreen(app, 'en', '61-realisation-import-preview');

    // The recap dialog, in English.
    await shell.goTo('Monitoring');
    await app.getByRole('button', { name: 'Export achievement recap' }).click();
    const enDialog = app.getByRole('dialog', { name: 'Export achievement recap' });
    await expect(enDialog.getByRole('combobox', { name: 'Period' })).toHaveValue(new RegExp(`^Quarter (${roman}|${quarter}) ${YEAR}$`));
    await expect(enDialog.getByRole('button', { name: 'Save recap' })).toBeVisible();
    await checkScreen(app, 'en', '62-capaian-recap-dialog', '[role="dialog"]');
  });
});
