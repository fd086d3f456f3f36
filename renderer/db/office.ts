import { OfficeIdentitySchema, type OfficeIdentity } from '../../shared/account';
import { AppError } from '../../shared/errors';
import { OfficeSettingsSchema, defaultOfficeSettings, type OfficeSettings } from '../../shared/settings';
import { parseOrThrow } from '../../shared/validation';
import { write, type Repo, type Session } from './repository';
import type { KinerjaDb } from './schema';
import type { OfficeRecord } from './records';

export async function getOffice(db: KinerjaDb, officeId: string): Promise<OfficeRecord | undefined> {
  return db.offices.get(officeId);
}

export async function updateOffice(repo: Repo, session: Session, input: OfficeIdentity): Promise<OfficeRecord> {
  const identity = parseOrThrow(OfficeIdentitySchema, input);
  return write(repo, 'office.update', async (tx) => {
    const actor = await tx.requireActor(session, 'office.update');
    const office = await tx.db.offices.get(actor.officeId);
    if (!office) throw new AppError('auth.sessionInvalid');
    const root = await tx.db.units.where('officeId').equals(office.id).filter((u) => u.parentId === null).first();
    if (root) await tx.put('units', { ...root, name: identity.officeName });
    return tx.put('offices', { ...office, instansi: identity.instansi, name: identity.officeName, code: identity.officeCode });
  });
}

/** Stored values over the defaults; a value that no longer validates falls back to its default. */
export async function getOfficeSettings(db: KinerjaDb, officeId: string): Promise<OfficeSettings> {
  const stored = await db.settings.where('officeId').equals(officeId).toArray();
  const merged: Record<string, unknown> = { ...defaultOfficeSettings };
  for (const s of stored) {
    const candidate = { ...merged, [s.key]: s.value };
    if (OfficeSettingsSchema.safeParse(candidate).success) merged[s.key] = s.value;
  }
  return OfficeSettingsSchema.parse(merged);
}

export async function updateOfficeSettings(repo: Repo, session: Session, patch: Partial<OfficeSettings>): Promise<OfficeSettings> {
  const valid = parseOrThrow(OfficeSettingsSchema.partial().strict(), patch);
  await write(repo, 'settings.update', async (tx) => {
    const actor = await tx.requireActor(session, 'settings.update');
    for (const [key, value] of Object.entries(valid)) {
      await tx.put('settings', { id: `${actor.officeId}:${key}`, officeId: actor.officeId, key, value });
    }
  });
  return getOfficeSettings(repo.db, session.officeId);
}
