import type { Page } from '@playwright/test';
import { SetupWizardPage } from '../pages/SetupWizardPage';
import { SignInPage } from '../pages/SignInPage';
import { UsersPage } from '../pages/UsersPage';
import { ShellPage } from '../pages/ShellPage';
import { ForcedPasswordPage } from '../pages/ForcedPasswordPage';

/** A realistic office: Sumba Timur's BKPSDM, its HR administrator and a few colleagues. */
export const office = {
  instansi: 'Pemerintah Kabupaten Sumba Timur',
  officeName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  officeCode: '4.01.01',
};

export const hr = { name: 'Maria Ndapa, S.Sos.', nip: '199001012015011001', password: 'sandi-admin-123' };
export const head = { name: 'Umbu Lapu, S.H., M.Si.', nip: '197912252005011003', password: 'kepala-dinas-1', role: 'Pimpinan' };
export const staff = { name: 'Yohana Rambu', nip: '198507142010122002', password: 'pegawai-biasa-1', role: 'Pegawai' };

/** The office the generated rosters (tests/fixtures/roster.ts) belong to. */
export const dinasKesehatan = { ...office, officeName: 'Dinas Kesehatan', officeCode: '1.02.01' };

export async function setUpOffice(page: Page, identity = office): Promise<ShellPage> {
  const wizard = new SetupWizardPage(page);
  await wizard.fillOffice(identity);
  await wizard.next();
  await wizard.fillAdmin({ ...hr, passwordConfirm: hr.password });
  await wizard.next();
  await wizard.finish();
  const shell = new ShellPage(page);
  await shell.expectSignedIn(hr.name);
  return shell;
}

/**
 * HR creates an account with a temporary password; the person signs in, is made to choose
 * their own password, and lands on the home screen.
 */
export async function addAccountAndSignInAs(page: Page, person: { name: string; nip: string; password: string; role: string }): Promise<ShellPage> {
  const shell = new ShellPage(page);
  await shell.goTo('Akun Pengguna');
  await new UsersPage(page).create({ name: person.name, nip: person.nip, roles: [person.role], password: 'sementara-123' });
  await shell.signOut();
  await new SignInPage(page).signIn(person.nip, 'sementara-123');
  await new ForcedPasswordPage(page).change('sementara-123', person.password);
  await shell.expectSignedIn(person.name);
  return shell;
}
