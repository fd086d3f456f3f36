import type { EmployeeInput } from '../../../shared/peopleSchemas';
import type { Role } from '../../../shared/roles';
import { createUser } from '../accounts';
import type { Repo, Session } from '../repository';
import { saveEmployee } from './employees';
import { createUnit, savePosition } from './organisation';

/** Test support: a small Dinas with a head, a division head, a section head and staff, and accounts for some of them. */
export async function smallDinas(repo: Repo, admin: Session) {
  const root = (await repo.db.units.toArray())[0]!;
  const bidang = await createUnit(repo, admin, { name: 'Bidang Mutasi', kind: 'bidang', parentId: root.id });
  const seksi = await createUnit(repo, admin, { name: 'Seksi Pengadaan', kind: 'seksi', parentId: bidang.id });
  const kadis = await savePosition(repo, admin, null, { name: 'Kepala Badan', jenisJabatan: 'jpt_pratama', kategori: null, jenjang: null, unitId: root.id, reportsToId: null });
  const kabid = await savePosition(repo, admin, null, { name: 'Kepala Bidang Mutasi', jenisJabatan: 'administrator', kategori: null, jenjang: null, unitId: bidang.id, reportsToId: kadis.id });
  const kasi = await savePosition(repo, admin, null, { name: 'Kepala Seksi Pengadaan', jenisJabatan: 'pengawas', kategori: null, jenjang: null, unitId: seksi.id, reportsToId: kabid.id });
  const staf = await savePosition(repo, admin, null, { name: 'Pengelola Data', jenisJabatan: 'pelaksana', kategori: null, jenjang: null, unitId: seksi.id, reportsToId: kasi.id });
  const person = (nip: string, name: string, positionId: string, unitId: string): EmployeeInput => ({
    asnType: 'pns', nip, name, gelarDepan: '', gelarBelakang: '', golongan: 'III/a', positionId, unitId, status: 'active', tmtJabatan: null,
  });
  const head = await saveEmployee(repo, admin, null, person('197001011995031001', 'Umbu Lapu', kadis.id, root.id));
  const kabidPerson = await saveEmployee(repo, admin, null, person('197912252005011003', 'Rambu Ratu', kabid.id, bidang.id));
  const kasiPerson = await saveEmployee(repo, admin, null, person('198507142010122002', 'Yohana Ndapa', kasi.id, seksi.id));
  const staff1 = await saveEmployee(repo, admin, null, person('199203152018032004', 'Agnes Lobo', staf.id, seksi.id));
  const staff2 = await saveEmployee(repo, admin, null, person('199512012019032006', 'Petrus Djara', staf.id, seksi.id));
  return { root, bidang, seksi, positions: { kadis, kabid, kasi, staf }, people: { head, kabidPerson, kasiPerson, staff1, staff2 } };
}

/** An account for an employee (same NIP) holding `roles`. */
export async function accountFor(repo: Repo, admin: Session, nip: string, roles: Role[]): Promise<Session> {
  const user = await createUser(repo, admin, { asnType: 'pns', name: `Akun ${nip}`, nip, roles, password: 'sandi-awal-123', passwordConfirm: 'sandi-awal-123' });
  return { userId: user.id, officeId: user.officeId };
}
