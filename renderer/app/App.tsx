import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Repo } from '../db/repository';
import { isSetUp } from '../db/setup';
import { FullPageLoader } from '../components/FullPageLoader';
import { SessionProvider, useSession } from '../features/auth/session';
import { SignInPage } from '../features/auth/SignInPage';
import { SetupWizard } from '../features/setup/SetupWizard';
import { RepoProvider, useRepo } from './RepoContext';
import { SignedInApp } from './SignedInApp';
import { theme } from './theme';

export function App({ repo, styleNonce }: { repo: Repo; styleNonce: string }) {
  return (
    <MantineProvider theme={theme} getStyleNonce={() => styleNonce}>
      {/* Bottom left, over the navigation's empty foot: never over a dialog's or a form's buttons, which sit on the right. */}
      <Notifications position="bottom-left" />
      <RepoProvider repo={repo}>
        <SessionProvider>
          <Gate />
        </SessionProvider>
      </RepoProvider>
    </MantineProvider>
  );
}

/** Before setup only the wizard exists; before sign-in only the sign-in page. */
function Gate() {
  const repo = useRepo();
  const setUp = useLiveQuery(() => isSetUp(repo.db), [repo]);
  const { session } = useSession();
  if (setUp === undefined) return <FullPageLoader />;
  if (!setUp) return <SetupWizard />;
  if (!session) return <SignInPage />;
  return <SignedInApp session={session} />;
}
