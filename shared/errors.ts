/**
 * Errors are values: a code that names an i18n key in the `errors` namespace, plus the
 * parameters the message needs. The same error then reads right in Indonesian and English,
 * in the UI, in an import report and across IPC/HTTP (where only plain data crosses).
 */
export type ErrorParams = Record<string, string | number>;

export interface AppErrorData {
  code: string;
  params?: ErrorParams;
  /** The form field or import column the error is about, when there is one. */
  field?: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly params: ErrorParams;
  readonly field: string | undefined;

  constructor(code: string, params: ErrorParams = {}, field?: string) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
    this.field = field;
  }

  toData(): AppErrorData {
    return { code: this.code, params: this.params, ...(this.field ? { field: this.field } : {}) };
  }

  static fromData(data: AppErrorData): AppError {
    return new AppError(data.code, data.params ?? {}, data.field);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** What every API call answers: a value, or an error as data (errors lose their class over IPC). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
