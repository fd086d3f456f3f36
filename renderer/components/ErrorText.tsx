import { useTranslation } from 'react-i18next';
import { AppError, type AppErrorData } from '../../shared/errors';

/** An error value as data, whatever was thrown. Unexpected errors are logged and shown generically. */
export function toErrorData(error: unknown): AppErrorData {
  if (error instanceof AppError) return error.toData();
  console.error(error);
  return { code: 'unknown' };
}

/** Translates at render time, so a shown error follows a language switch. */
export function ErrorText({ error }: { error: AppErrorData }) {
  const { t } = useTranslation('errors');
  return <>{t(error.code as never, error.params as never)}</>;
}
