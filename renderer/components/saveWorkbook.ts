import type { ReactNode } from 'react';
import type { ExportWorkbookRequest } from '../../shared/spreadsheet';
import { api } from '../platform/api';
import { notifyError, notifySuccess } from './notify';

/** Writes a styled workbook through the host's save dialog (or download) and tells the person how it went. */
export async function saveWorkbook(request: ExportWorkbookRequest, saved: (fileName: string) => ReactNode): Promise<void> {
  try {
    const result = await api.exportWorkbook(request);
    if (result.saved) notifySuccess(saved(result.fileName ?? ''));
  } catch (error) {
    notifyError(error);
  }
}
