import { Alert, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { getDocument, GlobalWorkerOptions, RenderingCancelledException, VerbosityLevel, type PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
// The bundled worker's own URL under /assets: same origin as the app (CSP worker-src 'self').
import workerUrl from './pdfWorker?worker&url';

GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * A stored PDF drawn page by page inside the app with pdf.js, one page at a time (a document of
 * hundreds of pages costs no more than one). Loaded lazily: pdf.js stays out of the main bundle.
 */
export default function PdfPages({ bytes, name }: { bytes: Uint8Array; name: string }) {
  const { t } = useTranslation('monitoring');
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [failed, setFailed] = useState(false);
  const [pageNumber, setPageNumber] = useState(1);
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    setPdf(null);
    setFailed(false);
    setPageNumber(1);
    // pdf.js takes the buffer it is given: hand it a copy. No eval: the CSP has no 'unsafe-eval'.
    const task = getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: VerbosityLevel.ERRORS });
    let live = true;
    task.promise.then(
      (loaded) => live && setPdf(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      void task.destroy(); // also ends its worker
    };
  }, [bytes]);

  useEffect(() => {
    const target = canvas.current;
    if (!pdf || !target) return;
    let render: ReturnType<Awaited<ReturnType<PDFDocumentProxy['getPage']>>['render']> | undefined;
    let live = true;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        if (!live) return;
        // The whole page in view, the buttons above and below it too: as wide as the modal
        // allows, no taller than 60% of the window.
        const width = box.current?.clientWidth || 720;
        const natural = page.getViewport({ scale: 1 });
        const fit = Math.min(width / natural.width, (window.innerHeight * 0.6) / natural.height);
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: fit * ratio });
        target.width = Math.floor(viewport.width);
        target.height = Math.floor(viewport.height);
        target.style.width = `${Math.floor(viewport.width / ratio)}px`;
        target.style.height = `${Math.floor(viewport.height / ratio)}px`;
        render = page.render({ canvas: target, viewport });
        await render.promise;
      } catch (error) {
        if (live && !(error instanceof RenderingCancelledException)) setFailed(true);
      }
    })();
    return () => {
      live = false;
      render?.cancel();
    };
  }, [pdf, pageNumber]);

  if (failed) {
    return (
      <Alert color="orange" variant="light">
        {t('evidence.pdfFailed')}
      </Alert>
    );
  }
  if (!pdf) {
    return (
      <Center mih={200}>
        <Loader aria-label={t('evidence.previewLoading')} />
      </Center>
    );
  }
  const total = pdf.numPages;
  return (
    <Stack gap="xs">
      <Group justify="center" gap="xs">
        <Button size="xs" variant="default" leftSection={<IconChevronLeft size={14} aria-hidden />} disabled={pageNumber <= 1} onClick={() => setPageNumber((n) => n - 1)}>
          {t('evidence.pagePrevious')}
        </Button>
        <Text size="sm" aria-live="polite">
          {t('evidence.pageOf', { page: pageNumber, total })}
        </Text>
        <Button size="xs" variant="default" rightSection={<IconChevronRight size={14} aria-hidden />} disabled={pageNumber >= total} onClick={() => setPageNumber((n) => n + 1)}>
          {t('evidence.pageNext')}
        </Button>
      </Group>
      <div ref={box} style={{ background: 'var(--mantine-color-gray-1)', border: '1px solid var(--mantine-color-gray-3)' }}>
        <canvas ref={canvas} role="img" aria-label={t('evidence.pageImage', { page: pageNumber, total, name })} style={{ display: 'block', margin: '0 auto', background: 'white' }} />
      </div>
    </Stack>
  );
}
