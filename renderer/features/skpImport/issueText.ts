import { useTranslation } from 'react-i18next';
import type { RowIssue } from '../../../shared/skp/import/plan';

/**
 * An issue as the preview lists it: a row's issue after the column it is about (the header as
 * the file writes it, or the field's name when the file lacks the column), "Target: “-3” is
 * negative…"; the table beside it shows the row.
 */
export function useIssueText(): (issue: RowIssue) => string {
  const { t } = useTranslation(['skpImport', 'people']);
  return (issue) => {
    const text = String(t(issue.code as never, { ...issue.params } as never));
    const field = issue.params?.field;
    const column = issue.column ?? (issue.rowNumber !== null && typeof field === 'string' ? String(t(`fields.${field}` as never)) : null);
    return column ? `${column}: ${text}` : text;
  };
}
