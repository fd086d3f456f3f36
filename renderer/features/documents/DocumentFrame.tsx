import { Alert, Anchor, Button, Group, Select, Stack, Title } from '@mantine/core';
import { IconArrowLeft, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AppInfo } from '../../../shared/api';
import { AppError } from '../../../shared/errors';
import { isLanguage, languages, type Language } from '../../../shared/languages';
import { notifyError, notifySuccess } from '../../components/notify';
import { api } from '../../platform/api';
import classes from './DocumentFrame.module.css';

/** Today as the calendar date on this PC (not UTC: at 06:00 in Waingapu it is still yesterday in UTC). */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The page around a printed document: back link, title, the document's language (Indonesian
 * unless the person picks English for this document; the app's own language does not change
 * it), Print and Save as PDF, then the sheet on a grey desk. Only the sheet is printed.
 * Electron saves the PDF itself (`printToPdf`); in the browser its print dialog does.
 */
export function DocumentFrame(props: { title: string; back: { to: string; label: string }; language: Language; onLanguage: (language: Language) => void; fileName: string; notices?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation(['skpDocument', 'common']);
  const [host, setHost] = useState<AppInfo['host'] | undefined>();
  const [saving, setSaving] = useState(false);

  useEffect(() => void api.appInfo(undefined).then((info) => setHost(info.host), notifyError), []);

  const savePdf = async () => {
    // The browser's print dialog is its own "save as PDF"; only Electron prints to a file itself.
    if (host === 'web') return window.print();
    setSaving(true);
    try {
      const result = await api.printToPdf({ suggestedName: props.fileName });
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
          <Anchor component={Link} to={props.back.to} className={classes.back}>
            <IconArrowLeft size={16} aria-hidden /> {props.back.label}
          </Anchor>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={1}>{props.title}</Title>
            <Group align="flex-end" wrap="wrap">
              <Select
                label={t('page.language')}
                data={languages.map((l) => ({ value: l, label: t(`common:language.${l}`) }))}
                value={props.language}
                onChange={(value) => isLanguage(value) && props.onLanguage(value)}
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
          {props.notices}
        </Stack>
      </div>
      <div className={classes.paper}>{props.children}</div>
    </Stack>
  );
}
