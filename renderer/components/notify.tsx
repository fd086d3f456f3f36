import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { ErrorText, toErrorData } from './ErrorText';

// The close button is an icon: it needs a name for screen readers.
const closeButtonProps = () => ({ 'aria-label': i18next.t('common:actions.close') });

export function notifySuccess(message: ReactNode): void {
  // A success is announced politely (status); only errors interrupt (alert).
  notifications.show({ color: 'green', message, autoClose: 4000, role: 'status', closeButtonProps: closeButtonProps() });
}

export function notifyError(error: unknown): void {
  notifications.show({ color: 'red', message: <ErrorText error={toErrorData(error)} />, autoClose: 8000, closeButtonProps: closeButtonProps() });
}
