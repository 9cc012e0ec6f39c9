import { ActionIcon, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';

/**
 * Up/down buttons that move an item of an ordered admin list (SLA policies, automation rules)
 * by one place: `move(index)` saves the new position, then the list is fetched again.
 */
export function MoveButtons({
  name,
  index,
  count,
  move,
  listKey,
}: {
  name: string;
  index: number;
  count: number;
  move: (to: number) => Promise<unknown>;
  listKey: QueryKey;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: move,
    onSettled: () => queryClient.invalidateQueries({ queryKey: listKey }),
    onError: (error) => notifications.show({ message: describe(error), color: 'red' }),
  });
  return (
    <Group gap={2} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        disabled={index === 0 || mutation.isPending}
        aria-label={t('admin.slaPolicies.moveUp', { name })}
        onClick={() => mutation.mutate(index - 1)}
      >
        <IconArrowUp size={14} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="sm"
        disabled={index === count - 1 || mutation.isPending}
        aria-label={t('admin.slaPolicies.moveDown', { name })}
        onClick={() => mutation.mutate(index + 1)}
      >
        <IconArrowDown size={14} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
