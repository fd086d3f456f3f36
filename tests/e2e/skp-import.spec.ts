import type { Page } from '@playwright/test';
import { generateRoster } from '../fixtures/roster';
import { HEAD_RHK, TARGETS_HEADER, leaderTargets, staffTargets, targetsFile } from '../fixtures/skpTargets';
import { test, expect } from './support/fixtures';
import { dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import type { ShellPage } from './pages/ShellPage';
import { SkpImportPage } from './pages/SkpImportPage';

const roster = generateRoster({ size: 60 });
const leaders = leaderTargets(roster);
const staff = staffTargets(roster, { withFaults: true });
const YEAR = new Date().getFullYear();

async function openImport(page: Page, shell: ShellPage, words = { skp: 'SKP', link: 'Impor target' }): Promise<SkpImportPage> {
  await shell.goTo(words.skp);
  await page.getByRole('link', { name: words.link }).click();
  const importer = new SkpImportPage(page);
  await expect(importer.heading()).toBeVisible();
  return importer;
}

test.describe('importing SKP targets', () => {
  test('HR downloads the template, imports the leaders then the staff, sees each fault with its row and reason, and a second import changes nothing', async ({ app }) => {
    test.setTimeout(180_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const importer = await openImport(app, shell);
    await checkScreen(app, 'id', '40-skp-import-choose');

    // The template: our headers in the language on screen, under a title row, and a guide sheet.
    const template = await importer.download('Unduh templat');
    expect(template.worksheets[0]!.getRow(2).values).toEqual([undefined, ...TARGETS_HEADER]);
    expect(String(template.worksheets[0]!.getCell('A1').value)).toBe(`Target SKP Tahun ${YEAR} — satu baris per IKI`);
    expect(template.worksheets[1]!.name).toBe('Petunjuk');
    expect(template.worksheets[1]!.rowCount).toBe(2 + TARGETS_HEADER.length);

    // First the leaders: the head from an assignment source, the Kabid intervening the head's RHK from the same file.
    await importer.choose('target-pimpinan.xlsx', targetsFile(leaders));
    await importer.expectCounts({ newSkp: 5, rhkAdded: 0, unchanged: 0, invalid: 0 });
    const people = app.getByRole('table', { name: 'Pegawai: SKP baru' });
    await expect(people.getByRole('row')).toHaveCount(6);
    await expect(people.getByRole('row').filter({ hasText: leaders.people[0]!.nip.slice(0, 8) })).toContainText('Sumber penugasan: Perjanjian Kinerja Bupati Sumba Timur 2026');
    await expect(people.getByRole('row').filter({ hasText: leaders.people[1]!.rhk })).toContainText(`Mengintervensi: ${HEAD_RHK}`);
    await expect(people.getByRole('row').filter({ hasText: leaders.people[1]!.rhk })).toContainText('(dari berkas ini)');
    await importer.confirm(5);
    await expect(app.getByText('Selesai: 5 SKP baru dan 0 SKP diperbarui; 5 RHK ditambah atau diubah.')).toBeVisible();

    // Then the staff, with seven faulty rows: each listed with its row, its column and why.
    await importer.another();
    await importer.choose('target-staf.xlsx', targetsFile(staff));
    await importer.expectCounts({ newSkp: 18, rhkAdded: 0, unchanged: 0, invalid: 7 });
    await expect(importer.invalidRows()).toHaveCount(1 + staff.faults.length);
    for (const fault of staff.faults) {
      await expect(importer.invalidRows().filter({ has: app.getByRole('cell', { name: String(fault.row), exact: true }) }), fault.what).toContainText(fault.message);
    }
    await checkScreen(app, 'id', '41-skp-import-preview');
    await app.getByRole('tab', { name: /^SKP baru/ }).click();
    await checkScreen(app, 'id', '42-skp-import-preview-people');

    // All or nothing cannot go ahead with invalid rows; the valid rows alone can.
    await app.getByRole('radio', { name: 'Semua atau tidak sama sekali' }).check();
    await expect(app.getByRole('button', { name: 'Simpan 18 SKP' })).toBeDisabled();
    await app.getByRole('radio', { name: 'Simpan baris yang sah saja' }).check();
    await importer.confirm(18);
    await checkScreen(app, 'id', '43-skp-import-done');

    // The recap of the office: everyone, SKP or not, read back from the styled workbook.
    const recap = (await importer.download(`Ekspor rekap SKP ${YEAR}`)).worksheets[0]!;
    expect(String(recap.getCell('A1').value)).toMatch(new RegExp(`^Rekap SKP Dinas Kesehatan Tahun ${YEAR} — \\d{4}-\\d{2}-\\d{2}$`));
    expect(recap.getCell('A1').font?.bold).toBe(true);
    expect((recap.getRow(2).values as unknown[]).slice(1)).toEqual(['NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'Status SKP', 'Versi', 'RHK Utama', 'RHK Tambahan', 'Jumlah IKI', 'Tanggal Diajukan', 'Tanggal Disetujui']);
    expect(recap.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(recap.autoFilter).toBeTruthy();
    expect(recap.rowCount - 2).toBe(60);
    const head = recap.getRow(3);
    expect(head.getCell(1).value).toBe(leaders.people[0]!.nip);
    expect(head.getCell(1).numFmt).toBe('@');
    expect([head.getCell(5).value, head.getCell(6).value, head.getCell(7).value, head.getCell(9).value]).toEqual(['Draf', 1, 1, 2]);
    const statuses = Array.from({ length: 60 }, (_, i) => recap.getRow(3 + i).getCell(5).value);
    expect(statuses.filter((s) => s === 'Draf')).toHaveLength(23);
    expect(statuses.filter((s) => s === 'Belum ada SKP')).toHaveLength(37);

    // The same staff file again: the valid rows are all there already, the faulty ones still are.
    await importer.another();
    await importer.choose('target-staf.xlsx', targetsFile(staff));
    await importer.expectCounts({ newSkp: 0, rhkAdded: 0, unchanged: 18, invalid: 7 });
    await expect(app.getByText('Tidak ada yang perlu disimpan: setiap RHK yang sah sudah ada dengan IKI dan target yang sama.')).toBeVisible();
    await expect(app.getByRole('button', { name: /^Simpan \d+ SKP$/ })).toBeDisabled();
    await app.getByRole('button', { name: 'Batal' }).click();
    await importer.choose('target-pimpinan.xlsx', targetsFile(leaders));
    await importer.expectCounts({ newSkp: 0, rhkAdded: 0, unchanged: 5, invalid: 0 });
  });

  test('in English: template headers, preview and recap in the language on screen', async ({ app }) => {
    test.setTimeout(120_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    await shell.switchLanguage('English');
    const importer = await openImport(app, shell, { skp: 'SKP', link: 'Import targets' });
    await checkScreen(app, 'en', '40-skp-import-choose');
    const template = await importer.download('Download template');
    expect((template.worksheets[0]!.getRow(2).values as unknown[]).slice(1, 7)).toEqual(['NIP', 'Name', 'RHK type', 'Leader RHK intervened', 'Assignment source', 'Planned work result (RHK)']);

    // The staff file before any leader has an SKP: their leader RHK cannot be found yet.
    await importer.choose('target-staf.xlsx', targetsFile(staff));
    await expect(importer.preview()).toBeVisible({ timeout: 60_000 });
    await expect(importer.countOf('Invalid rows')).toHaveText(String(staff.rows.length - 3));
    await expect(importer.invalidRows().filter({ hasText: 'was found neither' }).first()).toBeVisible();
    await checkScreen(app, 'en', '41-skp-import-preview');
    await app.getByRole('button', { name: 'Cancel' }).click();

    await importer.choose('target-pimpinan.xlsx', targetsFile(leaders));
    await expect(importer.countOf('New SKP')).toHaveText('5');
    await app.getByRole('tab', { name: /^New SKP/ }).click();
    await checkScreen(app, 'en', '42-skp-import-preview-people');
    await app.getByRole('button', { name: 'Save 5 SKPs' }).click();
    await expect(app.getByText('Done: 5 new SKPs and 0 SKPs updated; 5 RHK added or changed.')).toBeVisible();
    await checkScreen(app, 'en', '43-skp-import-done');

    const recap = (await importer.download(`Export the ${YEAR} SKP recap`)).worksheets[0]!;
    expect((recap.getRow(2).values as unknown[]).slice(1, 6)).toEqual(['NIP', 'Name', 'Position', 'Work unit', 'SKP status']);
    expect(recap.getRow(3).getCell(5).value).toBe('Draft');
    expect(Array.from({ length: 60 }, (_, i) => recap.getRow(3 + i).getCell(5).value).filter((s) => s === 'No SKP yet')).toHaveLength(55);
  });

  test('refuses files that are no targets table with a message naming the file or the problem, and saves nothing', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    const importer = await openImport(app, shell);
    const alert = app.getByRole('main').getByRole('alert');
    const text = (s: string) => new TextEncoder().encode(s);

    await importer.choose('target.xlsx', text('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'));
    await expect(alert).toContainText('Berkas "target.xlsx" berekstensi .xlsx, tetapi isinya berupa dokumen PDF');
    await importer.choose('daftar-pegawai.csv', text('NIP;Nama;Jabatan\n199001012015011001;Maria;Analis\n'));
    await expect(alert).toContainText('Berkas ini tidak memuat tabel target SKP');
    await app.getByRole('button', { name: 'Batal' }).click();
    await importer.choose('judul-saja.csv', text('NIP;RHK;IKI;Target\n'));
    await expect(alert).toContainText('Judul kolom ada di baris 1, tetapi di bawahnya tidak ada baris target.');
    await expect(app.getByRole('button', { name: /^Simpan \d+ SKP$/ })).toBeDisabled();
    await app.getByRole('button', { name: 'Batal' }).click();
    await importer.choose('tanpa-target.csv', text('NIP;RHK;IKI\n199001012015011001;Laporan;Jumlah laporan\n'));
    await expect(alert).toContainText('Kolom “Target” tidak ada di berkas ini.');
    await expect(app.getByRole('button', { name: /^Simpan \d+ SKP$/ })).toBeDisabled();
  });
});
