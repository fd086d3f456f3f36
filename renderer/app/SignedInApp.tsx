import { useIdle } from '@mantine/hooks';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { Language } from '../../shared/languages';
import { FullPageLoader } from '../components/FullPageLoader';
import { getOffice, getOfficeSettings } from '../db/office';
import type { Session } from '../db/repository';
import { ForcedPasswordChange } from '../features/auth/ForcedPasswordChange';
import { LockScreen } from '../features/auth/LockScreen';
import { useSession } from '../features/auth/session';
import { rememberDeviceLanguage } from '../i18n';
import { AppLayout } from './AppLayout';
import { AppRoutes } from './AppRoutes';
import { useRepo } from './RepoContext';

const LOADING = null;

export function SignedInApp({ session }: { session: Session }) {
  const repo = useRepo();
  const { mustChangePassword, locked, signOut } = useSession();
  const user = useLiveQuery(() => repo.db.users.get(session.userId), [repo, session.userId], LOADING);
  const office = useLiveQuery(() => getOffice(repo.db, session.officeId), [repo, session.officeId], LOADING);
  const settings = useLiveQuery(() => getOfficeSettings(repo.db, session.officeId), [repo, session.officeId]);

  useFollowLanguage(user?.language);
  // An account deactivated (or removed by a sync) while signed in ends the session.
  const userGone = user !== LOADING && (!user || !user.active);
  useEffect(() => {
    if (userGone) signOut();
  }, [userGone, signOut]);

  // Modals and menus live in portals outside the hidden tree below; styles.css hides them too.
  useEffect(() => {
    document.body.toggleAttribute('data-locked', locked !== null);
    return () => document.body.removeAttribute('data-locked');
  }, [locked]);

  if (!user || !office || !settings) return <FullPageLoader />;
  if (mustChangePassword) return <ForcedPasswordChange user={user} />;

  return (
    <>
      {locked ? <LockScreen user={user} reason={locked} idleMinutes={settings.idleLockMinutes} /> : <IdleLock minutes={settings.idleLockMinutes} />}
      {/* Hidden, not unmounted, while locked: half-typed forms survive the lock, and nothing is readable. */}
      <div hidden={locked !== null}>
        <HashRouter>
          <AppLayout user={user} office={office}>
            <AppRoutes user={user} />
          </AppLayout>
        </HashRouter>
      </div>
    </>
  );
}

function IdleLock({ minutes }: { minutes: number }) {
  const idle = useIdle(minutes * 60_000, { initialState: false });
  const { lock } = useSession();
  useEffect(() => {
    if (idle) lock('idle');
  }, [idle, lock]);
  return null;
}

function useFollowLanguage(language: Language | null | undefined) {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!language || i18n.language === language) return;
    void i18n.changeLanguage(language);
    rememberDeviceLanguage(language);
  }, [language, i18n]);
}
