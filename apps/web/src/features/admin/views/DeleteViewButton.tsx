import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { View } from '@kontakt/contracts';
import { qk } from '../../../api/query-keys.ts';
import { deleteView } from '../../../api/ticket-settings.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';

/** Deletes a shared view after a second click: it disappears for every agent. */
export function DeleteViewButton({ view, onDeleted }: { view: View; onDeleted: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteView(view.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: qk.views });
      notifications.show({ color: 'teal', message: t('admin.views.deleted', { name: view.name }) });
      onDeleted();
    },
    onError: (error) => notifications.show({ color: 'red', message: describe(error) }),
  });

  if (!confirming) {
    return (
      <Button variant="subtle" color="red" mr="auto" onClick={() => setConfirming(true)}>
        {t('admin.views.delete')}
      </Button>
    );
  }
  return (
    <Group gap="xs" mr="auto" wrap="nowrap">
      <Text size="sm">{t('admin.views.deleteConfirm')}</Text>
      <Button color="red" size="xs" loading={remove.isPending} onClick={() => remove.mutate()} autoFocus>
        {t('admin.views.deleteYes')}
      </Button>
      <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
        {t('admin.views.deleteNo')}
      </Button>
    </Group>
  );
}
