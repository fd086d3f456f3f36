import type { z } from 'zod';
import { AppError, type AppErrorData } from './errors';

/** Our own codes look like `nip.birthDateInvalid`; zod's default messages are English prose. */
const OWN_CODE = /^[a-z]+(\.[a-zA-Z]+)+$/;

/**
 * Turns a zod issue into an error value with a translation key, so that a form, an import
 * report and an API answer all say the same thing in the user's language.
 */
export function issueToError(issue: z.core.$ZodIssue): AppErrorData {
  const field = issue.path.map(String).join('.') || undefined;
  const withField = (data: AppErrorData): AppErrorData => (field ? { ...data, field } : data);
  if (OWN_CODE.test(issue.message)) {
    const params: Record<string, number> = {};
    if ('minimum' in issue) params.min = Number(issue.minimum);
    if ('maximum' in issue) params.max = Number(issue.maximum);
    return withField({ code: issue.message, params });
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return withField(Number(issue.minimum) <= 1 ? { code: 'field.required' } : { code: 'field.tooShort', params: { min: Number(issue.minimum) } });
      }
      if (issue.origin === 'array' || issue.origin === 'set') return withField({ code: 'field.chooseAtLeast', params: { min: Number(issue.minimum) } });
      return withField({ code: 'field.tooSmall', params: { min: Number(issue.minimum) } });
    case 'too_big':
      if (issue.origin === 'string') return withField({ code: 'field.tooLong', params: { max: Number(issue.maximum) } });
      return withField({ code: 'field.tooLarge', params: { max: Number(issue.maximum) } });
    case 'invalid_type':
      return withField({ code: issue.input === undefined || issue.input === null ? 'field.required' : 'field.invalid' });
    default:
      return withField({ code: 'field.invalid' });
  }
}

/** Parses or throws the first problem as an AppError (for services and the repository). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const first = issueToError(result.error.issues[0]!);
  throw AppError.fromData(first);
}

/** Every problem, keyed by field (first problem per field wins), for forms. */
export function fieldErrors(error: z.ZodError): Record<string, AppErrorData> {
  const out: Record<string, AppErrorData> = {};
  for (const issue of error.issues) {
    const data = issueToError(issue);
    const key = data.field ?? '';
    if (!(key in out)) out[key] = data;
  }
  return out;
}
