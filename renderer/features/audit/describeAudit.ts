import type { TFunction } from 'i18next';
import type { AuditChange, AuditEntry } from '../../../shared/auditChain';
import { formatNip } from '../../../shared/nip';
import { changeList } from '../../db/repository';

type T = TFunction<['audit', 'common']>;

/** Identifiers mean nothing to a reader; the CSV keeps them, the screen does not. */
const technicalFields = new Set(['id', 'officeId', 'parentId', 'employeeId', 'appraiserId', 'previousId', 'nextId', 'skpId', 'rhkId', 'ikiId', 'authorId']);

/** Stored codes shown in words: a role code reads as the role's name, true as "Ya", 600000 as "600.000". */
function showValue(t: T, field: string, value: unknown, formatNumber: (n: number) => string, forScreen = true): string {
  if (value === undefined || value === null) return '–';
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.map((v) => showValue(t, field, v, formatNumber)).join(', ');
  if (typeof value === 'boolean') return t(value ? 'values.yes' : 'values.no');
  if (typeof value === 'number') return formatNumber(value);
  // A nested record (an SKP's RHK, a year's rules) as compact JSON, cut short for the screen; the CSV keeps it whole.
  if (typeof value === 'object') {
    const json = JSON.stringify(value);
    return forScreen && json.length > 160 ? `${json.slice(0, 159)}…` : json;
  }
  const text = String(value);
  if (field === 'nip') return formatNip(text);
  const key = {
    roles: `common:roles.${text}`,
    asnType: `common:asnType.${text}`,
    language: `common:language.${text}`,
    kind: `values.unitKind.${text}`,
    key: `values.settingKey.${text}`,
  }[field];
  return key ? t(key as never, { defaultValue: text }) : text;
}

export function describeChange(t: T, change: AuditChange, formatNumber: (n: number) => string, forScreen = true): string {
  const field = t(`fields.${change.field}` as never, { defaultValue: change.field });
  if (change.redacted) return `${field}: ${t('redacted')}`;
  const to = showValue(t, change.field, change.to, formatNumber, forScreen);
  if ('from' in change) return `${field}: ${showValue(t, change.field, change.from, formatNumber, forScreen)} → ${to}`;
  return `${field}: ${to}`;
}

export function describeChanges(t: T, entry: Pick<AuditEntry, 'changes' | 'details' | 'records'>, forScreen: boolean, formatNumber: (n: number) => string): string[] {
  // Thousands of records of an import do not fit a screen row; the CSV lists each one.
  if (entry.records && forScreen) return [t('batch', { count: entry.records.length })];
  const changes = forScreen ? entry.changes.filter((c) => !technicalFields.has(c.field)) : entry.changes;
  const lines = changes.map((c) => describeChange(t, c, formatNumber, forScreen));
  if (entry.details?.nip !== undefined) lines.unshift(t('details.nip', { nip: String(entry.details.nip) }));
  return lines;
}

/** A batch entry as one entry per record (same number, time and actor), for the CSV. */
export function expandRecords(entry: AuditEntry): AuditEntry[] {
  if (!entry.records) return [entry];
  return entry.records.map((r) => ({ ...entry, entityId: r.entityId, changes: changeList(r), records: undefined }));
}

export function actionLabel(t: T, entry: AuditEntry): string {
  const action = t(`actions.${entry.action}` as never, { defaultValue: entry.action });
  return entry.entity ? `${action} (${t(`entities.${entry.entity}` as never, { defaultValue: entry.entity })})` : action;
}
