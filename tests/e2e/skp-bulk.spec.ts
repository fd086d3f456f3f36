import { planningOffice } from '../fixtures/planningOffice';
import type { RosterCell } from '../fixtures/roster';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { checkScreen } from './support/screens';
import type { ShellPage } from './pages/ShellPage';
import { SignInPage } from './pages/SignInPage';
import { SkpBulkPage } from './pages/SkpBulkPage';
import { SkpPages } from './pages/SkpPages';

const office = planningOffice();
const person = (row: RosterCell[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const kasi = person(office.kasi);
const byName = new Intl.Collator('id-ID', { sensitivity: 'base' });
/** The team as the page lists it: by name. */
const team = office.team.map(person).sort((a, b) => byName.compare(a.name, b.name));
const nurses = office.team.filter((r) => r[6] === 'Perawat Ahli Pertama').length;
const leaderRhk = 'Tersusunnya dokumen perencanaan pelayanan kesehatan';
const leaderOption = `${leaderRhk} — ${kasi.name}`;

/** The SKP list, loaded (its search box is there only once the people are). */
async function openSkpList(app: Page, shell: ShellPage) {
  await shell.goTo('SKP');
  await expect(app.getByRole('table', { name: /^SKP tahun \d{4}$/ })).toBeVisible();
}

/** HR writes the Kepala Seksi's SKP with one RHK and three IKI, through the SKP editor. */
async function writeLeaderSkp(app: Page, shell: ShellPage, skp: SkpPages) {
  await openSkpList(app, shell);
  await skp.create(kasi.name, kasi.nip);
  await skp.addRhk('utama', {
    assignment: 'DPA Dinas Kesehatan',
    text: leaderRhk,
    indicators: [
      { text: 'Jumlah dokumen perencanaan yang disusun', target: '300', unit: 'Dokumen' },
      { text: 'Persentase dokumen tanpa revisi', target: '90', unit: '%' },
      { text: 'Dokumen selesai tepat waktu', target: '12', unit: 'Bulan' },
    ],
  });
  await skp.save();
}

test.describe('bulk assignment of a leader RHK', () => {
  test("HR hands the Kepala Seksi's RHK down to 30 staff with split and copied targets; refusals are named; a submitted SKP is left out", async ({ app }) => {
    test.setTimeout(300_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, office.roster);
    const skp = new SkpPages(app);
    await writeLeaderSkp(app, shell, skp);

    await shell.goTo('SKP');
    await app.getByRole('link', { name: 'Bagikan RHK' }).click();
    const bulk = new SkpBulkPage(app);
    await expect(bulk.heading()).toBeVisible();
    await expect(app.getByText('Pilih RHK atasan lebih dulu')).toBeVisible();

    // 1. The leader RHK, found by part of its text, with its IKI and targets.
    await bulk.chooseLeader('dokumen perencanaan', leaderOption);
    await expect(bulk.leaderIndicators().getByRole('row')).toHaveCount(4);
    await expect(bulk.leaderIndicators()).toContainText('300 Dokumen');
    await expect(bulk.leaderIndicators()).toContainText('Makin tinggi makin baik');

    // 2. Everyone below the Kepala Seksi, narrowed by position, by unit, then all of them chosen.
    await expect(app.getByText(`${team.length} dari ${team.length} pegawai ditampilkan`)).toBeVisible();
    await bulk.filterBy('Jabatan', 'Perawat Ahli Pertama');
    await expect(app.getByText(`${nurses} dari ${team.length} pegawai ditampilkan`)).toBeVisible();
    await app.getByRole('button', { name: 'Hapus filter' }).click();
    await bulk.filterBy('Unit kerja (termasuk sub-unit)', 'Bidang Pelayanan Kesehatan');
    await expect(app.getByText(`${team.length} dari ${team.length} pegawai ditampilkan`)).toBeVisible();
    await bulk.selectAllShown();
    await expect(app.getByText(`${team.length} dipilih`)).toBeVisible();
    await expect(bulk.staffRow(team[0]!.name)).toContainText('Belum ada SKP');
    await checkScreen(app, 'id', 'skp-bulk-staff');
    // The same state in English: the choice and the filters survive the switch.
    await shell.switchLanguage('English');
    await expect(app.getByRole('heading', { level: 1, name: 'Assign an RHK to many staff' })).toBeVisible();
    await expect(app.getByText(`${team.length} of ${team.length} employees shown`, { exact: true })).toBeVisible();
    await expect(app.getByText(`${team.length} selected`, { exact: true })).toBeVisible();
    await checkScreen(app, 'en', 'skp-bulk-staff');
    await shell.switchLanguage('Bahasa Indonesia');

    // 3. The new RHK starts as the leader's, with its IKI; the text is made the staff's own.
    const text = field(app, 'Rencana hasil kerja (RHK)');
    await expect(text).toHaveValue(leaderRhk);
    await text.fill('Tersusunnya bahan dokumen perencanaan pelayanan kesehatan');
    await expect(field(app, 'Indikator (IKI) 1')).toHaveValue('Jumlah dokumen perencanaan yang disusun');
    await expect(app.getByRole('combobox', { name: 'Satuan target IKI 2' })).toHaveValue('%');

    // Refused before anything is sent: every empty cell named by person and IKI.
    await bulk.save();
    const problems = app.getByRole('alert').filter({ hasText: 'Periksa isian berikut sebelum menyimpan' });
    await expect(problems).toContainText(`Target Kuantitas untuk ${team[0]!.name} belum diisi.`);
    await expect(problems).toContainText(`dan ${team.length * 3 - 8} isian lain`);
    await expect(bulk.cell('Kuantitas', team[0]!.name)).toHaveAttribute('aria-invalid', 'true');
    await expect(bulk.staffRow(team[0]!.name)).toContainText('Belum ada SKP'); // nothing was written

    // 4. Kuantitas split (300 among 30: 10 each), kualitas and waktu copied, two targets changed by hand.
    await bulk.split('Kuantitas');
    await bulk.copy('Kualitas');
    await bulk.copy('Waktu');
    await expect(bulk.cell('Kuantitas', team[5]!.name)).toHaveValue('10');
    await expect(bulk.cell('Kualitas', team[5]!.name)).toHaveValue('90');
    await bulk.cell('Kuantitas', team[0]!.name).fill('12');
    await bulk.cell('Kuantitas', team[1]!.name).fill('8');
    await expect(bulk.grid().getByRole('row').last()).toContainText('300 Dokumen');
    await expect(problems).toBeHidden();
    // An IKI without its text is refused too.
    await field(app, 'Indikator (IKI) 3').fill('');
    await bulk.save();
    await expect(field(app, 'Indikator (IKI) 3')).toHaveAccessibleDescription('Wajib diisi.');
    await expect(problems).toHaveText(/RHK baru di langkah 3 belum lengkap/);
    await field(app, 'Indikator (IKI) 3').fill('Dokumen selesai tepat waktu');
    await checkScreen(app, 'id', 'skp-bulk-grid');

    // 5. Saved: one write, thirty SKPs, each person's draft holding the RHK.
    await bulk.save();
    await bulk.expectSaved(team.length);
    await expect(app.getByText('0 dipilih')).toBeVisible();
    await expect(bulk.staffRow(team[0]!.name)).toContainText('Draf');

    await openSkpList(app, shell);
    await skp.open(team[0]!.name, team[0]!.nip);
    const card = skp.rhk('utama', 1);
    await expect(field(card, 'Rencana hasil kerja (RHK)')).toHaveValue('Tersusunnya bahan dokumen perencanaan pelayanan kesehatan');
    await expect(card.getByRole('textbox', { name: 'Target — RHK utama 1, IKI 1' })).toHaveValue('12');
    await expect(card.getByRole('textbox', { name: 'Target — RHK utama 1, IKI 2' })).toHaveValue('90');
    await expect(field(card, 'RHK atasan yang diintervensi')).toHaveValue(leaderOption);
    // The RHK is complete enough to submit; once submitted, it is no longer offered.
    await skp.step('Ajukan');
    await expect(skp.status()).toHaveText('Diajukan');

    await shell.goTo('SKP');
    await app.getByRole('link', { name: 'Bagikan RHK' }).click();
    await bulk.chooseLeader(kasi.name, leaderOption);
    await field(app, 'Cari nama atau NIP').fill(team[0]!.name);
    await expect(bulk.staffRow(team[0]!.name)).toContainText(/Diajukan\s*Tidak dapat ditambah RHK/);
    await expect(bulk.staffTable().getByRole('checkbox', { name: `Pilih ${team[0]!.name}` })).toBeDisabled();
    await app.getByRole('button', { name: 'Hapus filter' }).click();
    await bulk.selectAllShown();
    await expect(app.getByText(`${team.length - 1} dipilih`)).toBeVisible();
    await expect(bulk.grid().getByRole('row')).toHaveCount(team.length - 1 + 2);
    await bulk.split('Kuantitas');

    await shell.switchLanguage('English');
    await expect(app.getByRole('heading', { level: 1, name: 'Assign an RHK to many staff' })).toBeVisible();
    await expect(app.getByRole('button', { name: "Split the leader's target (Quantity)" })).toBeVisible();
    await expect(app.getByRole('textbox', { name: `Target Quantity — ${team[1]!.name}` })).toHaveValue('11');
    await checkScreen(app, 'en', 'skp-bulk-grid');
  });

  test('a Pejabat Penilai is offered only their own RHK and their own subordinates; someone with nobody below them is told so', async ({ app, webHost }) => {
    test.setTimeout(240_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, office.roster);
    await writeLeaderSkp(app, shell, new SkpPages(app));

    await addAccountAndSignInAs(app, { ...kasi, password: 'kepala-seksi-1', role: 'Pejabat Penilai' });
    await shell.goTo('SKP');
    await app.getByRole('link', { name: 'Bagikan RHK' }).click();
    const bulk = new SkpBulkPage(app);
    await bulk.leaderPicker().click();
    await expect(app.getByRole('option')).toHaveCount(1);
    await app.getByRole('option', { name: leaderOption }).click();
    await expect(app.getByText(`${team.length} dari ${team.length} pegawai ditampilkan`)).toBeVisible();
    for (const who of [team[2]!, team[3]!]) await bulk.staffTable().getByRole('checkbox', { name: `Pilih ${who.name}` }).check();
    for (const iki of ['Kuantitas', 'Kualitas', 'Waktu']) await bulk.copy(iki);
    await bulk.save();
    await bulk.expectSaved(2);
    await expect(app.getByRole('status').filter({ hasText: 'Akun' })).toHaveCount(0); // the sign-in notices have gone
    await checkScreen(app, 'id', 'skp-bulk-appraiser');
    await shell.switchLanguage('English');
    await expect(app.getByRole('heading', { level: 1, name: 'Assign an RHK to many staff' })).toBeVisible();
    await expect(app.getByText(`${team.length} of ${team.length} employees shown`, { exact: true })).toBeVisible();
    await checkScreen(app, 'en', 'skp-bulk-appraiser');
    await shell.switchLanguage('Bahasa Indonesia');
    await shell.signOut();

    // A staff member has nobody below them: nothing to hand down.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, { ...team[4]!, password: 'pegawai-biasa-1', role: 'Pegawai' });
    await app.goto(`${webHost.url}/#/skp/bulk`); // same document: only the hash changes, the session stays
    await expect(app.getByText(/^Belum ada RHK pada SKP tahun \d{4} yang dapat diturunkan oleh Anda\./)).toBeVisible();
    await expect(new SkpBulkPage(app).leaderPicker()).toBeDisabled();
    await expect(app.getByRole('status').filter({ hasText: 'Kata sandi diganti' })).toHaveCount(0);
    await checkScreen(app, 'id', 'skp-bulk-nothing');
    await shell.switchLanguage('English');
    await expect(app.getByText(/^No RHK in the \d{4} SKPs that you can hand down yet\./)).toBeVisible();
    await expect(app.getByRole('combobox', { name: "Leader's RHK" })).toBeDisabled();
    await checkScreen(app, 'en', 'skp-bulk-nothing');
  });
});
