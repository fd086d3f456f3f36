import { Alert } from '@mantine/core';
import type { AppErrorData } from '../../shared/errors';
import { ErrorText } from './ErrorText';

/** A form-level error, announced to screen readers as it appears. */
export function FormAlert({ error }: { error: AppErrorData | null }) {
  if (!error) return null;
  return (
    <Alert color="red" role="alert" variant="light">
      <ErrorText error={error} />
    </Alert>
  );
}
