import type { TFunction } from 'i18next';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';
import { rosterTemplateColumns } from '../../../shared/roster/columns';

/** An empty roster with the template's headers in the active language (the importer reads both). */
export function rosterTemplate(t: TFunction<['people', 'common']>, language: string): ExportWorkbookRequest {
  const lang = isLanguage(language) ? language : defaultLanguage;
  return {
    suggestedName: `${t('import.templateFileName')}.xlsx`,
    sheets: [{ name: t('employees.title').slice(0, 31), title: t('import.templateTitle'), columns: rosterTemplateColumns(lang), rows: [] }],
  };
}
