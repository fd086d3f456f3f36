import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A number typed the way the reader writes it: "1.234,5" in Indonesian, "1,234.5" in English.
 * Empty is null (a draft may leave a target open), never zero.
 */
export function NumberField({ value, onChange, ...props }: Omit<NumberInputProps, 'value' | 'onChange'> & { value: number | null; onChange: (value: number | null) => void }) {
  const { i18n } = useTranslation();
  const indonesian = i18n.language !== 'en';
  return (
    <NumberInput
      decimalSeparator={indonesian ? ',' : '.'}
      thousandSeparator={indonesian ? '.' : ','}
      allowNegative={false}
      hideControls
      {...props}
      value={value ?? ''}
      onChange={(v) => onChange(v === '' || v === null || v === undefined ? null : typeof v === 'number' ? v : Number.isFinite(Number(v)) ? Number(v) : null)}
    />
  );
}
