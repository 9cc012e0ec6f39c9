import { useState } from 'react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useErrorMessage } from '../../../i18n/error-message.ts';

/** The button's texts, already translated: "Delete", "Click again to delete", "Deleted". */
export interface DeleteTexts {
  delete: string;
  confirm: string;
  deleted: string;
}

/** Deletes after a second click on the same button (no dialog); says why when it fails. */
export function DeleteButton({
  id,
  remove,
  listKey,
  onDone,
  texts,
}: {
  id: string;
  remove: (id: string) => Promise<void>;
  listKey: QueryKey;
  onDone: () => void;
  texts: DeleteTexts;
}) {
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [armed, setArmed] = useState(false);
  const mutation = useMutation({
    mutationFn: () => remove(id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: listKey });
      notifications.show({ message: texts.deleted, color: 'teal' });
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
      {armed ? texts.confirm : texts.delete}
    </Button>
  );
}
