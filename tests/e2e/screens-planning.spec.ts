import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { dinasKesehatan, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import { GoalsPage, SkpPages } from './pages/SkpPages';

/** The planning screens, in both languages: axe, no raw key, and a screenshot each (see screens.spec.ts). */
const words = {
  id: { goals: 'Sasaran Kantor', skp: 'SKP', addGoal: 'Tambah sasaran', progress: 'Kemajuan per unit', submit: 'Ajukan', version: 'Versi baru (mutasi)', people: /^Pegawai \(/, search: 'Cari nama atau NIP', cascade: 'Pohon kinerja', expandAll: 'Buka semua' },
  en: { goals: 'Office goals', skp: 'SKP', addGoal: 'Add goal', progress: 'Progress per unit', submit: 'Submit', version: 'New version (transfer)', people: /^Employees \(/, search: 'Search name or NIP', cascade: 'Performance tree', expandAll: 'Expand all' },
} as const;
const roster = generateRoster({ size: 60 });
const [headNip, headName, front, back] = roster.rows[0]!.map((c) => String(c ?? ''));
const head = { nip: headNip!, name: `${front} ${headName}, ${back}` };

for (const language of ['id', 'en'] as const) {
  test(`the planning screens pass axe and show no raw key — ${language}`, async ({ app }) => {
    test.setTimeout(150_000);
    const w = words[language];
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    // Data is entered in Indonesian (the page objects speak it), then looked at in the language under test.
    await shell.goTo('Sasaran Kantor');
    await new GoalsPage(app).add({ statement: 'Meningkatnya derajat kesehatan masyarakat', indicators: [{ text: 'Persentase puskesmas terakreditasi', target: '85', unit: '%' }, { text: 'Rata-rata hari layanan izin', target: '3', unit: 'Hari' }] });
    const skp = new SkpPages(app);
    await shell.goTo('SKP');
    await skp.create(head.name, head.nip);
    await skp.addRhk('utama', { parent: 'Persentase puskesmas terakreditasi', text: 'Terwujudnya akreditasi puskesmas', indicators: [{ text: 'Puskesmas terakreditasi', target: '20', unit: 'Puskesmas' }] });
    await skp.addRhk('tambahan', { text: 'Terlaksananya tugas tambahan', indicators: [{ text: 'Laporan tugas tambahan', target: '', unit: 'Laporan' }] });
    await skp.save();
    if (language === 'en') await shell.switchLanguage('English');
    const nav = shell.navigation();

    await nav.getByRole('link', { name: w.goals }).click();
    await checkScreen(app, language, '30-goals');
    await app.getByRole('button', { name: w.addGoal }).click();
    await checkScreen(app, language, '31-goal-form', '[role="dialog"]');
    await app.keyboard.press('Escape');

    await nav.getByRole('link', { name: w.skp, exact: true }).click();
    await expect(app.getByRole('table')).toBeVisible();
    await checkScreen(app, language, '32-skp-list');
    await app.getByRole('tab', { name: w.progress }).click();
    await checkScreen(app, language, '33-skp-progress');

    await app.getByRole('tab', { name: w.people }).click();
    await app.getByRole('searchbox', { name: w.search }).fill(head.nip);
    await app.getByRole('link', { name: head.name, exact: true }).click();
    await expect(app.getByRole('button', { name: w.submit, exact: true })).toBeVisible();
    await app.getByRole('button', { name: w.submit, exact: true }).click();
    await expect(app.getByRole('alert').first()).toBeVisible();
    await checkScreen(app, language, '34-skp-editor');
    await app.getByRole('button', { name: w.version }).click();
    await checkScreen(app, language, '35-skp-new-version', '[role="dialog"]');
    await app.keyboard.press('Escape');

    await nav.getByRole('link', { name: w.skp, exact: true }).click();
    await app.getByRole('link', { name: w.cascade }).click();
    await app.getByRole('button', { name: w.expandAll }).click();
    await expect(app.getByRole('treeitem').first()).toBeVisible();
    await checkScreen(app, language, '36-cascade');
  });
}
