import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { defaultLanguage, type Language } from '../../../shared/languages';
import { buildSkpDocument, skpDocumentFileName, type SkpDocumentTranslate } from '../../../shared/skp/document';
import type { Rhk } from '../../../shared/skp/types';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { FullPageLoader } from '../../components/FullPageLoader';
import { getOffice } from '../../db/office';
import type { OfficeRecord, SkpRecord } from '../../db/records';
import { getSkp, leaderRhkTexts } from '../../db/skp/skps';
import { useSignedInSession } from '../auth/session';
import { DocumentFrame, localToday } from '../documents/DocumentFrame';
import { SkpDocumentView } from './SkpDocumentView';

interface Loaded {
  skp: SkpRecord;
  office: OfficeRecord;
  /** Texts of the leader RHK (or office IKU) the SKP's RHK intervene, by their id. */
  leaders: Map<string, string>;
}

type LoadState = { kind: 'loading' } | { kind: 'loaded'; data: Loaded } | { kind: 'failed'; error: AppErrorData };

const leaderKey = (rhk: Rhk) => (rhk.parent === null ? undefined : rhk.parent.kind === 'rhk' ? rhk.parent.rhkId : rhk.parent.ikuId);

/**
 * The Dokumen SKP of one SKP, to read, print and save as PDF. Indonesian unless the person
 * picks English for this document; the app's own language does not change it.
 */
export function SkpDocumentPage() {
  const { skpId = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const { t, i18n } = useTranslation('skpDocument');
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [language, setLanguage] = useState<Language>(defaultLanguage);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    (async () => {
      const skp = await getSkp(repo, session, skpId);
      const [office, leaders] = await Promise.all([getOffice(repo.db, session.officeId), leaderRhkTexts(repo, session, skp)]);
      if (!office) throw new AppError('auth.sessionInvalid');
      return { skp, office, leaders };
    })().then(
      (data) => current && setState({ kind: 'loaded', data }),
      (error: unknown) => current && setState({ kind: 'failed', error: toErrorData(error) }),
    );
    return () => {
      current = false;
    };
  }, [repo, session, skpId]);

  const document = useMemo(() => {
    if (state.kind !== 'loaded') return undefined;
    const { skp, office, leaders } = state.data;
    const fixed = i18n.getFixedT(language, 'skpDocument');
    const translate: SkpDocumentTranslate = (key, params) => fixed(key, params);
    return buildSkpDocument(skp, {
      language,
      t: translate,
      office,
      leaderRhkText: (rhk) => {
        const key = leaderKey(rhk);
        return key === undefined ? '' : (leaders.get(key) ?? '');
      },
      today: localToday(),
    });
  }, [state, language, i18n]);

  if (state.kind === 'loading') return <FullPageLoader />;
  if (state.kind === 'failed') {
    return (
      <Stack>
        <Title order={1}>{t('page.title')}</Title>
        <Alert color="red" role="alert">
          {state.error.code === 'skp.notFound' || state.error.code === 'auth.forbidden' ? t('page.notFound') : <ErrorText error={state.error} />}
        </Alert>
        <Anchor component={Link} to="/skp">
          {t('page.back')}
        </Anchor>
      </Stack>
    );
  }
  const { skp } = state.data;

  return (
    <DocumentFrame
      title={t('page.title')}
      back={{ to: `/skp/${skp.id}`, label: t('page.back') }}
      language={language}
      onLanguage={setLanguage}
      fileName={skpDocumentFileName(skp)}
      notices={skp.status !== 'approved' && skp.status !== 'closed' && <Alert color="orange">{t('page.draft')}</Alert>}
    >
      {document && <SkpDocumentView document={document} />}
    </DocumentFrame>
  );
}
