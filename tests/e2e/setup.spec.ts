import { test, expect } from './support/fixtures';
import { hr, office, setUpOffice } from './support/office';
import { SetupWizardPage } from './pages/SetupWizardPage';
import { SignInPage } from './pages/SignInPage';

test.describe('first-run setup', () => {
  test('nothing but the setup wizard is reachable before setup', async ({ app, webHost }) => {
    const wizard = new SetupWizardPage(app);
    await expect(wizard.heading()).toBeVisible();
    for (const path of ['#/users', '#/settings', '#/audit', '#/']) {
      await app.goto(`${webHost.url}/${path}`);
      await expect(wizard.heading()).toBeVisible();
      await expect(app.getByRole('navigation')).toHaveCount(0);
    }
  });

  test('refuses bad input with a message on the field, then sets the office up', async ({ app }) => {
    const wizard = new SetupWizardPage(app);
    await wizard.next();
    await wizard.expectFieldError('Instansi', 'Wajib diisi.');
    await wizard.expectFieldError('Nama kantor (OPD)', 'Wajib diisi.');

    await wizard.fillOffice({ ...office, officeName: 'x'.repeat(151), officeCode: '4.01;01' });
    await wizard.next();
    await wizard.expectFieldError('Nama kantor (OPD)', 'Maksimal 150 karakter.');
    await wizard.expectFieldError('Kode kantor', /hanya boleh berisi huruf, angka/);

    await wizard.fillOffice(office);
    await wizard.next();
    await wizard.fillAdmin({ name: hr.name, nip: '19900231 201501 1 001', password: 'pendek', passwordConfirm: 'lain' });
    await wizard.next();
    await wizard.expectFieldError('NIP', /tanggal lahir yang nyata/);
    await wizard.expectFieldError('Kata sandi', 'Kata sandi minimal 8 karakter.');
    await wizard.expectFieldError('Ulangi kata sandi', 'Kedua kata sandi tidak sama.');

    await wizard.fillAdmin({ name: hr.name, nip: '1990010120150110', password: hr.password, passwordConfirm: hr.password });
    await wizard.next();
    await wizard.expectFieldError('NIP', 'NIP harus terdiri dari 18 angka (spasi boleh).');

    await wizard.fillAdmin({ name: hr.name, nip: '19900101 201501 1 001', password: hr.password, passwordConfirm: hr.password });
    await wizard.next();
    await expect(app.getByRole('cell', { name: office.instansi })).toBeVisible();
    await expect(app.getByRole('cell', { name: '19900101 201501 1 001' })).toBeVisible();
    await wizard.finish();

    await expect(app.getByRole('heading', { level: 1, name: `Selamat datang, ${hr.name}` })).toBeVisible();
    await expect(app.getByText(office.officeName, { exact: true })).toBeVisible();
    await expect(app.getByText('Admin Kepegawaian', { exact: true })).toBeVisible();
  });

  test('cannot be run a second time: after setup the app opens at sign-in', async ({ app, webHost }) => {
    await setUpOffice(app);
    await app.goto(webHost.url);
    await expect(new SignInPage(app).heading()).toBeVisible();
    await expect(new SetupWizardPage(app).heading()).toHaveCount(0);
  });
});
