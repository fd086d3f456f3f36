import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buildEvaluationDocument, evaluationDocumentFileName, type EvaluationDocumentTranslate } from '../../../shared/evaluation/document';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { defaultLanguage, type Language } from '../../../shared/languages';
import { periodsWithin } from '../../../shared/monitoring/periods';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { FullPageLoader } from '../../components/FullPageLoader';
import { ratingView, type RatingView } from '../../db/evaluation/ratingView';
import { getOffice } from '../../db/office';
import type { OfficeRecord } from '../../db/records';
import { useSignedInSession } from '../auth/session';
import { DocumentFrame, localToday } from '../documents/DocumentFrame';
import { EvaluationDocumentView } from './EvaluationDocumentView';

type LoadState = { kind: 'loading' } | { kind: 'loaded'; view: RatingView; office: OfficeRecord } | { kind: 'failed'; error: AppErrorData };

/**
 * The Dokumen Evaluasi Kinerja Pegawai of one SKP and period, to read, print and save as PDF:
 * what the rating screen shows (ratingView, under the same rules), in the official layout.
 */
export function EvaluationDocumentPage() {
  const { skpId = '', periodKey = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const { t, i18n } = useTranslation('evaluationDocument');
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [language, setLanguage] = useState<Language>(defaultLanguage);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    Promise.all([ratingView(repo, session, skpId, periodKey), getOffice(repo.db, session.officeId)]).then(
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
  }, [repo, session, skpId, periodKey]);

  const document = useMemo(() => {
    if (state.kind !== 'loaded' || !state.view.evaluation) return undefined;
    const { view, office } = state;
    const fixed = i18n.getFixedT(language, 'evaluationDocument');
    const translate: EvaluationDocumentTranslate = (key, params) => fixed(key, params);
    return buildEvaluationDocument(
      {
        skp: view.skp,
        evaluation: view.evaluation!,
        periods: periodsWithin(view.skp.periodStart, view.skp.periodEnd, view.rules.rhythm),
        capPercent: view.rules.capPercent,
        realisations: view.realisations,
        feedback: view.feedback,
        orgResult: view.orgResult,
        distribution: view.distribution?.distribution ?? null,
      },
      { language, t: translate, office, today: localToday() },
    );
  }, [state, language, i18n]);

  const back = { to: `/evaluation/${skpId}/${periodKey}`, label: t('page.back') };
  if (state.kind === 'loading') return <FullPageLoader />;
  if (state.kind === 'failed' || !document) {
    return (
      <Stack>
        <Title order={1}>{t('page.title')}</Title>
        <Alert color={state.kind === 'failed' ? 'red' : 'gray'} role="alert">
          {state.kind === 'loaded' ? (
            t('page.noEvaluation')
          ) : ['skp.notFound', 'auth.forbidden', 'evaluation.notFound'].includes(state.error.code) ? (
            t('page.notFound')
          ) : (
            <ErrorText error={state.error} />
          )}
        </Alert>
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      </Stack>
    );
  }
  const { skp, evaluation } = state.view;

  return (
    <DocumentFrame
      title={t('page.title')}
      back={back}
      language={language}
      onLanguage={setLanguage}
      fileName={evaluationDocumentFileName('Evaluasi', periodKey, skp.snapshot.employee.name)}
      notices={evaluation?.status !== 'final' && <Alert color="orange">{t('page.draft')}</Alert>}
    >
      <EvaluationDocumentView document={document} />
    </DocumentFrame>
  );
}
