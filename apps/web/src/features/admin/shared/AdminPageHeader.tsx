import type { ReactNode } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useDocumentTitle } from '../../shell/use-document-title.ts';

interface AdminPageHeaderProps {
  title: string;
  /** One sentence saying what this section configures. */
  description?: string;
  /** The "New …" button's label; no button without it. */
  newLabel?: string;
  onNew?: () => void;
  /** Anything else on the right, e.g. a filter. */
  extra?: ReactNode;
}

/** An admin page's heading (also the browser tab's title) with its "New …" button. */
export function AdminPageHeader({ title, description, newLabel, onNew, extra }: AdminPageHeaderProps) {
  useDocumentTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
      <Stack gap={2}>
        <Title order={1}>{title}</Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      <Group gap="sm" wrap="nowrap">
        {extra}
        {newLabel && onNew && (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onNew}>
            {newLabel}
          </Button>
        )}
      </Group>
    </Group>
  );
}
