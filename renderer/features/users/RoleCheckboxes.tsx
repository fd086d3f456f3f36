import { Checkbox, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../shared/roles';

interface Props {
  value?: Role[];
  onChange: (value: Role[]) => void;
  error?: ReactNode;
}

export function RoleCheckboxes({ value = [], onChange, error }: Props) {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Checkbox.Group label={t('fields.roles')} withAsterisk value={value} onChange={(v) => onChange(v as Role[])} error={error}>
      <Stack gap="xs" mt={6}>
        {roles.map((role) => (
          <Checkbox key={role} value={role} label={t(`common:roles.${role}`)} description={t(`common:roleDescriptions.${role}`)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
