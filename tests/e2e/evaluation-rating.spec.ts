import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { generateRoster } from '../fixtures/roster';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { openRating, rate, recordOrgResult, signInAgainAs } from './support/evaluation';
import { checkScreen } from './support/screens';
import { SkpPages } from './pages/SkpPages';
import type { ShellPage } from './pages/ShellPage';

/**
 * The rating screen (issue 6, items 2, 4 and 5) on the generated Dinas Kesehatan: the Kepala
 * Seksi Perencanaan rates two of her staff for this quarter. HR recorded the seksi's organisation
 * result "Baik" (Baik at most 70 %, at least one Butuh Perbaikan or Kurang), so the first Baik
 * alone breaks both rules (1 of 1 = 100 %; none lower) and is finalised with a reason; the second
 * rated Butuh Perbaikan makes the unit fit (1 Baik of 2 = 50 %, one Butuh Perbaikan).
 */
const roster = generateRoster({ size: 60 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const kasiRow = roster.rows[3]!;
const seksi = String(kasiRow[8]);
const kasi = { ...person(kasiRow), password: 'kepala-seksi-1', role: 'Pejabat Penilai' };
const kabid = { ...person(roster.rows.find((r) => r[0] === kasiRow[9])!), password: 'kepala-bidang-1', role: 'Pejabat Penilai' };
const [first, second] = roster.rows.filter((r) => r[9] === kasiRow[0]);
const staffA = { ...person(first!), password: 'pegawai-satu-1', role: 'Pegawai' };
const staffB = { ...person(second!), password: 'pegawai-dua-1', role: 'Pegawai' };

const now = new Date();
const year = now.getFullYear();
const period = `Triwulan ${['I', 'II', 'III', 'IV'][Math.floor(now.getMonth() / 3)]} ${year}`;

async function writeAndSubmitSkp(skp: SkpPages, shell: ShellPage, who: { name: string; nip: string }) {
  await shell.goTo('SKP');
  await skp.create(who.name, who.nip);
  await skp.addRhk('utama', {
    assignment: 'Penugasan kepala seksi',
    text: 'Terhimpunnya data perencanaan pelayanan',
    indicators: [
      { text: 'Jumlah dokumen perencanaan', target: '12', unit: 'Dokumen' },
      { text: 'Persentase dokumen tanpa revisi', target: '90', unit: '%' },
      { text: 'Dokumen selesai tepat waktu', target: '12', unit: 'Bulan' },
    ],
  });
  await skp.save();
  await skp.step('Ajukan');
  await expect(skp.status()).toHaveText('Diajukan');
}

test('the Pejabat Penilai rates two staff beside the live distribution: a breach with its fix, an override with a reason, then a fit; the employee acknowledges; HR reopens; the Atasan reads; a colleague is refused', async ({ app }) => {
  test.setTimeout(300_000);
  const shell = await setUpOffice(app, dinasKesehatan);
  await importRoster(app, shell, roster);

  // HR writes both SKPs and records the seksi's organisation result for this quarter.
  const skp = new SkpPages(app);
  await writeAndSubmitSkp(skp, shell, staffA);
  await writeAndSubmitSkp(skp, shell, staffB);
  await recordOrgResult(app, shell, seksi, 'Baik', 'Perencanaan pelayanan sesuai target');

  // The kasi approves both, then rates.
  await addAccountAndSignInAs(app, kasi);
  for (const who of [staffA, staffB]) {
    await shell.goTo('SKP');
    await skp.open(who.name, who.nip);
    await skp.step('Setujui');
    await expect(skp.status()).toHaveText('Disetujui');
  }

  await openRating(app, shell, staffA);
  const distribution = app.getByRole('region', { name: 'Distribusi predikat unit' });
  await expect(distribution).toContainText(`Capaian kinerja organisasi ${seksi}`);
  await expect(distribution).toContainText('Perencanaan pelayanan sesuai target');
  await expect(distribution).toContainText('Belum ada pegawai yang dinilai pada unit ini.');
  // What the rating is judged from: each IKI with its target, the seven values.
  await expect(app.getByRole('region', { name: /^RHK utama 1, IKI 1: Jumlah dokumen perencanaan/ })).toContainText('Target 12 Dokumen');
  await expect(app.getByRole('region', { name: 'Perilaku kerja' }).getByRole('heading', { level: 3 })).toHaveCount(7);

  const ratings = app.getByRole('region', { name: 'Rating kinerja' });
  await expect(ratings).toContainText('Predikat muncul setelah kedua rating dipilih');
  await rate(ratings, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi');
  // The predikat appears from the matrix before anything is saved.
  await expect(ratings.getByRole('status')).toContainText('Baik');
  await ratings.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Rating ${staffA.name} disimpan sebagai draf.` })).toBeVisible();

  // 1 of 1 Baik: both rules of the curve broken, each with what would fix it.
  await expect(distribution).toContainText('Distribusi melanggar 2 ketentuan kurva.');
  const rules = distribution.getByRole('table', { name: 'Ketentuan kurva (SE MenPANRB 3/2023)' });
  await expect(rules.getByRole('row').nth(0)).toContainText('Baik paling banyak 70%');
  await expect(rules.getByRole('row').nth(0)).toContainText('1 dari 1 (100%)');
  await expect(rules.getByRole('row').nth(0)).toContainText('Dilanggar');
  await expect(rules.getByRole('row').nth(0)).toContainText('nilai ulang 1 orang dari Baik ke Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang');
  await expect(rules.getByRole('row').nth(1)).toContainText('Paling sedikit satu Butuh Perbaikan atau Kurang/Misconduct');
  await checkScreen(app, 'id', '60-evaluation-rating-breach');

  // The same breach in English, and the reason dialog it leads to (opened there, then cancelled:
  // its overlay covers the language menu).
  await shell.switchLanguage('English');
  const enBreach = app.getByRole('region', { name: "The unit's predikat distribution" });
  await expect(enBreach).toContainText('The distribution breaks 2 rules of the curve.');
  const enRules = enBreach.getByRole('table', { name: 'Rules of the curve (SE MenPANRB 3/2023)' });
  await expect(enRules.getByRole('row').nth(0)).toContainText('Good at most 70%');
  await expect(enRules.getByRole('row').nth(0)).toContainText('1 of 1 (100%)');
  await expect(enRules.getByRole('row').nth(0)).toContainText('Broken');
  await checkScreen(app, 'en', '60-evaluation-rating-breach');
  await app.getByRole('region', { name: 'Performance ratings' }).getByRole('button', { name: 'Finalise', exact: true }).click();
  const enOverride = app.getByRole('dialog', { name: "The unit's predikat distribution breaks the curve" });
  await enOverride.getByRole('button', { name: 'Finalise with reason' }).click();
  await expect(enOverride.getByRole('alert')).toHaveText('A reason is required.');
  await checkScreen(app, 'en', '61-evaluation-override', '[role="dialog"]');
  await enOverride.getByRole('button', { name: 'Cancel' }).click();
  await expect(enOverride).toBeHidden();
  await shell.switchLanguage('Bahasa Indonesia');

  // Finalising asks for a reason, shows the breaches, and keeps the reason.
  await ratings.getByRole('button', { name: 'Finalkan' }).click();
  const override = app.getByRole('dialog', { name: 'Distribusi predikat unit melanggar kurva' });
  await expect(override).toContainText('Baik paling banyak 70%: 1 dari 1 (100%) — nilai ulang 1 orang dari Baik ke');
  await override.getByRole('button', { name: 'Finalkan dengan alasan' }).click();
  await expect(override.getByRole('alert')).toHaveText('Alasan wajib diisi.');
  await checkScreen(app, 'id', '61-evaluation-override', '[role="dialog"]');
  await field(override, 'Alasan tetap memfinalkan').fill('Penilaian pegawai lain di seksi belum selesai.');
  await override.getByRole('button', { name: 'Finalkan dengan alasan' }).click();
  await expect(override).toBeHidden();
  await expect(app.getByRole('main').getByText('Final', { exact: true })).toBeVisible();
  const summary = app.getByRole('region', { name: 'Rating kinerja' });
  await expect(summary).toContainText('Difinalkan walaupun distribusi unit melanggar kurva');
  await expect(summary).toContainText('Alasan: Penilaian pegawai lain di seksi belum selesai.');

  // The second, rated Butuh Perbaikan: the unit now fits the curve, and finalises without a reason.
  await openRating(app, shell, staffB);
  const ratingUrlB = app.url();
  await rate(ratings, 'Di Bawah Ekspektasi', 'Sesuai Ekspektasi');
  await expect(ratings.getByRole('status')).toContainText('Butuh Perbaikan');
  await ratings.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(distribution).toContainText('Distribusi sesuai kurva.');
  await expect(rules.getByRole('row').nth(0)).toContainText('1 dari 2 (50%)');
  await expect(rules.getByRole('row').nth(0)).toContainText('Terpenuhi');
  await checkScreen(app, 'id', '62-evaluation-rating-fits');

  // The rating section in English.
  await shell.switchLanguage('English');
  const enRatings = app.getByRole('region', { name: 'Performance ratings' });
  await expect(enRatings.getByRole('radiogroup', { name: /^Rating of work results/ }).getByRole('radio', { name: 'Below expectations' })).toBeChecked();
  await expect(enRatings.getByRole('status')).toContainText('Needs improvement');
  const enDistribution = app.getByRole('region', { name: "The unit's predikat distribution" });
  await expect(enDistribution).toContainText('The distribution fits the curve.');
  await expect(enDistribution.getByRole('table', { name: 'Rules of the curve (SE MenPANRB 3/2023)' }).getByRole('row').nth(0)).toContainText('Good at most 70%');
  await checkScreen(app, 'en', '62-evaluation-rating-fits');
  // The chart's table view holds the same numbers.
  await enDistribution.getByRole('button', { name: /table/i }).click();
  await expect(enDistribution.getByRole('table', { name: /^Predikat distribution/ })).toContainText('50%');
  await shell.switchLanguage('Bahasa Indonesia');
  await ratings.getByRole('button', { name: 'Finalkan' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Evaluasi ${staffB.name} difinalkan.` })).toBeVisible();
  await expect(app.getByRole('dialog')).toHaveCount(0);

  // The annual evaluation shows the year's periodic ones as given and each period's realisation;
  // no organisation result is recorded for the year yet.
  await shell.goTo('Evaluasi');
  await app.getByRole('combobox', { name: 'Periode' }).click();
  await app.getByRole('option', { name: `Tahunan ${year}`, exact: true }).click();
  await app.getByRole('table', { name: `Pegawai yang dievaluasi, Tahunan ${year}` }).getByRole('link', { name: staffA.name }).click();
  await expect(app.getByRole('heading', { level: 1, name: `Evaluasi ${staffA.name} — Tahunan ${year}` })).toBeVisible();
  const periodic = app.getByRole('region', { name: 'Evaluasi periodik tahun ini' });
  await expect(periodic.getByRole('row').filter({ hasText: period })).toContainText('Final');
  await expect(periodic.getByRole('row').filter({ hasText: period })).toContainText('Baik');
  await expect(app.getByRole('table', { name: 'Realisasi per periode — RHK utama 1, IKI 1' })).toContainText(period);
  await expect(distribution).toContainText('Belum ada capaian kinerja organisasi untuk unit ini pada periode ini');

  // The employee sees their final evaluation and acknowledges it; a colleague's is refused.
  await signInAgainAs(app, shell, hr);
  await addAccountAndSignInAs(app, staffA);
  await openRating(app, shell, staffA);
  await expect(app.getByRole('region', { name: 'Rating kinerja' })).toContainText('Sesuai Ekspektasi');
  const acknowledgement = app.getByRole('region', { name: 'Penerimaan pegawai' });
  await field(acknowledgement, 'Komentar (opsional)').fill('Terima kasih, Bu.');
  await acknowledgement.getByRole('button', { name: 'Terima' }).click();
  await expect(acknowledgement).toContainText('Diterima pegawai pada');
  await expect(acknowledgement).toContainText('Komentar: Terima kasih, Bu.');
  await app.goto(ratingUrlB);
  await expect(app.getByRole('heading', { level: 1, name: 'Evaluasi tidak dapat dibuka' })).toBeVisible();

  // HR reopens the first with a reason; the employee then sees it is not final.
  await signInAgainAs(app, shell, hr);
  await openRating(app, shell, staffA);
  await app.getByRole('button', { name: 'Buka kembali' }).click();
  const reopen = app.getByRole('dialog', { name: `Buka kembali evaluasi ${staffA.name}` });
  await reopen.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(reopen.getByRole('alert')).toHaveText('Alasan wajib diisi.');
  await field(reopen, 'Alasan').fill('Bukti dukung triwulan ini baru diterima.');
  await reopen.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(reopen).toBeHidden();
  await expect(app.getByRole('region', { name: 'Rating kinerja' })).toContainText('Bukti dukung triwulan ini baru diterima.');
  await expect(app.getByRole('region', { name: 'Rating kinerja' })).toContainText('Hanya Pejabat Penilai pegawai ini yang memberi rating');

  // The Atasan Pejabat Penilai reads the draft, with nothing to rate.
  await addAccountAndSignInAs(app, kabid);
  await openRating(app, shell, staffA);
  await expect(app.getByRole('region', { name: 'Rating kinerja' })).toContainText('Hanya Pejabat Penilai pegawai ini yang memberi rating');
  await expect(app.getByRole('button', { name: 'Finalkan' })).toHaveCount(0);
  await expect(app.getByRole('radio')).toHaveCount(0);

  await signInAgainAs(app, shell, staffA);
  await openRating(app, shell, staffA);
  await expect(app.getByText('Evaluasi Anda untuk periode ini belum final.')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Distribusi predikat unit' })).toHaveCount(0);
});
