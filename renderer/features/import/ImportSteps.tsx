import { Alert, Button, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Reading the file, then (when the page announces it) checking it; without a phase one bar for both. */
export function ReadingProgress({ fileName, phase }: { fileName: string; phase?: 'read' | 'check' }) {
  const { t } = useTranslation('people');
  const reading = t('import.reading', { fileName });
  return (
    <Stack gap={4}>
      <Text role="status">{phase === 'check' ? t('import.checking') : reading}</Text>
      <Progress value={phase === undefined ? 50 : phase === 'read' ? 40 : 80} animated aria-label={reading} />
    </Stack>
  );
}

export function WritingProgress({ label, written, total }: { label: string; written: number; total: number }) {
  return (
    <Stack gap={4}>
      <Text role="status">{label}</Text>
      <Progress value={(100 * written) / Math.max(total, 1)} aria-label={label} />
    </Stack>
  );
}

/** The plan under its title, then write it or go back; `nothingToDo` says why there is nothing to write. */
export function PreviewStep({
  title,
  children,
  nothingToDo,
  confirm,
  disabled,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  nothingToDo: string | false;
  confirm: string;
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('people');
  return (
    <>
      <Title order={2} size="h3">
        {title}
      </Title>
      {children}
      {nothingToDo && <Text role="status">{nothingToDo}</Text>}
      <Group>
        <Button onClick={onConfirm} disabled={disabled}>
          {confirm}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('import.cancel')}
        </Button>
      </Group>
    </>
  );
}

/** What was written, and where to go next besides importing another file. */
export function DoneStep({ message, onAnother, children }: { message: string; onAnother: () => void; children: ReactNode }) {
  const { t } = useTranslation('people');
  return (
    <Stack>
      <Alert color="green" variant="light" role="status">
        {message}
      </Alert>
      <Group>
        <Button onClick={onAnother}>{t('import.another')}</Button>
        {children}
      </Group>
    </Stack>
  );
}
