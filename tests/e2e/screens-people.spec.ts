import { generateRoster, rosterFile } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { dinasKesehatan, setUpOffice } from './support/office';
import { checkScreen } from './support/screens';

/** The people screens, in both languages: axe, no raw key, and a screenshot each (see screens.spec.ts). */
const words = {
  id: { employees: 'Pegawai', import: 'Impor dari Excel', drop: 'Seret berkas ke sini, atau klik untuk memilih', organisation: 'Organisasi', positions: 'Jabatan', appraisers: 'Rantai Penilai', confirm: /^Simpan [\d.]+ perubahan$/, addPosition: 'Tambah jabatan', assign: 'Tetapkan pejabat penilai', select: /^Pilih / },
  en: { employees: 'Employees', import: 'Import from Excel', drop: 'Drop a file here, or click to choose one', organisation: 'Organisation', positions: 'Positions', appraisers: 'Appraiser chain', confirm: /^Save [\d,]+ changes?$/, addPosition: 'Add position', assign: 'Assign appraiser', select: /^Select (?!all)/ },
} as const;

for (const language of ['id', 'en'] as const) {
  test(`the people screens pass axe and show no raw key — ${language}`, async ({ app }) => {
    test.setTimeout(120_000);
    const w = words[language];
    const shell = await setUpOffice(app, dinasKesehatan);
    if (language === 'en') await shell.switchLanguage('English');
    const nav = shell.navigation();

    await nav.getByRole('link', { name: w.employees }).click();
    await app.getByRole('link', { name: w.import }).click();
    await checkScreen(app, language, '20-import-choose');
    await app.getByLabel(w.drop).setInputFiles({ name: 'daftar-pegawai.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(rosterFile(generateRoster({ size: 200, withFaults: true }), 'xlsx')) });
    await expect(app.getByRole('button', { name: w.confirm })).toBeVisible({ timeout: 60_000 });
    await checkScreen(app, language, '21-import-preview');
    await app.getByRole('button', { name: w.confirm }).click();
    await expect(app.getByRole('main').getByRole('status')).toBeVisible({ timeout: 60_000 });
    await checkScreen(app, language, '22-import-done');

    await nav.getByRole('link', { name: w.employees }).click();
    await expect(app.getByRole('table')).toBeVisible();
    await checkScreen(app, language, '23-employees');
    await app.getByRole('table').getByRole('button').nth(7).click(); // a person's name opens their record
    await expect(app.getByRole('dialog')).toBeVisible();
    await checkScreen(app, language, '24-employee-form', '[role="dialog"]');
    await app.keyboard.press('Escape');

    await nav.getByRole('link', { name: w.organisation }).click();
    await checkScreen(app, language, '25-organisation-units');
    await app.getByRole('tab', { name: w.positions }).click();
    await checkScreen(app, language, '26-organisation-positions');
    await app.getByRole('button', { name: w.addPosition }).click();
    await checkScreen(app, language, '27-position-form', '[role="dialog"]');
    await app.keyboard.press('Escape');

    await nav.getByRole('link', { name: w.appraisers }).click();
    await checkScreen(app, language, '28-appraisers');
    await app.getByRole('table').getByRole('checkbox', { name: w.select }).first().check();
    await app.getByRole('button', { name: w.assign }).click();
    await checkScreen(app, language, '29-assign-appraiser', '[role="dialog"]');
  });
}
