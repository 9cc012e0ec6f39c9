import type { ReactNode } from 'react';
import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../language/LanguageSwitch.tsx';
import { ThemeToggle } from '../theme/ThemeToggle.tsx';

interface AuthLayoutProps {
  title: string;
  children: ReactNode;
}

/** The frame of the pages before sign-in: a narrow card, with language and theme in the corner. */
export function AuthLayout({ title, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)">
      <Group justify="flex-end" p="md" gap="xs">
        <LanguageSwitch />
        <ThemeToggle />
      </Group>
      <Center component="main" pb="xl">
        <Stack w={380} gap="md">
          <Stack gap={2} align="center">
            <Text fw={700} size="xl" c="var(--mantine-color-indigo-light-color)" aria-hidden>
              {t('app.name')}
            </Text>
            <Text c="dimmed">{t('app.tagline')}</Text>
          </Stack>
          <Paper withBorder p="lg" radius="md">
            <Stack gap="md">
              <Title order={1} size="h2">
                {title}
              </Title>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
