import type { TFunction } from 'i18next';
import type { AuditChange, AuditEntry } from '../../../shared/auditChain';

/** Identifiers mean nothing to a reader; the CSV keeps them, the screen does not. */
const technicalFields = new Set(['id', 'officeId']);

function showValue(value: unknown): string {
  if (value === undefined || value === null) return '–';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function describeChange(t: TFunction<'audit'>, change: AuditChange): string {
  const field = t(`fields.${change.field}` as never, { defaultValue: change.field });
  if (change.redacted) return `${field}: ${t('redacted')}`;
  if ('from' in change) return `${field}: ${showValue(change.from)} → ${showValue(change.to)}`;
  return `${field}: ${showValue(change.to)}`;
}

export function describeChanges(t: TFunction<'audit'>, entry: AuditEntry, forScreen: boolean): string[] {
  const changes = forScreen ? entry.changes.filter((c) => !technicalFields.has(c.field)) : entry.changes;
  const lines = changes.map((c) => describeChange(t, c));
  if (entry.details?.nip !== undefined) lines.unshift(t('details.nip', { nip: String(entry.details.nip) }));
  return lines;
}

export function actionLabel(t: TFunction<'audit'>, entry: AuditEntry): string {
  const action = t(`actions.${entry.action}` as never, { defaultValue: entry.action });
  return entry.entity ? `${action} (${t(`entities.${entry.entity}` as never, { defaultValue: entry.entity })})` : action;
}
