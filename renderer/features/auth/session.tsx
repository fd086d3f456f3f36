import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { SignedIn } from '../../db/accounts';
import type { Session } from '../../db/repository';

/** Why the app is locked: the idle timer ran out, or the person locked it themselves. */
export type LockReason = 'idle' | 'manual';

interface SessionState {
  session: Session | null;
  mustChangePassword: boolean;
  locked: LockReason | null;
}

interface SessionContextValue extends SessionState {
  start(signedIn: SignedIn): void;
  signOut(): void;
  lock(reason: LockReason): void;
  unlocked(): void;
  passwordChanged(): void;
}

const signedOut: SessionState = { session: null, mustChangePassword: false, locked: null };
const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The session lives in memory only: closing or reloading the app signs out, and nothing on
 * disk lets someone skip the password.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>(signedOut);
  const start = useCallback((s: SignedIn) => {
    setState({ session: { userId: s.userId, officeId: s.officeId }, mustChangePassword: s.mustChangePassword, locked: null });
  }, []);
  const signOut = useCallback(() => {
    // The next person starts at home, not on the page the last one left open.
    window.history.replaceState(null, '', '#/');
    setState(signedOut);
  }, []);
  const lock = useCallback((reason: LockReason) => setState((s) => (s.session ? { ...s, locked: reason } : s)), []);
  const unlocked = useCallback(() => setState((s) => ({ ...s, locked: null })), []);
  const passwordChanged = useCallback(() => setState((s) => ({ ...s, mustChangePassword: false })), []);
  const value = useMemo(() => ({ ...state, start, signOut, lock, unlocked, passwordChanged }), [state, start, signOut, lock, unlocked, passwordChanged]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** For pages that only render while someone is signed in. */
export function useSignedInSession(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedInSession while signed out');
  return session;
}
