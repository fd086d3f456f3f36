import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A page's title and one-line purpose, with its main actions on the right. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start">
      <div>
        <Title order={1}>{title}</Title>
        {intro && <Text>{intro}</Text>}
      </div>
      {actions}
    </Group>
  );
}
