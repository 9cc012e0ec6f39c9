import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';

/** Deletes after a second click on the same button (no dialog); says why when it fails. */
export function DeleteButton({
  id,
  remove,
  listKey,
  onDone,
}: {
  id: string;
  remove: (id: string) => Promise<void>;
  listKey: QueryKey;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [armed, setArmed] = useState(false);
  const mutation = useMutation({
    mutationFn: () => remove(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: listKey });
      notifications.show({ message: t('cannedReplies.deleted'), color: 'teal' });
      onDone();
    },
    onError: (error) => notifications.show({ message: describe(error), color: 'red' }),
  });
  return (
    <Button
      color="red"
      variant={armed ? 'filled' : 'subtle'}
      loading={mutation.isPending}
      onClick={() => (armed ? mutation.mutate() : setArmed(true))}
      onBlur={() => setArmed(false)}
    >
      {armed ? t('cannedReplies.deleteConfirm') : t('cannedReplies.delete')}
    </Button>
  );
}
