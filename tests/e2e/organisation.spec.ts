import { test, expect } from './support/fixtures';
import { field } from './support/fields';
import { dinasKesehatan, setUpOffice } from './support/office';

test.describe('organisation', () => {
  test('HR builds the unit tree and the positions, and an occupied unit cannot be retired', async ({ app }) => {
    const shell = await setUpOffice(app, dinasKesehatan);
    await shell.goTo('Organisasi');
    const tree = app.getByRole('list', { name: 'Pohon unit kerja' });
    await expect(tree).toContainText('Dinas Kesehatan');

    const addUnder = async (parent: string, name: string) => {
      await app.getByRole('button', { name: `Tambah sub-unit di ${parent}` }).click();
      const dialog = app.getByRole('dialog');
      await field(dialog, 'Nama unit').fill(name);
      await dialog.getByRole('button', { name: 'Simpan' }).click();
      await expect(dialog).toBeHidden();
    };
    await addUnder('Dinas Kesehatan', 'Bidang Pelayanan');
    await addUnder('Dinas Kesehatan', 'Bidang Pencegahan');
    await addUnder('Bidang Pelayanan', 'Seksi Rujukan');
    await expect(tree.getByRole('listitem').filter({ hasText: 'Bidang Pelayanan' }).first()).toContainText('Seksi Rujukan');

    // Empty name is refused on the field.
    await app.getByRole('button', { name: 'Ganti nama Bidang Pelayanan' }).click();
    let dialog = app.getByRole('dialog');
    await field(dialog, 'Nama unit').fill('');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(field(dialog, 'Nama unit')).toHaveAccessibleDescription(/^Wajib diisi\./);
    await field(dialog, 'Nama unit').fill('Bidang Pelayanan Kesehatan');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(tree).toContainText('Bidang Pelayanan Kesehatan');

    // Move the Seksi under the other Bidang.
    await app.getByRole('button', { name: 'Pindahkan Seksi Rujukan' }).click();
    dialog = app.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Pindahkan ke bawah' }).click();
    await app.getByRole('option', { name: /Bidang Pencegahan$/ }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(tree.getByRole('listitem').filter({ hasText: 'Bidang Pencegahan' }).first()).toContainText('Seksi Rujukan');

    // A fungsional position needs its kategori and jenjang; it reports to the head.
    await app.getByRole('tab', { name: 'Jabatan' }).click();
    const addPosition = async (name: string, jenis: string, unit: string, reportsTo?: string, jenjang?: [string, string]) => {
      await app.getByRole('button', { name: 'Tambah jabatan' }).click();
      const form = app.getByRole('dialog', { name: 'Jabatan baru' });
      await field(form, 'Nama jabatan').fill(name);
      await form.getByRole('combobox', { name: 'Jenis jabatan' }).click();
      await app.getByRole('option', { name: jenis, exact: true }).click();
      if (jenjang) {
        await form.getByRole('button', { name: 'Simpan' }).click();
        await expect(form.getByRole('combobox', { name: 'Kategori fungsional' })).toHaveAccessibleDescription(/Wajib diisi\./);
        await form.getByRole('combobox', { name: 'Kategori fungsional' }).click();
        await app.getByRole('option', { name: jenjang[0] }).click();
        await form.getByRole('combobox', { name: 'Jenjang' }).click();
        await app.getByRole('option', { name: jenjang[1] }).click();
      }
      await form.getByRole('combobox', { name: 'Unit kerja' }).click();
      await app.getByRole('option', { name: new RegExp(`${unit}$`) }).click();
      if (reportsTo) {
        await form.getByRole('combobox', { name: 'Jabatan atasan langsung' }).click();
        await app.getByRole('option', { name: reportsTo }).click();
      }
      await form.getByRole('button', { name: 'Simpan' }).click();
      await expect(form).toBeHidden();
    };
    await addPosition('Kepala Dinas Kesehatan', 'JPT Pratama', 'Dinas Kesehatan');
    await addPosition('Dokter Ahli Muda', 'Fungsional', 'Seksi Rujukan', 'Kepala Dinas Kesehatan', ['Keahlian', 'Ahli Muda']);
    const positions = app.getByRole('table', { name: 'Daftar jabatan' });
    await expect(positions.getByRole('row').filter({ hasText: 'Dokter Ahli Muda' })).toContainText('Kepala Dinas Kesehatan');

    // Someone in the Seksi: the Seksi and its Bidang cannot be retired; an empty unit can.
    await shell.goTo('Pegawai');
    await app.getByRole('button', { name: 'Tambah pegawai' }).click();
    const person = app.getByRole('dialog', { name: 'Pegawai baru' });
    await field(person, 'NIP / NI PPPK').fill('198507142010122002');
    await field(person, 'Nama (tanpa gelar)').fill('Yohana Rambu');
    await person.getByRole('combobox', { name: 'Unit kerja' }).click();
    await app.getByRole('option', { name: /Seksi Rujukan$/ }).click();
    await person.getByRole('button', { name: 'Simpan' }).click();
    await expect(person).toBeHidden();

    await shell.goTo('Organisasi');
    await expect(tree.getByRole('listitem').filter({ hasText: 'Seksi Rujukan' }).first()).toContainText('1 pegawai langsung');
    await app.getByRole('button', { name: 'Nonaktifkan Bidang Pencegahan' }).click();
    await app.getByRole('dialog').getByRole('button', { name: 'Nonaktifkan Bidang Pencegahan' }).click();
    await expect(app.getByRole('alert').filter({ hasText: 'Unit ini masih memiliki' })).toContainText('1 sub-unit');
    await app.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
    await app.getByRole('button', { name: 'Nonaktifkan Bidang Pelayanan Kesehatan' }).click();
    await app.getByRole('dialog').getByRole('button', { name: 'Nonaktifkan Bidang Pelayanan Kesehatan' }).click();
    await expect(tree.getByRole('listitem').filter({ hasText: /^Bidang Pelayanan Kesehatan/ })).toContainText('nonaktif');
  });
});
