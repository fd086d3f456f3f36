import { Group, Paper, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useDropzone } from 'react-dropzone';
import { useTranslation } from 'react-i18next';

const accept = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'application/vnd.ms-excel': ['.xls'],
  'application/vnd.oasis.opendocument.spreadsheet': ['.ods'],
  'text/csv': ['.csv'],
};

/**
 * Choose or drop one spreadsheet. The type filter only helps the file dialog: what the file
 * really is, is checked by the reader in the main process. `hint` replaces the roster's
 * limits-and-sources line for other imports.
 */
export function FileDrop({ onFile, disabled, hint }: { onFile: (file: File) => void; disabled?: boolean; hint?: string }) {
  const { t } = useTranslation('people');
  const { getRootProps, getInputProps, isDragActive } = useDropzone({
    accept,
    multiple: false,
    disabled,
    onDrop: (files) => files[0] && onFile(files[0]),
    // The reader refuses a wrong type with a message that names it; never drop a file silently.
    onDropRejected: (rejections) => rejections[0] && onFile(rejections[0].file),
  });
  return (
    <Paper
      withBorder
      p="xl"
      {...getRootProps()}
      style={{ borderStyle: 'dashed', borderWidth: 2, cursor: disabled ? 'default' : 'pointer', background: isDragActive ? 'var(--mantine-color-indigo-0)' : undefined }}
    >
      <input {...getInputProps()} aria-label={t('import.drop')} />
      <Group justify="center" gap="md" wrap="nowrap">
        <IconFileSpreadsheet size={40} aria-hidden color="var(--mantine-color-indigo-8)" />
        <Stack gap={2}>
          <Text fw={600}>{t('import.drop')}</Text>
          <Text size="sm" c="dimmed">
            {hint ?? t('import.dropHint')}
          </Text>
        </Stack>
      </Group>
    </Paper>
  );
}
