import type { Role } from '../../shared/roles';
import { createUser } from './accounts';
import { createRepo, type Repo, type Session } from './repository';
import { KinerjaDb } from './schema';
import { setUpOffice } from './setup';

/** Test support: a fresh database per call, a controllable clock and a cheap KDF. */

export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function testClock(start = '2026-03-01T08:00:00.000Z'): TestClock {
  let t = new Date(start).getTime();
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

export function testRepo(clock: TestClock = testClock()): Repo & { clock: TestClock } {
  const db = new KinerjaDb(`kinerja-test-${crypto.randomUUID()}`);
  return { ...createRepo(db, { clock, kdfIterations: 1_000 }), clock };
}

export const ADMIN_NIP = '199001012015011001';
export const ADMIN_PASSWORD = 'sandi-admin-123';

export const validSetup = {
  office: { instansi: 'Pemerintah Kabupaten Sumba Timur', officeName: 'Badan Kepegawaian dan Pengembangan SDM', officeCode: '4.01.01' },
  admin: { name: 'Maria Ndapa', nip: ADMIN_NIP, password: ADMIN_PASSWORD, passwordConfirm: ADMIN_PASSWORD },
};

export async function setUpTestOffice(repo: Repo): Promise<Session> {
  return setUpOffice(repo, validSetup);
}

const spareNips = ['198507142010122002', '197912252005011003', '199203152018032004', '198811302012121005', '199512012019032006'];

/** Creates an account holding exactly `roles` and returns a session for it. */
export async function userWithRoles(repo: Repo, admin: Session, roles: Role[], index = 0): Promise<Session> {
  const nip = spareNips[index];
  if (!nip) throw new Error('testRepo: no spare NIP left');
  const user = await createUser(repo, admin, {
    asnType: 'pns',
    name: `Pengguna ${roles.join('+')}`,
    nip,
    roles,
    password: 'sandi-awal-123',
    passwordConfirm: 'sandi-awal-123',
  });
  return { userId: user.id, officeId: user.officeId };
}

/** Everything a failed call must have left untouched. */
export async function snapshot(repo: Repo): Promise<string> {
  const { db } = repo;
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}
