import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { approvalKeys, getReviewQueues, setReviewQueues } from '../../approvals/approvals-api.ts';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';

/** Which queues hold juniors' replies until a senior or a lead approves them. */
export default function JuniorReviewPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const queues = useAdminQueues();
  const chosen = useQuery({ queryKey: approvalKeys.queues, queryFn: getReviewQueues });
  // The saved choice until the admin changes it.
  const [edited, setSelected] = useState<string[] | null>(null);
  const selected = edited ?? chosen.data ?? [];
  const save = useMutation({
    mutationFn: () => setReviewQueues(selected),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: approvalKeys.queues });
      notifications.show({ message: t('admin.juniorReview.saved'), color: 'teal' });
    },
  });

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.juniorReview')}
        description={t('admin.juniorReview.description')}
      />
      {queues.isPending || chosen.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : queues.error || chosen.error ? (
        <Alert color="red" role="alert">
          {describe(queues.error ?? chosen.error)}
        </Alert>
      ) : (
        <Stack gap="sm" maw={560}>
          {queues.data.length === 0 && <Text c="dimmed">{t('admin.juniorReview.noQueues')}</Text>}
          <Checkbox.Group label={t('admin.juniorReview.queues')} value={selected} onChange={setSelected}>
            <Stack gap={6} mt={6}>
              {queues.data.map((q) => (
                <Checkbox key={q.id} value={q.id} label={q.name} />
              ))}
            </Stack>
          </Checkbox.Group>
          {save.error && (
            <Alert color="red" role="alert" py={6}>
              {describe(save.error)}
            </Alert>
          )}
          <Group>
            <Button loading={save.isPending} onClick={() => save.mutate()}>
              {t('admin.common.saveChanges')}
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}
