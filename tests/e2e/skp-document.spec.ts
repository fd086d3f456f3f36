import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateRoster } from '../fixtures/roster';
import { formatNip } from '../../shared/nip';
import { berakhlak } from '../../shared/skp/berakhlak';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, dinasKesehatan, setUpOffice } from './support/office';
import { pdfPagePngs, pdfPageTexts } from './support/pdf';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import { SkpDocumentPage } from './pages/SkpDocumentPage';
import { SkpPages } from './pages/SkpPages';

const roster = generateRoster({ size: 20, seed: 3 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const kasi = person(roster.rows[3]!);
const staff = person(roster.rows.find((r) => r[9] === roster.rows[3]![0])!);

const SHOTS = resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');

test.describe('Dokumen SKP', () => {
  test('prints the approved SKP in the official layout, Indonesian by default and in English, on screen and as PDF', async ({ app }) => {
    test.setTimeout(240_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const skp = new SkpPages(app);

    // The kasi's SKP, whose RHK the staff member intervenes.
    await shell.goTo('SKP');
    await skp.create(kasi.name, kasi.nip);
    await skp.addRhk('utama', {
      assignment: 'Perjanjian Kinerja Kepala Bidang',
      text: 'Tersusunnya dokumen perencanaan layanan kesehatan',
      indicators: [{ text: 'Jumlah dokumen perencanaan', target: '4', unit: 'Dokumen' }],
    });
    await skp.save();

    // The staff member's SKP: an RHK utama under the kasi's, an RHK tambahan from an assignment,
    // an expectation of the leader and the three lampiran lists.
    await shell.goTo('SKP');
    await skp.create(staff.name, staff.nip);
    await skp.addRhk('utama', {
      parent: `Tersusunnya dokumen perencanaan layanan kesehatan — ${kasi.name}`,
      text: 'Terhimpunnya data perencanaan puskesmas',
      indicators: [
        { text: 'Jumlah data puskesmas yang dihimpun', target: '1250', unit: 'Dokumen' },
        { text: 'Persentase data tanpa revisi', target: '95', unit: '%' },
        { text: 'Data selesai tepat waktu', target: '12', unit: 'Bulan' },
      ],
    });
    await skp.addRhk('tambahan', {
      assignment: 'Surat Tugas Nomor 800/17/2026',
      text: 'Terlaksananya piket pelayanan informasi',
      indicators: [
        { text: 'Jumlah hari piket', target: '24', unit: 'Hari' },
        { text: 'Keluhan yang ditangani', target: '100', unit: '%' },
        { text: 'Laporan piket tepat waktu', target: '12', unit: 'Bulan' },
      ],
    });
    await field(app, 'Ekspektasi khusus pimpinan — Akuntabel').fill('Laporan data dikirim paling lambat tanggal 5 setiap bulan');
    await field(app, 'Dukungan sumber daya').fill('Akses aplikasi SIKDA\nKendaraan dinas untuk kunjungan puskesmas');
    await field(app, 'Skema pertanggungjawaban').fill('Laporan bulanan kepada Kepala Seksi');
    await field(app, 'Konsekuensi').fill('Teguran lisan bila laporan terlambat');
    await skp.save();
    await skp.step('Ajukan');
    await expect(skp.status()).toHaveText('Diajukan');

    // The kasi approves it.
    await addAccountAndSignInAs(app, { ...kasi, password: 'kepala-seksi-1', role: 'Pejabat Penilai' });
    await shell.goTo('SKP');
    await skp.open(staff.name, staff.nip);
    await skp.step('Setujui');
    await expect(skp.status()).toHaveText('Disetujui');
    const year = Number((await app.getByRole('heading', { level: 1 }).textContent())!.slice(-4));

    // The document, in Indonesian whatever else: the official wording, NIPs with spaces.
    await app.getByRole('link', { name: 'Dokumen SKP' }).click();
    const page = new SkpDocumentPage(app);
    const doc = page.document();
    await expect(page.title('id')).toBeVisible();
    await expect(doc).toContainText('PENDEKATAN HASIL KERJA KUANTITATIF');
    await expect(doc).toContainText(`PERIODE PENILAIAN: 1 Januari s.d. 31 Desember ${year}`);
    await expect(doc.getByRole('cell', { name: formatNip(staff.nip), exact: true })).toBeVisible();
    await expect(doc.getByRole('cell', { name: formatNip(kasi.nip), exact: true })).toBeVisible();
    // The RHK spans its three IKI rows; the leader's RHK stands beside it.
    const rhkCell = doc.getByRole('cell', { name: 'Terhimpunnya data perencanaan puskesmas', exact: true });
    await expect(rhkCell).toHaveAttribute('rowspan', '3');
    await expect(doc.getByRole('cell', { name: 'Tersusunnya dokumen perencanaan layanan kesehatan', exact: true })).toBeVisible();
    await expect(doc.getByRole('cell', { name: '1.250 Dokumen', exact: true })).toBeVisible();
    await expect(doc.getByRole('cell', { name: 'Penugasan: Surat Tugas Nomor 800/17/2026', exact: true })).toBeVisible();
    await expect(app.getByText('Draf: SKP ini belum disetujui.')).toHaveCount(0);
    await checkScreen(app, 'id', 'skp-document');

    // English on request, for this document only: the app stays Indonesian.
    await page.chooseLanguage('English');
    await expect(page.title('en')).toBeVisible();
    await expect(doc).toContainText(`ASSESSMENT PERIOD: January 1 to December 31, ${year}`);
    await expect(doc.getByRole('cell', { name: '1,250 Dokumen', exact: true })).toBeVisible();
    await expect(app.getByRole('button', { name: 'Simpan PDF' })).toBeVisible();
    await checkScreen(app, 'en', 'skp-document');

    // On paper: every section, nothing of the app around it, the lampiran on a page of its own.
    await page.chooseLanguage('Bahasa Indonesia');
    const pdf = await page.printToPdf();
    const pages = await pdfPageTexts(pdf);
    const all = pages.join(' ');
    for (const text of [
      'SASARAN KINERJA PEGAWAI',
      'PENDEKATAN HASIL KERJA KUANTITATIF',
      'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL',
      dinasKesehatan.instansi,
      `PERIODE PENILAIAN: 1 Januari s.d. 31 Desember ${year}`,
      'PEGAWAI YANG DINILAI',
      'PEJABAT PENILAI KINERJA',
      'PANGKAT/GOL. RUANG',
      'UNIT KERJA',
      staff.name,
      formatNip(staff.nip),
      formatNip(kasi.nip),
      'HASIL KERJA',
      'A. Utama',
      'B. Tambahan',
      'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
      'INDIKATOR KINERJA INDIVIDU',
      'Tersusunnya dokumen perencanaan layanan kesehatan',
      'Terhimpunnya data perencanaan puskesmas',
      '1.250 Dokumen',
      '95 %',
      'PERILAKU KERJA',
      'EKSPEKTASI KHUSUS PIMPINAN',
      ...berakhlak.map((value) => value.name.id),
      'Tidak menyalahgunakan kewenangan jabatan',
      'Laporan data dikirim paling lambat tanggal 5 setiap bulan',
      'DUKUNGAN SUMBER DAYA',
      'Kendaraan dinas untuk kunjungan puskesmas',
      'SKEMA PERTANGGUNGJAWABAN',
      'KONSEKUENSI',
      'Teguran lisan bila laporan terlambat',
      'Pegawai yang Dinilai',
      'Pejabat Penilai Kinerja',
      `NIP ${formatNip(staff.nip)}`,
      `NIP ${formatNip(kasi.nip)}`,
    ]) {
      expect(all, `the PDF shows "${text}"`).toContain(text);
    }
    expect(all).not.toContain(staff.nip); // never the NIP without its spaces
    for (const chrome of ['Kinerja Luring', 'Simpan PDF', 'Bahasa dokumen', 'Beranda', 'Kembali ke SKP']) {
      expect(all, `the PDF leaves out "${chrome}"`).not.toContain(chrome);
    }
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.at(-1)).toMatch(/^LAMPIRAN SASARAN KINERJA PEGAWAI/);
    expect(pages.slice(0, -1).join(' ')).not.toContain('LAMPIRAN SASARAN KINERJA PEGAWAI');
    const pngs = await pdfPagePngs(pdf);
    pngs.forEach((png, i) => writeFileSync(resolve(SHOTS, `id-skp-document-pdf-${i + 1}.png`), png));

    await page.chooseLanguage('English');
    const english = (await pdfPageTexts(await page.printToPdf())).join(' ');
    for (const text of [
      'EMPLOYEE PERFORMANCE PLAN (SKP)',
      `ASSESSMENT PERIOD: January 1 to December 31, ${year}`,
      'EMPLOYEE ASSESSED',
      'PERFORMANCE APPRAISER',
      formatNip(staff.nip),
      'WORK RESULTS',
      'A. Main',
      'B. Additional',
      '1,250 Dokumen',
      'WORK BEHAVIOUR',
      ...berakhlak.map((value) => value.name.en),
      'Does not abuse the authority of office',
      'ANNEX TO THE EMPLOYEE PERFORMANCE PLAN',
      'RESOURCE SUPPORT',
      'Employee Assessed',
      `NIP ${formatNip(kasi.nip)}`,
    ]) {
      expect(english, `the English PDF shows "${text}"`).toContain(text);
    }
    expect(english).not.toContain('SASARAN KINERJA PEGAWAI');
  });

  test('in the browser, Print and Save as PDF open the browser print dialog', async ({ app }) => {
    test.setTimeout(120_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const skp = new SkpPages(app);
    await shell.goTo('SKP');
    await skp.create(staff.name, staff.nip);
    await app.getByRole('link', { name: 'Dokumen SKP' }).click();
    const page = new SkpDocumentPage(app);
    await expect(page.title('id')).toBeVisible();
    // A draft prints too (to discuss it), and says so on screen only.
    await expect(app.getByText('Draf: SKP ini belum disetujui.')).toBeVisible();
    await expect(app.getByText('Di peramban, pilih "Simpan sebagai PDF" pada jendela cetak.')).toBeVisible();
    await page.stubBrowserPrint();
    await app.getByRole('button', { name: 'Simpan PDF' }).click();
    await expect.poll(() => page.printed()).toBe(1);
    await app.getByRole('button', { name: 'Cetak' }).click();
    await expect.poll(() => page.printed()).toBe(2);
    // An SKP without RHK still prints every section, with dashes where the form is empty.
    const all = (await pdfPageTexts(await page.printToPdf())).join(' ');
    for (const text of ['A. Utama', 'B. Tambahan', 'PERILAKU KERJA', 'LAMPIRAN SASARAN KINERJA PEGAWAI', formatNip(staff.nip)]) expect(all).toContain(text);
    await expect(app.getByText('Draf: SKP ini belum disetujui.')).toBeVisible();
  });
});
