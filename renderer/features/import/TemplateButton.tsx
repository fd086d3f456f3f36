import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';
import { saveWorkbook } from '../../components/saveWorkbook';

/** Saves an empty sheet with the columns the import reads, made when clicked (in the language then active). */
export function TemplateButton({ workbook, children }: { workbook: () => ExportWorkbookRequest; children: ReactNode }) {
  const { t } = useTranslation('people');
  return (
    <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} onClick={() => void saveWorkbook(workbook(), (fileName) => t('employees.exported', { fileName }))}>
      {children}
    </Button>
  );
}
