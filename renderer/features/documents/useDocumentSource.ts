import { useEffect, useState, type DependencyList } from 'react';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { getOffice } from '../../db/office';
import type { OfficeRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';

export type DocumentSource<V> = { kind: 'loading' } | { kind: 'loaded'; view: V; office: OfficeRecord } | { kind: 'failed'; error: AppErrorData };

/** A printed document's data with the office it is printed for, loaded once per `deps`; a late answer for old deps is dropped. */
export function useDocumentSource<V>(load: () => Promise<V>, deps: DependencyList): DocumentSource<V> {
  const repo = useRepo();
  const session = useSignedInSession();
  const [state, setState] = useState<DocumentSource<V>>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    Promise.all([load(), getOffice(repo.db, session.officeId)]).then(
      ([view, office]) => {
        if (!current) return;
        if (!office) setState({ kind: 'failed', error: toErrorData(new AppError('auth.sessionInvalid')) });
        else setState({ kind: 'loaded', view, office });
      },
      (error: unknown) => current && setState({ kind: 'failed', error: toErrorData(error) }),
    );
    return () => {
      current = false;
    };
    // `load` is rebuilt each render; `deps` say when its result changes.
  }, [repo, session, ...deps]);
  return state;
}
