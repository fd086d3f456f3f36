import { SetupInputSchema, type SetupInput } from '../../shared/account';
import { AppError } from '../../shared/errors';
import { hashPassword } from '../../shared/password';
import { defaultOfficeSettings } from '../../shared/settings';
import { parseOrThrow } from '../../shared/validation';
import { newId, write, type Repo, type Session } from './repository';
import type { KinerjaDb } from './schema';

export async function isSetUp(db: KinerjaDb): Promise<boolean> {
  return (await db.offices.count()) > 0;
}

/**
 * First run: creates the office, its root unit, default settings and the first HR
 * administrator, all in one transaction, and signs that administrator in. Refused once an
 * office exists, so a second setup can never replace the first one's data.
 */
export async function setUpOffice(repo: Repo, input: SetupInput): Promise<Session> {
  const { office, admin, language } = parseOrThrow(SetupInputSchema, input);
  if (await isSetUp(repo.db)) throw new AppError('setup.alreadyDone');
  const password = await hashPassword(admin.password, repo.kdfIterations);

  return write(repo, 'setup.complete', async (tx) => {
    if (await isSetUp(tx.db)) throw new AppError('setup.alreadyDone');
    const officeId = newId();
    const userId = newId();
    tx.actAs({ id: userId, name: admin.name });
    await tx.put('offices', { id: officeId, officeId, instansi: office.instansi, name: office.officeName, code: office.officeCode });
    await tx.put('units', { id: newId(), officeId, parentId: null, name: office.officeName, kind: 'opd', retired: false });
    for (const [key, value] of Object.entries(defaultOfficeSettings)) {
      await tx.put('settings', { id: `${officeId}:${key}`, officeId, key, value });
    }
    await tx.put('users', {
      id: userId,
      officeId,
      nip: admin.nip,
      asnType: 'pns',
      name: admin.name,
      roles: ['admin_kepegawaian'],
      active: true,
      language,
    });
    // The administrator chose this password themselves, so no forced change.
    await tx.put('credentials', { id: userId, officeId, ...password, mustChange: false });
    return { userId, officeId };
  });
}
