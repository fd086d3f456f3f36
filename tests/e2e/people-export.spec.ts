import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { EmployeesPage } from './pages/PeoplePages';

const roster = generateRoster({ size: 200 });
// Someone whose name a spreadsheet would run as a formula.
roster.rows[30]![1] = '=HYPERLINK("http://contoh","klik")';

async function exportShown(page: Page, button: string): Promise<ExcelJS.Worksheet> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile((await (await download).path())!);
  return book.worksheets[0]!;
}

test.describe('exporting the roster', () => {
  test('writes the people shown as a styled workbook a spreadsheet opens safely, in the language on screen', async ({ app }) => {
    test.setTimeout(90_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const list = new EmployeesPage(app);
    await app.getByRole('combobox', { name: 'Unit kerja' }).click();
    await app.getByRole('option', { name: 'Bidang Pelayanan Kesehatan' }).click();
    const shown = Number((await list.count().innerText()).split(' ')[0]);

    const sheet = await exportShown(app, 'Ekspor ke Excel');
    // Title row, merged and bold; then a bold, filled, frozen header with an autofilter.
    expect(String(sheet.getCell('A1').value)).toMatch(/^Daftar Pegawai Dinas Kesehatan — \d{4}-\d{2}-\d{2}$/);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').isMerged).toBe(true);
    const header = sheet.getRow(2);
    expect((header.values as unknown[]).slice(1, 4)).toEqual(['NIP', 'Nama', 'Gelar Depan']);
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(20);
    // Only the people shown (current filter), NIPs as text, dates as dates.
    expect(sheet.rowCount - 2).toBe(shown);
    const first = sheet.getRow(3);
    expect(typeof first.getCell(1).value).toBe('string');
    expect(first.getCell(1).numFmt).toBe('@');
    expect(String(first.getCell(1).value)).toMatch(/^\d{18}$/);
    expect(first.getCell(12).value).toBeInstanceOf(Date);
    expect(first.getCell(11).value).toBe('Aktif');

    // The formula-looking name comes out as text that starts with an apostrophe.
    await app.getByRole('button', { name: 'Hapus saringan' }).click();
    await list.search('HYPERLINK');
    const tricky = await exportShown(app, 'Ekspor ke Excel');
    expect(tricky.getRow(3).getCell(2).value).toBe(`'=HYPERLINK("http://contoh","klik")`);
    expect(tricky.getRow(3).getCell(2).formula).toBeUndefined();

    // In English, headers and coded values are English, and the file reads back the same.
    await shell.switchLanguage('English');
    await list.search('');
    const english = await exportShown(app, 'Export to Excel');
    expect((english.getRow(2).values as unknown[]).slice(1, 3)).toEqual(['NIP', 'Name']);
    expect(english.getRow(3).getCell(11).value).toBe('Active');
    expect(english.rowCount - 2).toBe(200);
  });
});
