import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../../shared/roster/types';

/**
 * An issue as the SKP and realisations previews list it: a row's issue after the column it is
 * about (the header as the file writes it, or the field's name when the file lacks the column),
 * "Target: “-3” is negative…"; the table beside it shows the row. `ns` is where the codes and
 * `fields.*` names are.
 */
export function useColumnIssueText(ns: readonly ['skpImport', 'people'] | readonly ['realisationImport']): (issue: RowIssue) => string {
  const { t } = useTranslation(ns);
  return (issue) => {
    const text = String(t(issue.code as never, { ...issue.params } as never));
    const field = issue.params?.field;
    const column = issue.column ?? (issue.rowNumber !== null && typeof field === 'string' ? String(t(`fields.${field}` as never)) : null);
    return column ? `${column}: ${text}` : text;
  };
}
