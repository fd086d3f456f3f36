import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { ErrorText, toErrorData } from './ErrorText';

export function notifySuccess(message: ReactNode): void {
  notifications.show({ color: 'green', message, autoClose: 4000 });
}

export function notifyError(error: unknown): void {
  notifications.show({ color: 'red', message: <ErrorText error={toErrorData(error)} />, autoClose: 8000 });
}
