import { describe, expect, it } from 'vitest';
import { permissions, roles, type Action, type Role } from '../../shared/roles';
import { changeOwnPassword, createUser, listUsers, resetPassword, setOwnLanguage, setUserActive, updateUser } from './accounts';
import { AppError } from '../../shared/errors';
import { buildRosterPlan } from '../../shared/roster/plan';
import { listAudit, verifyAudit } from './audit';
import { saveEmployee, visibleEmployees } from './people/employees';
import { createUnit } from './people/organisation';
import { applyRosterPlan } from './people/rosterImport';
import { updateOffice, updateOfficeSettings } from './office';
import { newId, type Repo, type Session } from './repository';
import { defaultMonitoringRules } from '../../shared/monitoring/rules';
import { saveMonitoringRules } from './monitoring/monitoringYears';
import { officeDistribution, reopenEvaluation } from './evaluation/evaluations';
import { saveGoal } from './skp/goals';
import { createSkp, visibleSkps } from './skp/skps';
import { setUpTestOffice, snapshot, testRepo, userWithRoles, validSetup } from './testRepo';

/**
 * Every (role × action) pair that exists so far, called through the repository layer the
 * way the UI calls it: allowed pairs succeed, refused pairs fail with auth.forbidden and
 * leave the database exactly as it was.
 */
interface World {
  repo: Repo;
  admin: Session;
  actor: Session;
  /** Someone other than the actor, for actions on another person's account. */
  other: Session;
  /** An employee who is neither the actor nor appraised by them, with a 2026 SKP. */
  employeeId: string;
}

const attempts: Record<Action, (w: World) => Promise<unknown>> = {
  'user.list': ({ repo, actor }) => listUsers(repo, actor),
  'user.create': ({ repo, actor }) =>
    createUser(repo, actor, { asnType: 'pns', name: 'Baru', nip: '199512012019032006', roles: ['pegawai'], password: 'sandi-awal-123', passwordConfirm: 'sandi-awal-123' }),
  'user.update': ({ repo, actor, other }) => updateUser(repo, actor, other.userId, { name: 'Nama Diubah', roles: ['pegawai'] }),
  'user.setActive': ({ repo, actor, other }) => setUserActive(repo, actor, other.userId, false),
  'user.resetPassword': ({ repo, actor, other }) => resetPassword(repo, actor, other.userId, { password: 'sementara-000', passwordConfirm: 'sementara-000' }),
  'office.update': ({ repo, actor }) => updateOffice(repo, actor, { ...validSetup.office, officeName: 'BKPSDM Sumba Timur' }),
  'settings.update': ({ repo, actor }) => updateOfficeSettings(repo, actor, { idleLockMinutes: 3 }),
  'audit.read': async ({ repo, actor }) => {
    await listAudit(repo, actor);
    await verifyAudit(repo, actor);
  },
  // Reading is never refused outright: it is narrowed. Asking for everyone and getting less is the refusal.
  'people.readAll': async ({ repo, actor }) => {
    const visible = await visibleEmployees(repo, actor);
    if (visible.scope !== 'all') throw new AppError('auth.forbidden');
  },
  'people.edit': ({ repo, actor }) => saveEmployee(repo, actor, null, newEmployee),
  'people.import': async ({ repo, actor }) => {
    const units = await repo.db.units.toArray();
    const plan = buildRosterPlan(rosterWorkbook, { employees: [], units, positions: [] }, { officeId: actor.officeId, rootUnitId: units[0]!.id, createMissing: true, overrideReason: 'impor', newId });
    await applyRosterPlan(repo, actor, plan, { allOrNothing: true });
  },
  'organisation.edit': async ({ repo, actor }) => {
    const root = (await repo.db.units.toArray())[0]!;
    await createUnit(repo, actor, { name: 'Bidang Baru', kind: 'bidang', parentId: root.id });
  },
  'goals.edit': ({ repo, actor }) =>
    saveGoal(repo, actor, null, { year: 2026, statement: 'Meningkatnya kualitas pelayanan', indicators: [{ text: 'Indeks kepuasan masyarakat', target: 85, unit: 'Nilai', polarity: 'higher' }] }),
  'skp.readAll': async ({ repo, actor }) => {
    if ((await visibleSkps(repo, actor, 2026)).length === 0) throw new AppError('auth.forbidden');
  },
  'skp.manage': ({ repo, actor, employeeId }) => createSkp(repo, actor, { employeeId, year: 2027 }),
  'monitoring.manage': ({ repo, actor }) => saveMonitoringRules(repo, actor, 2026, { ...defaultMonitoringRules, rhythm: 'monthly' }),
  'evaluation.readAll': ({ repo, actor }) => officeDistribution(repo, actor, '2026-Q1'),
  // Past the permission there is no final evaluation to reopen here: that answer means "allowed".
  'evaluation.manage': ({ repo, actor }) =>
    reopenEvaluation(repo, actor, 'no-such-evaluation', 'Salah input rating').catch((e: AppError) => {
      if (e.code !== 'evaluation.notFound') throw e;
    }),
};

const newEmployee = {
  asnType: 'pns' as const, nip: '198811302012121005', name: 'Stefanus Hamu', gelarDepan: '', gelarBelakang: '', golongan: 'III/a', positionId: null, unitId: null, status: 'active' as const, tmtJabatan: null,
};
const rosterWorkbook = {
  fileName: 'roster.csv',
  format: 'csv' as const,
  sheets: [{ name: 'Pegawai', rows: [['NIP', 'Nama', 'Unit Kerja'], ['198811302012121005', 'Stefanus Hamu', 'Bidang Mutasi']] }],
};

async function world(role: Role): Promise<World> {
  const repo = testRepo();
  const admin = await setUpTestOffice(repo);
  const other = await userWithRoles(repo, admin, ['pegawai'], 1);
  const actor = await userWithRoles(repo, admin, [role], 2);
  const employee = await saveEmployee(repo, admin, null, { ...newEmployee, nip: '198203042006042007', name: 'Maria Kahi' });
  await createSkp(repo, admin, { employeeId: employee.id, year: 2026 });
  return { repo, admin, actor, other, employeeId: employee.id };
}

const pairs = roles.flatMap((role) => (Object.keys(attempts) as Action[]).map((action) => [role, action] as const));

describe('roles are enforced in the repository layer', () => {
  it('covers every action in the permission table', () => {
    expect(Object.keys(attempts).sort()).toEqual(Object.keys(permissions).sort());
  });

  it.each(pairs)('%s → %s', async (role, action) => {
    const w = await world(role);
    const allowed = (permissions[action] as readonly Role[]).includes(role);
    const before = await snapshot(w.repo);
    if (allowed) {
      await attempts[action](w);
    } else {
      await expect(attempts[action](w)).rejects.toMatchObject({ code: 'auth.forbidden' });
      expect(await snapshot(w.repo)).toBe(before);
    }
  });

  it.each(roles)('%s may change their own password and language', async (role) => {
    const w = await world(role);
    await changeOwnPassword(w.repo, w.actor, { currentPassword: 'sandi-awal-123', password: 'sandi-baru-456', passwordConfirm: 'sandi-baru-456' });
    await setOwnLanguage(w.repo, w.actor, 'en');
    expect((await w.repo.db.users.get(w.actor.userId))?.language).toBe('en');
  });

  it('refuses a deactivated person whose session is still open', async () => {
    const w = await world('admin_kepegawaian');
    await setUserActive(w.repo, w.admin, w.actor.userId, false);
    await expect(listUsers(w.repo, w.actor)).rejects.toMatchObject({ code: 'auth.sessionInvalid' });
  });

  it('takes a role away at once, without signing out', async () => {
    const w = await world('admin_kepegawaian');
    await updateUser(w.repo, w.admin, w.actor.userId, { name: 'Mantan HR', roles: ['pegawai'] });
    await expect(listUsers(w.repo, w.actor)).rejects.toMatchObject({ code: 'auth.forbidden' });
  });
});
