import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { ErrorText, toErrorData } from './ErrorText';

// The close button is an icon: it needs a name for screen readers.
const closeButtonProps = () => ({ 'aria-label': i18next.t('common:actions.close') });

/**
 * Notices on screen. A success is text translated when it was shown, so a switch of language
 * dismisses it (it only confirmed what the person just did); an error translates itself
 * (ErrorText) and stays, with its close button renamed.
 */
const shown = new Map<string, { kind: 'success' | 'error'; message: ReactNode }>();

function show(kind: 'success' | 'error', options: Parameters<typeof notifications.show>[0]): void {
  const id = notifications.show({ ...options, closeButtonProps: closeButtonProps(), onClose: () => shown.delete(id) });
  shown.set(id, { kind, message: options.message });
}

export function notifySuccess(message: ReactNode): void {
  // A success is announced politely (status); only errors interrupt (alert).
  show('success', { color: 'green', message, autoClose: 4000, role: 'status' });
}

export function notifyError(error: unknown): void {
  show('error', { color: 'red', message: <ErrorText error={toErrorData(error)} />, autoClose: 8000 });
}

i18next.on('languageChanged', () => {
  for (const [id, { kind, message }] of shown) {
    if (kind === 'success') notifications.hide(id);
    else notifications.update({ id, message, closeButtonProps: closeButtonProps() });
  }
});
