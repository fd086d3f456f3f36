import {
  NewUserSchema,
  PasswordChangeSchema,
  PasswordResetSchema,
  SignInSchema,
  UserUpdateSchema,
  type NewUserInput,
  type PasswordChangeInput,
  type PasswordResetInput,
  type UserUpdateInput,
} from '../../shared/account';
import { AppError } from '../../shared/errors';
import type { Language } from '../../shared/languages';
import { formatNip } from '../../shared/nip';
import { hashPassword, verifyPassword } from '../../shared/password';
import { FREE_ATTEMPTS, lockoutAfterFailures } from '../../shared/signInThrottle';
import { parseOrThrow } from '../../shared/validation';
import { newId, requireUser, write, type Repo, type Session, type WriteTx } from './repository';
import type { UserRecord } from './records';

export interface SignedIn extends Session {
  mustChangePassword: boolean;
}

/**
 * Checks NIP and password. Wrong attempts are counted per NIP and, past a few, lock sign-in
 * for that NIP for a growing while. An unknown NIP costs the same hashing time as a wrong
 * password and gets the same message, so neither reveals which accounts exist.
 */
export async function signIn(repo: Repo, nipInput: string, password: string): Promise<SignedIn> {
  const { nip } = parseOrThrow(SignInSchema, { nip: nipInput, password });
  const now = repo.clock.now().getTime();
  const attempt = await repo.db.signInAttempts.get(nip);
  if (attempt && attempt.lockedUntil > now) {
    throw new AppError('auth.lockedOut', { count: Math.ceil((attempt.lockedUntil - now) / 1000) });
  }

  const user = await repo.db.users.where('nip').equals(nip).first();
  const credential = user ? await repo.db.credentials.get(user.id) : undefined;
  const matches = credential
    ? await verifyPassword(password, credential)
    : (await hashPassword(password, repo.kdfIterations), false);

  if (!user || !credential || !matches) {
    const failures = (attempt?.failures ?? 0) + 1;
    const lockMs = lockoutAfterFailures(failures);
    await write(repo, 'auth.signInFailed', async (tx) => {
      await tx.event({ nip }, user?.id ?? null);
      await tx.db.signInAttempts.put({ nip, failures, lockedUntil: now + lockMs });
    });
    if (lockMs > 0) throw new AppError('auth.lockedOut', { count: Math.ceil(lockMs / 1000) });
    throw new AppError('auth.invalidCredentials', { count: FREE_ATTEMPTS - failures + 1 });
  }
  if (!user.active) throw new AppError('auth.accountInactive');

  await write(repo, 'auth.signIn', async (tx) => {
    tx.actAs(user);
    await tx.event(null, user.id);
    await tx.db.signInAttempts.delete(nip);
  });
  return { userId: user.id, officeId: user.officeId, mustChangePassword: credential.mustChange };
}

/** Unlocking after the idle lock is a sign-in as the same person, with the same rate limit. */
export async function unlock(repo: Repo, session: Session, password: string): Promise<SignedIn> {
  const user = await requireUser(repo.db, session);
  return signIn(repo, user.nip, password);
}

export async function listUsers(repo: Repo, session: Session): Promise<UserRecord[]> {
  await requireUser(repo.db, session, 'user.list');
  return repo.db.users.where('officeId').equals(session.officeId).sortBy('name');
}

export async function createUser(repo: Repo, session: Session, input: NewUserInput): Promise<UserRecord> {
  await requireUser(repo.db, session, 'user.create');
  const user = parseOrThrow(NewUserSchema, input);
  const password = await hashPassword(user.password, repo.kdfIterations);
  return write(repo, 'user.create', async (tx) => {
    const actor = await tx.requireActor(session, 'user.create');
    if ((await tx.db.users.where('nip').equals(user.nip).count()) > 0) {
      throw new AppError('user.nipTaken', { nip: formatNip(user.nip) }, 'nip');
    }
    const created = await tx.put('users', {
      id: newId(),
      officeId: actor.officeId,
      nip: user.nip,
      asnType: user.asnType,
      name: user.name,
      roles: user.roles,
      active: true,
      language: null,
    });
    await tx.put('credentials', { id: created.id, officeId: actor.officeId, ...password, mustChange: true });
    return created;
  });
}

async function otherActiveAdmins(tx: WriteTx, officeId: string, exceptUserId: string): Promise<number> {
  const admins = await tx.db.users.where('roles').equals('admin_kepegawaian').toArray();
  return admins.filter((u) => u.active && u.officeId === officeId && u.id !== exceptUserId).length;
}

async function targetUser(tx: WriteTx, officeId: string, userId: string): Promise<UserRecord> {
  const user = await tx.db.users.get(userId);
  if (!user || user.officeId !== officeId) throw new AppError('user.notFound');
  return user;
}

export async function updateUser(repo: Repo, session: Session, userId: string, input: UserUpdateInput): Promise<UserRecord> {
  const change = parseOrThrow(UserUpdateSchema, input);
  return write(repo, 'user.update', async (tx) => {
    const actor = await tx.requireActor(session, 'user.update');
    const user = await targetUser(tx, actor.officeId, userId);
    const losesAdmin = user.roles.includes('admin_kepegawaian') && !change.roles.includes('admin_kepegawaian');
    if (losesAdmin && user.active && (await otherActiveAdmins(tx, actor.officeId, user.id)) === 0) {
      throw new AppError('user.lastAdmin', {}, 'roles');
    }
    return tx.put('users', { ...user, name: change.name, roles: change.roles });
  });
}

export async function setUserActive(repo: Repo, session: Session, userId: string, active: boolean): Promise<UserRecord> {
  return write(repo, active ? 'user.activate' : 'user.deactivate', async (tx) => {
    const actor = await tx.requireActor(session, 'user.setActive');
    const user = await targetUser(tx, actor.officeId, userId);
    if (!active && user.id === actor.id) throw new AppError('user.cannotDeactivateSelf');
    if (!active && user.roles.includes('admin_kepegawaian') && (await otherActiveAdmins(tx, actor.officeId, user.id)) === 0) {
      throw new AppError('user.lastAdmin');
    }
    return tx.put('users', { ...user, active });
  });
}

/** HR sets a temporary password; the person must choose their own at next sign-in. */
export async function resetPassword(repo: Repo, session: Session, userId: string, input: PasswordResetInput): Promise<void> {
  await requireUser(repo.db, session, 'user.resetPassword');
  const { password } = parseOrThrow(PasswordResetSchema, input);
  const hashed = await hashPassword(password, repo.kdfIterations);
  await write(repo, 'user.resetPassword', async (tx) => {
    const actor = await tx.requireActor(session, 'user.resetPassword');
    const user = await targetUser(tx, actor.officeId, userId);
    await tx.put('credentials', { id: user.id, officeId: user.officeId, ...hashed, mustChange: true });
  });
}

export async function changeOwnPassword(repo: Repo, session: Session, input: PasswordChangeInput): Promise<void> {
  const { currentPassword, password } = parseOrThrow(PasswordChangeSchema, input);
  const user = await requireUser(repo.db, session);
  const credential = await repo.db.credentials.get(user.id);
  if (!credential || !(await verifyPassword(currentPassword, credential))) {
    throw new AppError('password.currentWrong', {}, 'currentPassword');
  }
  if (currentPassword === password) throw new AppError('password.sameAsCurrent', {}, 'password');
  const hashed = await hashPassword(password, repo.kdfIterations);
  await write(repo, 'user.changePassword', async (tx) => {
    const actor = await tx.requireActor(session);
    await tx.put('credentials', { id: actor.id, officeId: actor.officeId, ...hashed, mustChange: false });
  });
}

/** Each person's language choice travels with their account, not with the PC. */
export async function setOwnLanguage(repo: Repo, session: Session, language: Language): Promise<void> {
  await write(repo, 'user.setLanguage', async (tx) => {
    const actor = await tx.requireActor(session);
    await tx.put('users', { ...actor, language });
  });
}

export async function mustChangePassword(repo: Repo, session: Session): Promise<boolean> {
  return (await repo.db.credentials.get(session.userId))?.mustChange ?? false;
}
