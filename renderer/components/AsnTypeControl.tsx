import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { asnTypes, type AsnType } from '../../shared/account';

/** PNS or PPPK, as two segments under a visible label (the NIP's rules depend on it). */
export function AsnTypeControl({ label, value, onChange, disabled }: { label: string; value: AsnType; onChange: (value: AsnType) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        disabled={disabled}
        data={asnTypes.map((type) => ({ value: type, label: t(`asnType.${type}`) }))}
        value={value}
        onChange={(next) => onChange(next as AsnType)}
      />
    </Stack>
  );
}
