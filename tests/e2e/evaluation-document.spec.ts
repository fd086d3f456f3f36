import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatNip } from '../../shared/nip';
import { berakhlak } from '../../shared/skp/berakhlak';
import { test, expect } from './support/fixtures';
import { currentPeriod, kabid, officeWithFinalEvaluation, quarter, rate, seksi, signInAgainAs, year } from './support/evaluation';
import { kasi, pegawai } from './support/monitoring';
import { dinasKesehatan, hr } from './support/office';
import { pdfPagePngs, pdfPageTexts } from './support/pdf';
import { checkScreen } from './support/screens';
import { PrintedDocumentPage } from './pages/PrintedDocumentPage';

/**
 * The evaluation documents (issue 6, item 7): the kasi's final rating of the pegawai (Baik, with
 * the seksi's result Baik, finalised outside the curve with a reason) as the Dokumen Evaluasi
 * Kinerja Pegawai, and the seksi's Penetapan Predikat Kinerja that HR prints; both in Indonesian
 * by default and in English, on screen and as PDF.
 */
const SHOTS = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
const reason = 'Penilaian pegawai lain di seksi belum selesai.';
const roman = ['I', 'II', 'III', 'IV'][quarter - 1]!;

test('the Dokumen Evaluasi Kinerja Pegawai and the Penetapan Predikat Kinerja, id and en, on screen and as PDF', async ({ app }) => {
  test.setTimeout(150_000);
  const { shell } = await officeWithFinalEvaluation(app, reason);

  // From the rating screen, the document, in Indonesian whatever else.
  await app.getByRole('link', { name: 'Dokumen evaluasi' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Dokumen Evaluasi Kinerja Pegawai' })).toBeVisible();
  const page = new PrintedDocumentPage(app, '[data-evaluation-document]');
  const doc = page.document();
  await expect(doc.getByRole('heading', { level: 2, name: 'DOKUMEN EVALUASI KINERJA PEGAWAI' })).toBeVisible();
  await expect(doc).toContainText(`PERIODE: TRIWULAN ${roman}`);
  await expect(doc.getByRole('cell', { name: formatNip(pegawai.nip), exact: true })).toBeVisible();
  await expect(doc.getByRole('cell', { name: formatNip(kasi.nip), exact: true })).toBeVisible();
  const row = (header: string) => doc.getByRole('row').filter({ has: app.getByRole('rowheader', { name: header, exact: true }) });
  await expect(row('CAPAIAN KINERJA ORGANISASI')).toContainText('Baik');
  await expect(row('CAPAIAN KINERJA ORGANISASI')).toContainText('Catatan: Perencanaan pelayanan sesuai target');
  const distribution = doc.getByRole('table', { name: 'POLA DISTRIBUSI' });
  await expect(distribution.getByRole('row').filter({ has: app.getByRole('rowheader', { name: 'Baik', exact: true }) })).toContainText('1100%');
  await expect(doc.getByRole('img', { name: /Baik 1 \(100%\)/ })).toBeVisible();
  await expect(doc.getByRole('cell', { name: 'Jumlah dokumen akreditasi', exact: true })).toBeVisible();
  await expect(doc.getByRole('cell', { name: '12 Dokumen', exact: true })).toBeVisible();
  // This quarter's realisation and its capaian against the quarter's share of the year's 12.
  const iki = doc.getByRole('row').filter({ has: app.getByRole('cell', { name: 'Jumlah dokumen akreditasi', exact: true }) });
  await expect(iki.getByRole('cell', { name: '3 Dokumen', exact: true })).toBeVisible();
  await expect(iki.getByRole('cell', { name: '100%', exact: true })).toBeVisible();
  await expect(row('RATING HASIL KERJA')).toContainText('Sesuai Ekspektasi');
  await expect(row('RATING PERILAKU KERJA')).toContainText('Sesuai Ekspektasi');
  await expect(row('PREDIKAT KINERJA PEGAWAI')).toContainText('Baik');
  await expect(row('Alasan penetapan di luar kurva')).toContainText(reason);
  await expect(doc.getByRole('cell', { name: berakhlak[0]!.name.id, exact: true })).toBeVisible();
  await checkScreen(app, 'id', 'evaluation-document');

  // English on request, for this document only.
  await page.chooseLanguage('English');
  await expect(doc.getByRole('heading', { level: 2, name: 'EMPLOYEE PERFORMANCE EVALUATION' })).toBeVisible();
  await expect(doc).toContainText(`PERIOD: QUARTER ${quarter}`);
  await expect(row('RATING OF WORK RESULTS')).toContainText('Meets expectations');
  await expect(row('EMPLOYEE PERFORMANCE RATING')).toContainText('Good');
  await expect(row('Reason for a rating outside the curve')).toContainText(reason);
  await checkScreen(app, 'en', 'evaluation-document');

  // On paper: every part, nothing of the app around it.
  await page.chooseLanguage('Bahasa Indonesia');
  const pdf = await page.printToPdf();
  const all = (await pdfPageTexts(pdf)).join(' ');
  for (const text of [
    'DOKUMEN EVALUASI KINERJA PEGAWAI',
    `PERIODE: TRIWULAN ${roman}`,
    dinasKesehatan.instansi,
    'PEGAWAI YANG DINILAI',
    'PEJABAT PENILAI KINERJA',
    formatNip(pegawai.nip),
    'CAPAIAN KINERJA ORGANISASI',
    'POLA DISTRIBUSI',
    'HASIL KERJA',
    'REALISASI BERDASARKAN BUKTI DUKUNG',
    'Jumlah dokumen akreditasi',
    '3 Dokumen',
    'RATING HASIL KERJA',
    'PERILAKU KERJA',
    ...berakhlak.map((value) => value.name.id),
    'RATING PERILAKU KERJA',
    'PREDIKAT KINERJA PEGAWAI',
    'Alasan penetapan di luar kurva',
    reason,
    'Pejabat Penilai Kinerja',
    `NIP ${formatNip(kasi.nip)}`,
  ]) {
    expect(all, `the PDF shows "${text}"`).toContain(text);
  }
  for (const chrome of ['Kinerja Luring', 'Simpan PDF', 'Bahasa dokumen', 'Kembali ke evaluasi']) expect(all, `the PDF leaves out "${chrome}"`).not.toContain(chrome);
  (await pdfPagePngs(pdf)).forEach((png, i) => writeFileSync(resolve(SHOTS, `id-evaluation-document-pdf-${i + 1}.png`), png));
  await page.chooseLanguage('English');
  const english = (await pdfPageTexts(await page.printToPdf())).join(' ');
  for (const text of ['EMPLOYEE PERFORMANCE EVALUATION', `PERIOD: QUARTER ${quarter}`, 'DISTRIBUTION PATTERN', 'RATING OF WORK RESULTS', 'Meets expectations', 'Good', 'Performance Appraiser']) {
    expect(english, `the English PDF shows "${text}"`).toContain(text);
  }

  // HR prints the seksi's Penetapan Predikat Kinerja from the organisation results.
  await signInAgainAs(app, shell, hr);
  await shell.goTo('Evaluasi');
  await app.getByRole('link', { name: 'Capaian kinerja organisasi' }).click();
  await app.getByRole('link', { name: `Penetapan predikat kinerja ${seksi}` }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Penetapan Predikat Kinerja' })).toBeVisible();
  const penetapan = new PrintedDocumentPage(app, '[data-penetapan-document]');
  const list = penetapan.document();
  await expect(list.getByRole('heading', { level: 2, name: 'PENETAPAN PREDIKAT KINERJA PEGAWAI' })).toBeVisible();
  const member = list.getByRole('row').filter({ hasText: pegawai.name });
  await expect(member).toContainText(formatNip(pegawai.nip));
  await expect(member).toContainText('Baik');
  await expect(list).toContainText(kabid.name);
  await checkScreen(app, 'id', 'evaluation-penetapan');
  await penetapan.chooseLanguage('English');
  await expect(list.getByRole('heading', { level: 2, name: 'DETERMINATION OF EMPLOYEE PERFORMANCE RATINGS' })).toBeVisible();
  await expect(member).toContainText('Good');
  await checkScreen(app, 'en', 'evaluation-penetapan');
  const listPdf = await penetapan.printToPdf();
  const listText = (await pdfPageTexts(listPdf)).join(' ');
  for (const text of ['DETERMINATION OF EMPLOYEE PERFORMANCE RATINGS', seksi, pegawai.name, formatNip(pegawai.nip), 'Good', `NIP ${formatNip(kabid.nip)}`]) {
    expect(listText, `the list PDF shows "${text}"`).toContain(text);
  }
  (await pdfPagePngs(listPdf)).forEach((png, i) => writeFileSync(resolve(SHOTS, `en-evaluation-penetapan-pdf-${i + 1}.png`), png));

  // The annual evaluation of the same SKP: the kasi rates it; its document lists each quarter as
  // entered (the others named as not entered, never 0), then the year's sum, 3 of 12 = 25 %.
  await signInAgainAs(app, shell, kasi);
  await shell.goTo('Evaluasi');
  await app.getByRole('combobox', { name: 'Periode' }).click();
  await app.getByRole('option', { name: `Tahunan ${year}` }).click();
  await app.getByRole('table', { name: `Pegawai yang dievaluasi, Tahunan ${year}` }).getByRole('link', { name: pegawai.name }).click();
  const ratings = app.getByRole('region', { name: 'Rating kinerja' });
  await rate(ratings, 'Sesuai Ekspektasi', 'Sesuai Ekspektasi');
  await ratings.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(app.getByRole('status').filter({ hasText: `Rating ${pegawai.name} disimpan sebagai draf.` }).first()).toBeVisible();
  await app.getByRole('link', { name: 'Dokumen evaluasi' }).click();
  const annual = new PrintedDocumentPage(app, '[data-evaluation-document]').document();
  await expect(annual).toContainText('PERIODE: TAHUNAN');
  const yearRow = annual.getByRole('row').filter({ has: app.getByRole('cell', { name: 'Jumlah dokumen akreditasi', exact: true }) });
  await expect(yearRow).toContainText(`TRIWULAN ${roman}: 3 Dokumen`);
  await expect(yearRow).toContainText('Jumlah: 3 Dokumen');
  await expect(yearRow.getByRole('cell', { name: '25%', exact: true })).toBeVisible();
  await checkScreen(app, 'id', 'evaluation-document-annual');
  // The same screen in English: the app around it, and the document itself.
  await shell.switchLanguage('English');
  await expect(app.getByRole('combobox', { name: 'Document language' })).toBeVisible();
  await new PrintedDocumentPage(app, '[data-evaluation-document]').chooseLanguage('English');
  await expect(annual).toContainText('PERIOD: ANNUAL');
  await expect(yearRow).toContainText(`QUARTER ${quarter}: 3 Dokumen`);
  await expect(yearRow).toContainText('Total: 3 Dokumen');
  await expect(yearRow.getByRole('cell', { name: '25%', exact: true })).toBeVisible();
  await checkScreen(app, 'en', 'evaluation-document-annual');
  expect(currentPeriod).toContain(String(year));
});
