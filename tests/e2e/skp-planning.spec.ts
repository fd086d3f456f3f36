import { generateRoster } from '../fixtures/roster';
import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { addAccountAndSignInAs, dinasKesehatan, hr, setUpOffice } from './support/office';
import { importRoster } from './support/people';
import { SignInPage } from './pages/SignInPage';
import { GoalsPage, SkpPages } from './pages/SkpPages';

const roster = generateRoster({ size: 60 });
const person = (row: (string | number | null)[]) => {
  const [nip, name, front, back] = row.map((c) => String(c ?? ''));
  return { nip: nip!, name: `${front ? `${front} ` : ''}${name}${back ? `, ${back}` : ''}` };
};
const head = person(roster.rows[0]!);
const kabid = person(roster.rows[2]!);
const kasi = person(roster.rows[3]!);
const staff = person(roster.rows.find((r) => r[9] === roster.rows[3]![0])!);
const three = (what: string, target: string, unit: string) => [
  { text: `Jumlah ${what}`, target, unit },
  { text: `Persentase ${what} tanpa revisi`, target: '90', unit: '%' },
  { text: `${what} selesai tepat waktu`, target: '12', unit: 'Bulan' },
];

test.describe('planning: goals cascade into SKPs', () => {
  test('HR enters the goals; head and two levels of staff build a cascade; submit, return, fix, approve; mutasi makes a new version', async ({ app }) => {
    test.setTimeout(240_000);
    const shell = await setUpOffice(app, dinasKesehatan);
    await importRoster(app, shell, roster);
    const skp = new SkpPages(app);

    // The top of the cascade: the office's goal and its IKU.
    await shell.goTo('Sasaran Kantor');
    await new GoalsPage(app).add({ statement: 'Meningkatnya derajat kesehatan masyarakat', indicators: [{ text: 'Persentase puskesmas terakreditasi', target: '85', unit: '%' }] });
    await expect(app.getByRole('region', { name: /Meningkatnya derajat kesehatan masyarakat/ }).getByRole('cell', { name: '85 %' })).toBeVisible();

    // The head intervenes the IKU; HR writes it and records the approval (the regent appraises the head).
    await shell.goTo('SKP');
    await skp.create(head.name, head.nip);
    await expect(app.getByText('JPT', { exact: true })).toBeVisible();
    await skp.addRhk('utama', { parent: 'Persentase puskesmas terakreditasi', text: 'Terwujudnya akreditasi puskesmas', indicators: [{ text: 'Puskesmas terakreditasi', target: '20', unit: 'Puskesmas' }] });
    await skp.save();
    await skp.step('Ajukan');
    await expect(app.getByRole('status').filter({ hasText: 'SKP diajukan' })).toBeVisible();
    await skp.step('Setujui');
    await expect(skp.status()).toHaveText('Disetujui');
    await expect(app.getByRole('button', { name: 'Simpan draf' })).toHaveCount(0);

    // Kepala bidang intervenes the head's RHK.
    await shell.goTo('SKP');
    await skp.create(kabid.name, kabid.nip);
    await skp.addRhk('utama', { parent: `Terwujudnya akreditasi puskesmas — ${head.name}`, text: 'Terlaksananya pendampingan akreditasi', indicators: three('pendampingan', '20', 'Kegiatan') });
    await skp.save();

    // Kepala seksi intervenes the kepala bidang's RHK (the head's is offered too, further up).
    await shell.goTo('SKP');
    await skp.create(kasi.name, kasi.nip);
    await skp.addRhk('utama', { parent: `Terlaksananya pendampingan akreditasi — ${kabid.name}`, text: 'Tersusunnya dokumen akreditasi', indicators: three('dokumen akreditasi', '12', 'Dokumen') });
    await skp.save();

    // The staff member writes their own SKP, intervening their kasi's RHK.
    await addAccountAndSignInAs(app, { ...staff, password: 'pegawai-biasa-1', role: 'Pegawai' });
    // The home screen reminds them, and the reminder leads to the SKP list.
    await app.getByRole('region', { name: 'Pengingat' }).getByRole('link', { name: /^Anda belum memiliki SKP tahun \d{4}: susun sekarang\.$/ }).click();
    await skp.create(staff.name, staff.nip);
    const card = await skp.addRhk('utama', { parent: `Tersusunnya dokumen akreditasi — ${kasi.name}`, text: 'Terhimpunnya data akreditasi', indicators: three('data akreditasi', '', 'Dokumen') });
    // The employee cannot write the leader's expectations.
    await expect(app.getByLabel('Ekspektasi khusus pimpinan — Akuntabel')).toHaveAttribute('readonly');
    // Submitting names exactly what is missing, and nothing is sent.
    await skp.step('Ajukan');
    await expect(app.getByRole('alert').filter({ hasText: 'SKP belum dapat diajukan' })).toContainText('RHK utama no. 1: target IKI ke-1 belum diisi.');
    await expect(skp.status()).toHaveText('Draf');
    await card.getByRole('textbox', { name: 'Target — RHK utama 1, IKI 1' }).fill('24');
    await skp.step('Ajukan');
    await expect(skp.status()).toHaveText('Diajukan');
    await shell.signOut();

    // Their kasi (Pejabat Penilai) returns it with a note, writing an expectation first is not possible once submitted.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await addAccountAndSignInAs(app, { ...kasi, password: 'kepala-seksi-1', role: 'Pejabat Penilai' });
    await shell.goTo('SKP');
    await skp.open(staff.name, staff.nip);
    await app.getByRole('button', { name: 'Kembalikan' }).click();
    await field(app.getByRole('dialog'), 'Catatan untuk pegawai').fill('Target kualitas terlalu rendah, naikkan ke 95%.');
    await app.getByRole('dialog').getByRole('button', { name: 'Kembalikan' }).click();
    await expect(skp.status()).toHaveText('Dikembalikan');
    await shell.signOut();

    // The employee sees the note, fixes the target, and submits again.
    await new SignInPage(app).signIn(staff.nip, 'pegawai-biasa-1');
    await shell.goTo('SKP');
    await skp.open(staff.name, staff.nip);
    await expect(app.getByText('Target kualitas terlalu rendah, naikkan ke 95%.')).toBeVisible();
    await skp.rhk('utama', 1).getByRole('textbox', { name: 'Target — RHK utama 1, IKI 2' }).fill('95');
    await skp.step('Ajukan');
    await expect(skp.status()).toHaveText('Diajukan');
    await shell.signOut();

    // The kasi approves; the approved SKP is read-only.
    await new SignInPage(app).signIn(kasi.nip, 'kepala-seksi-1');
    await expect(app.getByRole('region', { name: 'Pengingat' })).toContainText('1 SKP menunggu persetujuan Anda.');
    await shell.goTo('SKP');
    await skp.open(staff.name, staff.nip);
    await skp.step('Setujui');
    await expect(skp.status()).toHaveText('Disetujui');
    await expect(skp.rhk('utama', 1).getByRole('textbox', { name: 'Target — RHK utama 1, IKI 2' })).toHaveValue('95');
    await expect(skp.rhk('utama', 1).getByRole('textbox', { name: 'Target — RHK utama 1, IKI 2' })).toHaveAttribute('readonly');
    await expect(app.getByRole('button', { name: 'Simpan draf' })).toHaveCount(0);
    await shell.signOut();

    // HR records a mutasi: a new version starts, the approved one is closed and stays readable.
    await new SignInPage(app).signIn(hr.nip, hr.password);
    await shell.goTo('SKP');
    await skp.open(staff.name, staff.nip);
    const year = Number((await app.getByRole('heading', { level: 1 }).textContent())!.slice(-4));
    await app.getByRole('button', { name: 'Versi baru (mutasi)' }).click();
    await field(app.getByRole('dialog'), 'Tanggal berlaku jabatan baru').fill(`${year}-07-01`);
    await app.getByRole('dialog').getByRole('button', { name: 'Versi baru (mutasi)' }).click();
    await expect(app.getByText('Versi 2', { exact: true })).toBeVisible();
    await expect(skp.status()).toHaveText('Draf');
    await app.getByRole('link', { name: 'Versi sebelumnya' }).click();
    await expect(skp.status()).toHaveText('Ditutup');
    await expect(app.getByText('Versi 1', { exact: true })).toBeVisible();
    await expect(skp.rhk('utama', 1).getByRole('textbox', { name: 'Rencana hasil kerja (RHK)' })).toHaveValue('Terhimpunnya data akreditasi');

    // The tree: IKU → head → kabid → kasi; the kasi's RHK is intervened by nobody now that the
    // staff member's old SKP is closed; the kabid's and kasi's are still drafts. Click through to one.
    await shell.goTo('SKP');
    await app.getByRole('link', { name: 'Pohon kinerja' }).click();
    await app.getByRole('button', { name: 'Buka semua' }).click();
    const tree = app.getByRole('tree', { name: /^Pohon kinerja tahun/ });
    await expect(tree.getByRole('treeitem', { name: /Persentase puskesmas terakreditasi/ })).toBeVisible();
    await expect(tree.getByRole('treeitem', { name: new RegExp(`Tersusunnya dokumen akreditasi milik ${kasi.name}`) })).toContainText('Belum diintervensi');
    await expect(app.getByText('2 masih draf')).toBeVisible();
    await expect(app.getByText('1 belum diintervensi')).toBeVisible();
    await tree.getByRole('link', { name: 'Tersusunnya dokumen akreditasi' }).click();
    await expect(app.getByRole('heading', { level: 1, name: new RegExp(`^SKP ${kasi.name} — `) })).toBeVisible();

    // Every step is in the audit trail, in words (the fixture fails the test on any missing label).
    await shell.goTo('Jejak Audit');
    for (const action of ['SKP diajukan (SKP)', 'SKP dikembalikan (SKP)', 'SKP disetujui (SKP)', 'SKP versi baru (mutasi) (SKP)', 'Sasaran strategis ditambahkan (Sasaran kantor)']) {
      await expect(app.getByRole('cell', { name: action }).first()).toBeVisible();
    }
  });
});
