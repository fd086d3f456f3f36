import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buildEvaluationDocument, evaluationDocumentFileName, type EvaluationDocumentTranslate } from '../../../shared/evaluation/document';
import { defaultLanguage, type Language } from '../../../shared/languages';
import { periodsWithin } from '../../../shared/monitoring/periods';
import { useRepo } from '../../app/RepoContext';
import { ErrorText } from '../../components/ErrorText';
import { FullPageLoader } from '../../components/FullPageLoader';
import { ratingView } from '../../db/evaluation/ratingView';
import { useSignedInSession } from '../auth/session';
import { DocumentFrame, localToday } from '../documents/DocumentFrame';
import { useDocumentSource } from '../documents/useDocumentSource';
import { EvaluationDocumentView } from './EvaluationDocumentView';

/**
 * The Dokumen Evaluasi Kinerja Pegawai of one SKP and period, to read, print and save as PDF:
 * what the rating screen shows (ratingView, under the same rules), in the official layout.
 */
export function EvaluationDocumentPage() {
  const { skpId = '', periodKey = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const { t, i18n } = useTranslation('evaluationDocument');
  const state = useDocumentSource(() => ratingView(repo, session, skpId, periodKey), [skpId, periodKey]);
  const [language, setLanguage] = useState<Language>(defaultLanguage);

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
