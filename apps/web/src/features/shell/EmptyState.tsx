import type { ReactNode } from 'react';
import { Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';

interface EmptyStateProps {
  icon: Icon;
  title: string;
  /** What will be here. */
  text?: string;
  /** What to do next. */
  next?: string;
  action?: ReactNode;
}

/** A calm placeholder: what this place is for and what to do now. */
export function EmptyState({ icon: Icon, title, text, next, action }: EmptyStateProps) {
  return (
    <Center py={64}>
      <Stack align="center" gap="xs" maw={520} ta="center">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
          <Icon size={26} stroke={1.5} />
        </ThemeIcon>
        <Title order={2}>{title}</Title>
        {text && <Text>{text}</Text>}
        {next && <Text c="dimmed">{next}</Text>}
        {action}
      </Stack>
    </Center>
  );
}
