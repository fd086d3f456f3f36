import { Button, Center, Group, Loader, Stack } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { evidenceTypes } from '../../../shared/monitoring/evidence';
import { AppModal } from '../../components/AppModal';

const PdfPages = lazy(() => import('./PdfPages'));

/** A bukti dukung file read back from this PC (its SHA-256 already checked). */
export interface EvidenceFile {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

const imageTypes = new Set(Object.values(evidenceTypes).map((type) => type.mimeType).filter((mimeType) => mimeType.startsWith('image/')));

/** What the app can show itself: the evidence image types and PDF; anything else opens outside. */
export function previewKind(mimeType: string): 'image' | 'pdf' | undefined {
  if (imageTypes.has(mimeType)) return 'image';
  return mimeType === 'application/pdf' ? 'pdf' : undefined;
}

function ImagePreview({ file }: { file: EvidenceFile }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    // A blob: URL of the stored bytes (CSP img-src allows blob:), let go when the preview closes.
    const objectUrl = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.mimeType }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [file]);
  if (!url) return null;
  return <img src={url} alt={file.name} style={{ display: 'block', maxWidth: '100%', maxHeight: '70vh', margin: '0 auto' }} />;
}

/**
 * A file shown inside the app, in a modal: an image as it is, a PDF page by page. A blob opened
 * in a new tab would be refused by the navigation policy; the button below hands the file to
 * another program instead.
 */
export function EvidencePreview({ file, onClose, onOpenOutside }: { file: EvidenceFile | null; onClose: () => void; onOpenOutside: (file: EvidenceFile) => void }) {
  const { t } = useTranslation('monitoring');
  const kind = file ? previewKind(file.mimeType) : undefined;
  return (
    <AppModal opened={file !== null} onClose={onClose} title={file?.name} size="xl">
      {file && (
        <Stack gap="sm">
          {kind === 'image' && <ImagePreview file={file} />}
          {kind === 'pdf' && (
            <Suspense
              fallback={
                <Center mih={200}>
                  <Loader aria-label={t('evidence.previewLoading')} />
                </Center>
              }
            >
              <PdfPages bytes={file.bytes} name={file.name} />
            </Suspense>
          )}
          <Group justify="flex-end">
            <Button variant="light" leftSection={<IconExternalLink size={16} aria-hidden />} onClick={() => onOpenOutside(file)}>
              {t('evidence.openOutside')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );
}
