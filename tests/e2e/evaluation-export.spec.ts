import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import { SignInPage } from './pages/SignInPage';
import { SkpPages } from './pages/SkpPages';

/**
 * The evaluation exports (issue 6, item 8) on the generated Dinas Kesehatan: HR records the
 * seksi's organisation result (Istimewa) and writes one staff member's SKP; the Kepala Seksi
 * approves it and finalises her rating (Sesuai / Sesuai: Baik). From the Evaluasi list the kasi
 * downloads the predikat recap and the national record (.xlsx and .csv), and HR the office's
 * distribution per unit; each file is read back, in Indonesian and in English.
 */
const roster = generateRoster({ size: 60 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const kasiRow = roster.rows[3]!;
const seksi = String(kasiRow[8]);
const kasi = { ...person(kasiRow), password: 'kepala-seksi-1', role: 'Pejabat Penilai' };
const staffRow = roster.rows.find((r) => r[9] === kasiRow[0])!;
const staff = person(staffRow);

const now = new Date();
const year = now.getFullYear();
const quarter = Math.floor(now.getMonth() / 3) + 1;
const periodKey = `${year}-Q${quarter}`;
const period = `Triwulan ${['I', 'II', 'III', 'IV'][quarter - 1]} ${year}`;

/** Opens the Ekspor menu of the list and saves one export; the download's path. */
async function exportFile(app: Page, item: string | RegExp): Promise<{ path: string; name: string }> {
  await app.getByRole('button', { name: /^(Ekspor|Export)/ }).click();
  const download = app.waitForEvent('download');
  await app.getByRole('menuitem', { name: item }).click();
  const file = await download;
  return { path: (await file.path())!, name: file.suggestedFilename() };
}

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book.worksheets[0]!;
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

async function rate(ratings: Locator, hasil: string, perilaku: string) {
  await ratings.getByRole('radiogroup', { name: /^Rating hasil kerja/ }).getByRole('radio', { name: hasil }).check();
  await field(ratings, 'Alasan rating hasil kerja').fill('Realisasi triwulan ini sesuai target.');
  await ratings.getByRole('radiogroup', { name: /^Rating perilaku kerja/ }).getByRole('radio', { name: perilaku }).check();
  await field(ratings, 'Alasan rating perilaku kerja').fill('Umpan balik BerAKHLAK triwulan ini.');
}

test('the predikat recap, the national record (.xlsx and .csv) and the distribution per unit are downloaded and read back in both languages', async ({ app }) => {
  test.setTimeout(120_000);
  const shell = await setUpOffice(app, dinasKesehatan);
  await importRoster(app, shell, roster);

  // HR records the seksi's result for the quarter and writes the staff member's SKP.
  await shell.goTo('Evaluasi');
  await app.getByRole('link', { name: 'Capaian kinerja organisasi' }).click();
  await app.getByRole('button', { name: `Catat capaian ${seksi}` }).click();
  const orgDialog = app.getByRole('dialog');
  await orgDialog.getByRole('combobox', { name: 'Capaian kinerja organisasi' }).click();
  await app.getByRole('option', { name: 'Istimewa', exact: true }).click();
  await orgDialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(orgDialog).toBeHidden();
  const skp = new SkpPages(app);
  await shell.goTo('SKP');
  await skp.create(staff.name, staff.nip);
  await skp.addRhk('utama', { assignment: 'Penugasan kepala seksi', text: 'Terhimpunnya data perencanaan pelayanan', indicators: [
    { text: 'Jumlah dokumen perencanaan', target: '12', unit: 'Dokumen' },
    { text: 'Persentase dokumen tanpa revisi', target: '90', unit: '%' },
    { text: 'Dokumen selesai tepat waktu', target: '12', unit: 'Bulan' },
  ] });
  await skp.save();
  await skp.step('Ajukan');
  await expect(skp.status()).toHaveText('Diajukan');

  // The kasi approves it, rates Sesuai / Sesuai (Baik: 1 of 1 fits Istimewa's curve) and finalises.
  await addAccountAndSignInAs(app, kasi);
  await shell.goTo('SKP');
  await skp.open(staff.name, staff.nip);
  await skp.step('Setujui');
  await expect(skp.status()).toHaveText('Disetujui');
  await shell.goTo('Evaluasi');
  await app.getByRole('table', { name: `Pegawai yang dievaluasi, ${period}` }).getByRole('link', { name: staff.name }).click();
  const ratings = app.getByRole('region', { name: 'Rating kinerja' });
  await rate(ratings, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi');
  await ratings.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Rating ${staff.name} disimpan sebagai draf.` })).toBeVisible();
  await ratings.getByRole('button', { name: 'Finalkan' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Evaluasi ${staff.name} difinalkan.` })).toBeVisible();
  await shell.goTo('Evaluasi');
  await expect(app.getByRole('table', { name: `Pegawai yang dievaluasi, ${period}` })).toContainText('Final');

  // The recap: title, Indonesian headers, one row, NIP as text, the finalised day as a date.
  // (axe runs with the menu closed: Mantine's open menu holds a focusable role="presentation"
  // element for its focus trap, which axe reports as a child a menu may not have.)
  await checkScreen(app, 'id', '68-evaluation-export');
  await app.getByRole('button', { name: `Ekspor evaluasi ${period}` }).click();
  // The kasi is no HR or head: no office distribution for her.
  await expect(app.getByRole('menuitem')).toHaveText(['Rekap predikat (Excel)', 'Rekam kinerja nasional, hanya final (Excel)', 'Rekam kinerja nasional, hanya final (CSV)']);
  await app.keyboard.press('Escape');
  const recapFile = await exportFile(app, 'Rekap predikat (Excel)');
  expect(recapFile.name).toMatch(new RegExp(`^rekap-predikat-${periodKey}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const recap = await sheetOf(recapFile.path);
  expect(String(recap.getCell('A1').value)).toMatch(new RegExp(`^Rekap predikat kinerja Dinas Kesehatan — ${period} — semua unit — \\d{4}-\\d{2}-\\d{2}$`));
  expect(rowValues(recap, 2)).toEqual(['Unit kerja', 'NIP', 'Nama', 'Jabatan', 'Pangkat/golongan', 'Periode', 'Rating hasil kerja', 'Rating perilaku kerja', 'Predikat kinerja', 'Status', 'Tanggal final', 'Alasan menyimpang dari kurva']);
  expect(recap.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(recap.rowCount).toBe(3);
  const row = recap.getRow(3);
  expect(row.getCell(1).value).toBe(seksi);
  expect(row.getCell(2).value).toBe(staff.nip);
  expect(row.getCell(2).numFmt).toBe('@');
  expect(row.getCell(3).value).toBe(staff.name);
  expect(row.getCell(4).value).toBe(String(staffRow[6]));
  expect(row.getCell(5).value).toBeTruthy();
  expect(rowValues(recap, 3).slice(5, 10)).toEqual([period, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 'Baik', 'Final']);
  expect(row.getCell(11).value).toBeInstanceOf(Date);
  expect((row.getCell(11).value as Date).getUTCFullYear()).toBe(year);
  expect(row.getCell(12).value).toBeNull();

  // The unit filter scopes the list and the recap: the seksi keeps its one person; Sekretariat has nobody.
  const unitFilter = app.getByRole('combobox', { name: 'Unit kerja (termasuk sub-unit)' });
  await unitFilter.click();
  await app.getByRole('option', { name: 'Sekretariat', exact: true }).click();
  await expect(app.getByText('0 pegawai', { exact: true })).toBeVisible();
  await unitFilter.click();
  await app.getByRole('option', { name: seksi, exact: true }).click();
  await expect(app.getByText('1 pegawai', { exact: true })).toBeVisible();
  const seksiRecap = await sheetOf((await exportFile(app, 'Rekap predikat (Excel)')).path);
  expect(String(seksiRecap.getCell('A1').value)).toContain(`— ${period} — ${seksi} —`);
  expect(seksiRecap.rowCount).toBe(3);

  // The national record as .xlsx: title says final only; the record's own column names.
  const nationalHeader = ['tahun', 'periode', 'bulan_awal', 'bulan_akhir', 'nip', 'nama', 'rating_hasil_kerja', 'rating_perilaku_kerja', 'kuadran_kinerja', 'penilai_nip', 'penilai_nama', 'penilai_golongan', 'penilai_jabatan', 'penilai_unor', 'penilai_status', 'status'];
  const nationalRow = [year, `TRIWULAN ${['I', 'II', 'III', 'IV'][quarter - 1]}`, quarter * 3 - 2, quarter * 3, staff.nip, staff.name, 'SESUAI EKSPEKTASI', 'SESUAI EKSPEKTASI', 'BAIK', kasi.nip, kasi.name];
  const national = await sheetOf((await exportFile(app, 'Rekam kinerja nasional, hanya final (Excel)')).path);
  expect(String(national.getCell('A1').value)).toContain(`Rekam kinerja nasional Dinas Kesehatan — ${period} — hanya evaluasi final`);
  expect(rowValues(national, 2)).toEqual(nationalHeader);
  expect(rowValues(national, 3).slice(0, nationalRow.length)).toEqual(nationalRow);
  expect(national.getRow(3).getCell(5).numFmt).toBe('@');
  expect(rowValues(national, 3).slice(14)).toEqual(['ASN', 'FINAL']);

  // …and as CSV: UTF-8 with a BOM, the NIP quoted as its 18 digits.
  const csvFile = await exportFile(app, 'Rekam kinerja nasional, hanya final (CSV)');
  expect(csvFile.name).toMatch(new RegExp(`^rekam-kinerja-nasional-${periodKey}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const bytes = await readFile(csvFile.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  expect(lines[0]).toBe('tahun,"periode",bulan_awal,bulan_akhir,"nip","nama","rating_hasil_kerja","rating_perilaku_kerja","kuadran_kinerja","penilai_nip","penilai_nama","penilai_golongan","penilai_jabatan","penilai_unor","penilai_status","status"');
  expect(lines[1]).toContain(`${year},"TRIWULAN ${['I', 'II', 'III', 'IV'][quarter - 1]}",${quarter * 3 - 2},${quarter * 3},"${staff.nip}","${staff.name.replaceAll('"', '""')}","SESUAI EKSPEKTASI","SESUAI EKSPEKTASI","BAIK","${kasi.nip}"`);
  expect(lines).toHaveLength(3);

  // In English the recap's headers and labels are English; the national record's names are not.
  await shell.switchLanguage('English');
  const enRecap = await sheetOf((await exportFile(app, 'Predikat recap (Excel)')).path);
  expect(rowValues(enRecap, 2).slice(0, 4)).toEqual(['Unit', 'NIP', 'Name', 'Position']);
  expect(rowValues(enRecap, 3).slice(6, 10)).toEqual(['Meets expectations', 'Meets expectations', 'Good', 'Final']);
  const enNational = await sheetOf((await exportFile(app, 'National performance record, final only (Excel)')).path);
  expect(String(enNational.getCell('A1').value)).toContain('final evaluations only');
  expect(rowValues(enNational, 2)).toEqual(nationalHeader);
  await shell.switchLanguage('Bahasa Indonesia');

  // HR: the office's distribution per result unit.
  await shell.signOut();
  await new SignInPage(app).signIn(hr.nip, hr.password);
  await shell.goTo('Evaluasi');
  const distribution = await sheetOf((await exportFile(app, 'Distribusi predikat per unit (Excel)')).path);
  expect(String(distribution.getCell('A1').value)).toContain(`Distribusi predikat kinerja per unit Dinas Kesehatan — ${period}`);
  expect(rowValues(distribution, 2).slice(0, 6)).toEqual(['Unit kerja', 'Capaian kinerja organisasi', 'Sangat Baik (jumlah)', 'Sangat Baik (%)', 'Baik (jumlah)', 'Baik (%)']);
  expect(rowValues(distribution, 2).slice(-2)).toEqual(['Jumlah dinilai', 'Kesesuaian dengan kurva']);
  expect(distribution.rowCount).toBe(3);
  expect(rowValues(distribution, 3)).toEqual([seksi, 'Istimewa', 0, 0, 1, 100, 0, 0, 0, 0, 0, 0, 1, 'Sesuai kurva']);
  await shell.switchLanguage('English');
  await app.getByRole('button', { name: /^Export/ }).click();
  await expect(app.getByRole('menuitem')).toHaveText(['Predikat recap (Excel)', 'National performance record, final only (Excel)', 'National performance record, final only (CSV)', 'Predikat distribution per unit (Excel)']);
  await app.keyboard.press('Escape');
  await checkScreen(app, 'en', '68-evaluation-export');
  const enDistribution = await sheetOf((await exportFile(app, 'Predikat distribution per unit (Excel)')).path);
  expect(rowValues(enDistribution, 2).slice(0, 4)).toEqual(['Unit', "Organisation's result", 'Excellent (count)', 'Excellent (%)']);
  expect(rowValues(enDistribution, 3)).toEqual([seksi, 'Outstanding', 0, 0, 1, 100, 0, 0, 0, 0, 0, 0, 1, 'Fits the curve']);
});
