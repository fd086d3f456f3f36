import { Box, Container, Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The frame of the screens outside the app shell: setup, sign-in, lock, forced password change. */
export function StandaloneLayout({ children, width = 460 }: { children: ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.1">
      <Group component="header" justify="space-between" px="md" py="sm" bg="white" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <div>
          <Text fw={700} size="lg">
            {t('appName')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('tagline')}
          </Text>
        </div>
        <LanguageSwitcher />
      </Group>
      <Container component="main" size={width} py="xl">
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
