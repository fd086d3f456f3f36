import type { UseFormReturnType } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { fieldErrors } from '../../shared/validation';
import type { AppErrorData } from '../../shared/errors';
import { ErrorText, toErrorData } from './ErrorText';

/** Mantine form validation from a shared zod schema; messages are translated error values. */
export function zodValidate<S extends z.ZodType>(schema: S) {
  return (values: unknown): Record<string, ReactNode> => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    return Object.fromEntries(
      Object.entries(fieldErrors(result.error)).map(([field, error]) => [field, <ErrorText key={field} error={error} />]),
    );
  };
}

/**
 * Shows an error from the repository: on its field when it names one the form has, else
 * returned for the form-level alert.
 */
export function showSubmitError<V>(form: UseFormReturnType<V>, error: unknown, fieldPrefix = ''): AppErrorData | null {
  const data = toErrorData(error);
  const path = data.field ? `${fieldPrefix}${data.field}` : undefined;
  if (path && form.getInputProps(path).value !== undefined) {
    form.setFieldError(path, <ErrorText error={data} />);
    return null;
  }
  return data;
}

/**
 * The submit of a form that saves through the repository: busy while saving, the error on
 * its field or in the form-level alert, nothing else to write per form.
 */
export function useFormSubmit<V>(form: UseFormReturnType<V>, save: (values: V) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    try {
      await save(values);
    } catch (e) {
      setError(showSubmitError(form, e));
    } finally {
      setBusy(false);
    }
  });
  return { busy, error, submit, clearError: () => setError(null) };
}
