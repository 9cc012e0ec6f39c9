import { useState, type ReactNode } from 'react';
import { Button, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import type { AdminForm } from '../shared/use-admin-form.ts';

interface ItemDrawerFormProps<Values extends Record<string, unknown> & { name: string }> {
  /** What `useAdminForm` returned. */
  admin: AdminForm<Values>;
  onDone: () => void;
  submitLabel: string;
  nameLabel: string;
  /** Deletes the item being edited; no "Delete" button without it. */
  remove?: () => Promise<void>;
  /** Lists to refetch after a delete. */
  invalidate: readonly QueryKey[];
  deletedMessage: string;
  children: ReactNode;
}

/**
 * The drawer form of a named admin item (calendar, SLA policy, rule): its name first, the
 * item's own fields, then Delete (when editing), Cancel and Save.
 */
export function ItemDrawerForm<Values extends Record<string, unknown> & { name: string }>({
  admin,
  onDone,
  submitLabel,
  nameLabel,
  remove,
  invalidate,
  deletedMessage,
  children,
}: ItemDrawerFormProps<Values>) {
  const { form } = admin;
  return (
    <DrawerForm
      onSubmit={admin.onSubmit}
      onCancel={onDone}
      formError={admin.formError}
      saving={admin.saving}
      submitLabel={submitLabel}
      actions={
        remove && (
          <DeleteAction
            remove={remove}
            invalidate={invalidate}
            deletedMessage={deletedMessage}
            onDone={onDone}
          />
        )
      }
    >
      <TextInput
        label={nameLabel}
        withAsterisk
        autoComplete="off"
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      {children}
    </DrawerForm>
  );
}

/**
 * "Delete" in an admin drawer: a second click on the same button confirms (no dialog); refetches
 * `invalidate`, confirms quietly, or says why it failed. Used by calendars, SLA policies and rules.
 */
export function DeleteAction({
  remove,
  invalidate,
  deletedMessage,
  onDone,
}: {
  remove: () => Promise<void>;
  invalidate: readonly QueryKey[];
  deletedMessage: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [armed, setArmed] = useState(false);
  const mutation = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      notifications.show({ message: deletedMessage, color: 'teal' });
      onDone();
    },
    onError: (error) => notifications.show({ message: describe(error), color: 'red' }),
  });
  return (
    <Button
      color="red"
      variant={armed ? 'filled' : 'subtle'}
      mr="auto"
      loading={mutation.isPending}
      onClick={() => (armed ? mutation.mutate() : setArmed(true))}
      onBlur={() => setArmed(false)}
    >
      {armed ? t('admin.calendars.deleteConfirm') : t('admin.calendars.delete')}
    </Button>
  );
}
