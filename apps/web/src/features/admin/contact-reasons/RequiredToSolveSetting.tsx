import { Alert, Skeleton, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getOrganization, updateOrganization } from '../../../api/organization.ts';
import { qk } from '../../../api/query-keys.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';

/** The organization setting "a contact reason must be chosen before a ticket is solved". */
export function RequiredToSolveSetting() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const organization = useQuery({ queryKey: qk.organization, queryFn: getOrganization });
  const save = useMutation({
    mutationFn: (required: boolean) =>
      updateOrganization({ settings: { contactReasonRequiredToSolve: required } }),
    onSuccess: (updated) => {
      queryClient.setQueryData(qk.organization, updated);
      notifications.show({ color: 'teal', message: t('admin.contactReasons.requiredSaved') });
    },
  });

  if (organization.isPending) return <Skeleton h={40} w={420} />;
  if (organization.isError) {
    return (
      <Alert color="red" role="alert" py="xs">
        {describe(organization.error)}
      </Alert>
    );
  }
  const checked = save.isPending ? save.variables : organization.data.settings.contactReasonRequiredToSolve;
  return (
    <>
      <Switch
        label={t('admin.contactReasons.required')}
        description={t('admin.contactReasons.requiredHint')}
        checked={checked}
        disabled={save.isPending}
        onChange={(event) => save.mutate(event.currentTarget.checked)}
      />
      {save.isError && (
        <Alert color="red" role="alert" py="xs" mt="xs">
          {describe(save.error)}
        </Alert>
      )}
    </>
  );
}
