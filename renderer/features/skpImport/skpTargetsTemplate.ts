import type { TFunction } from 'i18next';
import { defaultLanguage, isLanguage } from '../../../shared/languages';
import { targetFields, targetTemplateColumns } from '../../../shared/skp/import/headers';
import type { ExportWorkbookRequest } from '../../../shared/spreadsheet';

/**
 * An empty targets sheet with the headers in the active language (the importer reads both),
 * and a guide sheet saying how each column is filled in. The importer skips the guide: it has
 * no NIP/RHK/IKI header row.
 */
export function skpTargetsTemplate(t: TFunction<'skpImport'>, language: string, year: number): ExportWorkbookRequest {
  const lang = isLanguage(language) ? language : defaultLanguage;
  const columns = targetTemplateColumns(lang);
  return {
    suggestedName: `${t('templateFileName', { year })}.xlsx`,
    sheets: [
      { name: t('templateSheet'), title: t('templateTitle', { year }), columns, rows: [] },
      {
        name: t('guide.sheet'),
        title: t('templateTitle', { year }),
        columns: [
          { key: 'column', header: t('guide.column'), width: 36, type: 'text' },
          { key: 'howTo', header: t('guide.howTo'), width: 80, type: 'text' },
        ],
        rows: targetFields.map((field) => ({ column: columns.find((c) => c.key === field)?.header ?? field, howTo: t(`guide.${field}`) })),
      },
    ],
  };
}
