import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { evaluationDocumentFileName, type EvaluationDocumentTranslate } from '../../../shared/evaluation/document';
import { evaluationYearOf } from '../../../shared/evaluation/periods';
import { buildPenetapanDocument } from '../../../shared/evaluation/penetapanDocument';
import { defaultLanguage, type Language } from '../../../shared/languages';
import { useRepo } from '../../app/RepoContext';
import { ErrorText } from '../../components/ErrorText';
import { FullPageLoader } from '../../components/FullPageLoader';
import { penetapanView } from '../../db/evaluation/penetapanView';
import { useSignedInSession } from '../auth/session';
import { DocumentFrame, localToday } from '../documents/DocumentFrame';
import { useDocumentSource } from '../documents/useDocumentSource';
import { PenetapanDocumentView } from './PenetapanDocumentView';

/** The Penetapan Predikat Kinerja of one unit and period, to read, print and save as PDF. */
export function PenetapanDocumentPage() {
  const { unitId = '', periodKey = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const { t, i18n } = useTranslation('evaluationDocument');
  const state = useDocumentSource(() => penetapanView(repo, session, unitId, periodKey), [unitId, periodKey]);
  const [language, setLanguage] = useState<Language>(defaultLanguage);

  const document = useMemo(() => {
    if (state.kind !== 'loaded') return undefined;
    const { view, office } = state;
    const fixed = i18n.getFixedT(language, 'evaluationDocument');
    const translate: EvaluationDocumentTranslate = (key, params) => fixed(key, params);
    const finalised = view.members.flatMap((m) => (m.finalisedAt ? [m.finalisedAt] : [])).sort();
    return buildPenetapanDocument(
      { periodKey, unitName: view.unitName, orgResult: view.orgResult, members: view.members, official: view.official, lastFinalisedAt: finalised.at(-1) ?? null },
      { language, t: translate, office, today: localToday() },
    );
  }, [state, language, i18n, periodKey]);

  const year = evaluationYearOf(periodKey);
  const back = { to: year ? `/evaluation/org?year=${year}&period=${periodKey}` : '/evaluation/org', label: t('page.backOrg') };
  if (state.kind === 'loading') return <FullPageLoader />;
  if (state.kind === 'failed' || !document) {
    const code = state.kind === 'failed' ? state.error.code : '';
    return (
      <Stack>
        <Title order={1}>{t('page.penetapanTitle')}</Title>
        <Alert color="red" role="alert">
          {['auth.forbidden', 'evaluation.notOrgOfficial'].includes(code) ? t('page.penetapanNotFound') : state.kind === 'failed' && <ErrorText error={state.error} />}
        </Alert>
        <Anchor component={Link} to={back.to}>
          {back.label}
        </Anchor>
      </Stack>
    );
  }
  const { view } = state;

  return (
    <DocumentFrame
      title={t('page.penetapanTitle')}
      back={back}
      language={language}
      onLanguage={setLanguage}
      fileName={evaluationDocumentFileName('Penetapan Predikat', periodKey, view.unitName)}
      notices={
        <>
          {!view.orgResult && <Alert color="orange">{t('page.noResult')}</Alert>}
          {view.members.some((m) => !m.final) && <Alert color="orange">{t('page.penetapanDraft')}</Alert>}
        </>
      }
    >
      <PenetapanDocumentView document={document} />
    </DocumentFrame>
  );
}
