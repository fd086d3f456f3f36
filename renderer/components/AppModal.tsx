import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A Mantine modal whose icon-only close button has a translated name for screen readers. */
export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal {...props} closeButtonProps={{ 'aria-label': t('actions.close'), ...props.closeButtonProps }} />;
}
