import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconDeviceFloppy, IconExternalLink, IconEye, IconFileUpload, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useDropzone } from 'react-dropzone';
import { useTranslation } from 'react-i18next';
import { hasSavedFileExtension, savedFileExtensions } from '../../../shared/api';
import type { AppErrorData } from '../../../shared/errors';
import { useRepo } from '../../app/RepoContext';
import { toErrorData } from '../../components/ErrorText';
import { FormAlert } from '../../components/FormAlert';
import { notifyError, notifySuccess } from '../../components/notify';
import { addEvidenceFile, addEvidenceLink, readEvidenceFile, removeEvidence } from '../../db/monitoring/evidence';
import type { EvidenceRecord } from '../../db/records';
import { useFormat } from '../../i18n/format';
import { api } from '../../platform/api';
import { useSignedInSession } from '../auth/session';
import { EvidencePreview, previewKind, type EvidenceFile } from './EvidencePreview';

interface Where {
  skpId: string;
  ikiId: string;
  periodKey: string;
}

/**
 * Every type a bukti dukung file may have is one the app saves (shared/api.ts takes them from
 * shared/monitoring/evidence.ts); a record synced from a newer version with a type this one does
 * not know yet is shown without the button.
 */
const isSavable = (mimeType: string) => savedFileExtensions(mimeType) !== undefined;
/** A name the save dialog accepts: no folders or characters Windows forbids, with its extension. */
const safeName = (name: string, mimeType: string) => {
  const base = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 100) || 'bukti';
  return hasSavedFileExtension(base, mimeType) ? base : `${base}.${savedFileExtensions(mimeType)?.[0] ?? ''}`;
};

/**
 * Bukti dukung of one IKI in one period: files kept on this PC (images and PDFs shown in the
 * app, any file opened in another program or saved out as a copy, since a blob opened in a new
 * tab is refused by the app's navigation policy) and links (opened outside the app). While the
 * period is open, the employee adds and removes them.
 */
export function EvidenceList({ where, items, editable, ikiText, maxMb }: { where: Where; items: EvidenceRecord[]; editable: boolean; ikiText: string; maxMb: number }) {
  const { t } = useTranslation('monitoring');
  const repo = useRepo();
  const session = useSignedInSession();
  const format = useFormat();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [linkName, setLinkName] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<EvidenceFile | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(toErrorData(e));
    } finally {
      setBusy(false);
    }
  };
  const addFile = (file: File) =>
    run(async () => {
      await addEvidenceFile(repo, session, where, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      notifySuccess(t('evidence.added', { name: file.name }));
    });
  const addLink = () =>
    run(async () => {
      await addEvidenceLink(repo, session, where, { name: linkName, url });
      setLinkName('');
      setUrl('');
      notifySuccess(t('evidence.added', { name: linkName.trim() || url.trim() }));
    });
  const remove = (item: EvidenceRecord) =>
    run(async () => {
      await removeEvidence(repo, session, item.id);
      notifySuccess(t('evidence.removed', { name: item.name }));
    });
  const saveCopy = async (item: EvidenceRecord) => {
    try {
      const file = await readEvidenceFile(repo, session, item.id);
      if (!isSavable(file.mimeType)) return;
      // The bytes exactly as stored (the read checked their hash), never re-encoded.
      const result = await api.saveFile({ suggestedName: safeName(file.name, file.mimeType), mimeType: file.mimeType, bytes: new Uint8Array(file.bytes) });
      if (result.saved) notifySuccess(t('evidence.copySaved', { name: result.fileName ?? file.name }));
    } catch (e) {
      notifyError(e);
    }
  };

  /** In another program (Electron), or as a download the browser opens (web host). */
  const openOutside = async (file: EvidenceFile) => {
    try {
      const result = await api.openFile({ suggestedName: safeName(file.name, file.mimeType), mimeType: file.mimeType, bytes: new Uint8Array(file.bytes) });
      if (result.downloadUrl) notifySuccess(t('evidence.openDownloaded', { name: result.fileName ?? file.name }));
      else if (result.opened) notifySuccess(t('evidence.openedOutside', { name: result.fileName ?? file.name }));
    } catch (e) {
      notifyError(e);
    }
  };
  /** Images and PDFs in the app; any other type straight in another program. */
  const open = async (item: EvidenceRecord) => {
    try {
      // The same read as a saved copy: a file missing or changed on this PC is named, not shown.
      const file = await readEvidenceFile(repo, session, item.id);
      if (!isSavable(file.mimeType)) return;
      if (previewKind(file.mimeType)) setPreview(file);
      else await openOutside(file);
    } catch (e) {
      notifyError(e);
    }
  };

  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    multiple: false,
    disabled: !editable || busy,
    // No type filter: the repository checks what the file really is and says why it refuses it.
    onDrop: (files) => files[0] && void addFile(files[0]),
  });

  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        {t('evidence.title')}
      </Text>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evidence.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('evidence.listOf', { iki: ikiText })}>
          {items.map((item) => (
            <Group key={item.id} component="li" gap="xs" wrap="nowrap" justify="space-between">
              {item.kind === 'link' ? (
                <Anchor href={item.url} target="_blank" rel="noopener noreferrer" size="sm">
                  <Group gap={4} wrap="nowrap">
                    <IconExternalLink size={14} aria-hidden />
                    {item.name}
                  </Group>
                </Anchor>
              ) : (
                <Group gap={6} wrap="nowrap">
                  <IconPaperclip size={14} aria-hidden />
                  <Text size="sm">{item.name}</Text>
                  <Text size="xs" c="dimmed">
                    {format.bytes(item.size)}
                  </Text>
                </Group>
              )}
              <Group gap={4} wrap="nowrap">
                {item.kind === 'file' &&
                  (isSavable(item.mimeType) ? (
                    <>
                      <Button size="compact-xs" variant="light" leftSection={<IconEye size={14} aria-hidden />} onClick={() => void open(item)} aria-label={t('evidence.openOf', { name: item.name })}>
                        {t('evidence.open')}
                      </Button>
                      <Button size="compact-xs" variant="light" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => void saveCopy(item)} aria-label={t('evidence.saveCopyOf', { name: item.name })}>
                        {t('evidence.saveCopy')}
                      </Button>
                    </>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('evidence.noCopy')}
                    </Text>
                  ))}
                {editable && (
                  <Tooltip label={t('evidence.removeOf', { name: item.name })}>
                    <ActionIcon variant="subtle" color="red" onClick={() => void remove(item)} aria-label={t('evidence.removeOf', { name: item.name })} disabled={busy}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <FormAlert error={error} />
      <EvidencePreview file={preview} onClose={() => setPreview(null)} onOpenOutside={(file) => void openOutside(file)} />
      {editable && (
        <Group align="flex-start" grow preventGrowOverflow={false}>
          <Paper withBorder p="sm" {...getRootProps()} style={{ borderStyle: 'dashed', cursor: 'pointer', background: isDragActive ? 'var(--mantine-color-indigo-0)' : undefined }}>
            <input {...getInputProps()} aria-label={t('evidence.addFileFor', { iki: ikiText })} />
            <Group gap="xs" wrap="nowrap">
              <IconFileUpload size={24} aria-hidden color="var(--mantine-color-indigo-8)" />
              <Stack gap={0}>
                <Text size="sm" fw={600}>
                  {t('evidence.addFile')}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('evidence.fileHint', { maxMb })}
                </Text>
              </Stack>
            </Group>
          </Paper>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void addLink();
            }}
          >
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TextInput size="xs" label={t('evidence.linkName')} value={linkName} onChange={(e) => setLinkName(e.currentTarget.value)} aria-label={t('evidence.linkNameFor', { iki: ikiText })} maxLength={200} />
              <TextInput size="xs" label={t('evidence.linkUrl')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} aria-label={t('evidence.linkUrlFor', { iki: ikiText })} placeholder="https://" />
              <Button size="xs" type="submit" variant="light" loading={busy}>
                {t('evidence.addLink')}
              </Button>
            </Group>
          </form>
        </Group>
      )}
    </Stack>
  );
}
