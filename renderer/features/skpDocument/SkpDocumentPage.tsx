import { Alert, Anchor, Button, Group, Select, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AppInfo } from '../../../shared/api';
import { AppError, type AppErrorData } from '../../../shared/errors';
import { defaultLanguage, isLanguage, languages, type Language } from '../../../shared/languages';
import { buildSkpDocument, skpDocumentFileName, type SkpDocumentTranslate } from '../../../shared/skp/document';
import type { Rhk } from '../../../shared/skp/types';
import { useRepo } from '../../app/RepoContext';
import { ErrorText, toErrorData } from '../../components/ErrorText';
import { FullPageLoader } from '../../components/FullPageLoader';
import { notifyError, notifySuccess } from '../../components/notify';
import { getOffice } from '../../db/office';
import type { OfficeRecord, SkpRecord } from '../../db/records';
import { getSkp, leaderRhkTexts } from '../../db/skp/skps';
import { api } from '../../platform/api';
import { useSignedInSession } from '../auth/session';
import classes from './SkpDocumentPage.module.css';
import { SkpDocumentView } from './SkpDocumentView';

interface Loaded {
  skp: SkpRecord;
  office: OfficeRecord;
  /** Texts of the leader RHK (or office IKU) the SKP's RHK intervene, by their id. */
  leaders: Map<string, string>;
}

type LoadState = { kind: 'loading' } | { kind: 'loaded'; data: Loaded } | { kind: 'failed'; error: AppErrorData };

/** Today as the calendar date on this PC (not UTC: at 06:00 in Waingapu it is still yesterday in UTC). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const leaderKey = (rhk: Rhk) => (rhk.parent === null ? undefined : rhk.parent.kind === 'rhk' ? rhk.parent.rhkId : rhk.parent.ikuId);

/**
 * The Dokumen SKP of one SKP, to read, print and save as PDF. Indonesian unless the person
 * picks English for this document; the app's own language does not change it.
 */
export function SkpDocumentPage() {
  const { skpId = '' } = useParams();
  const repo = useRepo();
  const session = useSignedInSession();
  const { t, i18n } = useTranslation(['skpDocument', 'common']);
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [host, setHost] = useState<AppInfo['host'] | undefined>();
  const [saving, setSaving] = useState(false);

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

  useEffect(() => void api.appInfo(undefined).then((info) => setHost(info.host), notifyError), []);

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

  const savePdf = async () => {
    // The browser's print dialog is its own "save as PDF"; only Electron prints to a file itself.
    if (host === 'web') return window.print();
    setSaving(true);
    try {
      const result = await api.printToPdf({ suggestedName: skpDocumentFileName(skp) });
      if (result.saved) notifySuccess(t('page.saved', { fileName: result.fileName ?? '' }));
    } catch (error) {
      if (error instanceof AppError && error.code === 'pdf.useBrowserPrint') window.print();
      else notifyError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="md">
      <div className={classes.toolbar}>
        <Stack gap="xs">
          <Anchor component={Link} to={`/skp/${skp.id}`} className={classes.back}>
            <IconArrowLeft size={16} aria-hidden /> {t('page.back')}
          </Anchor>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={1}>{t('page.title')}</Title>
            <Group align="flex-end" wrap="wrap">
              <Select
                label={t('page.language')}
                data={languages.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
                value={language}
                onChange={(value) => isLanguage(value) && setLanguage(value)}
                allowDeselect={false}
                w={190}
                comboboxProps={{ withinPortal: false }}
              />
              <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
                {t('page.print')}
              </Button>
              <Button leftSection={<IconFileTypePdf size={18} aria-hidden />} onClick={() => void savePdf()} loading={saving} disabled={host === undefined}>
                {t('page.savePdf')}
              </Button>
            </Group>
          </Group>
          {host === 'web' && <Alert color="gray">{t('page.browserPrintHint')}</Alert>}
          {skp.status !== 'approved' && skp.status !== 'closed' && <Alert color="orange">{t('page.draft')}</Alert>}
        </Stack>
      </div>
      <div className={classes.paper}>{document && <SkpDocumentView document={document} />}</div>
    </Stack>
  );
}
