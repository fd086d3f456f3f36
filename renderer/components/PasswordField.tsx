import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useId } from 'react';

/**
 * Mantine's PasswordInput does not tie its error and description to the input (withAria is
 * off for it), so a screen reader would not announce "wrong password" on the field. This
 * adds the same aria-invalid / aria-describedby that TextInput has.
 */
export function PasswordField(props: PasswordInputProps) {
  const generated = useId();
  const id = props.id ?? generated;
  const describedBy = [props.error ? `${id}-error` : null, props.description ? `${id}-description` : null].filter(Boolean).join(' ');
  return <PasswordInput {...props} id={id} aria-invalid={props.error ? true : undefined} aria-describedby={describedBy || undefined} />;
}
