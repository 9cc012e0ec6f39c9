import type { ReactNode } from 'react';
import { Alert, Button, Drawer, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface AdminDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}

/** The side panel admin forms open in, from the right, over the list. */
export function AdminDrawer({ opened, onClose, title, children }: AdminDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size={460}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {children}
    </Drawer>
  );
}

interface DrawerFormProps {
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  formError: string | null;
  saving: boolean;
  submitLabel: string;
  children: ReactNode;
  /** Extra actions left of Save, e.g. "Deactivate". */
  actions?: ReactNode;
}

/** A form inside the drawer: the failure that fits no field on top, the fields, then the buttons. */
export function DrawerForm({
  onSubmit,
  onCancel,
  formError,
  saving,
  submitLabel,
  children,
  actions,
}: DrawerFormProps) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert" py="xs">
            {formError}
          </Alert>
        )}
        {children}
        <Group justify="flex-end" gap="sm" mt="sm">
          {actions}
          <Button variant="default" onClick={onCancel}>
            {t('admin.common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
