import { Alert, Button, Center, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ComplaintCause } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { causeKeys, listComplaintCauses } from '../../complaints/complaints-api.ts';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { createCause, updateCause } from './causes-api.ts';
import { CauseForm } from './CauseForm.tsx';
import { RejectionTemplates } from './RejectionTemplates.tsx';

/** Causes go three levels deep (cause › sub-cause › detail). */
const MAX_DEPTH = 3;
const depthOf = (c: ComplaintCause) => c.code.split('.').length;

/** Admin: the hierarchical root-cause taxonomy complaints are closed with, and the rejection texts. */
export default function RootCausesPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const causes = useQuery({ queryKey: causeKeys.all, queryFn: listComplaintCauses });
  // null: nothing open; '' : a top-level cause; an id: a child of that cause.
  const [adding, setAdding] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: causeKeys.all });
  const add = useMutation({
    mutationFn: (v: { segment: string; name: string }) =>
      createCause({ parentId: adding || null, segment: v.segment, name: v.name }),
    onSuccess: () => {
      setAdding(null);
      refresh();
    },
  });
  const toggle = useMutation({
    mutationFn: (c: ComplaintCause) => updateCause(c.id, { active: !c.active }),
    onSuccess: refresh,
  });
  const byCode = [...(causes.data ?? [])].sort((a, b) => a.code.localeCompare(b.code));
  const parentCode = (id: string) => byCode.find((c) => c.id === id)?.code ?? null;
  const error = add.error ?? toggle.error;

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.complaintCauses')}
        description={t('admin.complaintCauses.description')}
        newLabel={t('admin.complaintCauses.new')}
        onNew={() => setAdding('')}
      />
      {error && (
        <Alert color="red" role="alert" mb="sm">
          {describe(error)}
        </Alert>
      )}
      {adding === '' && (
        <Paper withBorder p="sm" mb="sm">
          <CauseForm
            parentCode={null}
            pending={add.isPending}
            onSave={add.mutate}
            onCancel={() => setAdding(null)}
          />
        </Paper>
      )}
      {causes.isPending ? (
        <Center h={120}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : causes.isError ? (
        <Alert color="red" role="alert">
          {describe(causes.error)}
        </Alert>
      ) : byCode.length === 0 ? (
        <Text c="dimmed">{t('admin.complaintCauses.empty')}</Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} aria-label={t('admin.sections.complaintCauses')}>
          {byCode.map((c) => (
            <li key={c.id} style={{ listStyle: 'none', paddingLeft: (depthOf(c) - 1) * 24 }}>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" fw={depthOf(c) === 1 ? 600 : 400} c={c.active ? undefined : 'dimmed'}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {c.code}
                </Text>
                <Switch
                  size="xs"
                  checked={c.active}
                  label={t('admin.complaintCauses.active')}
                  onChange={() => toggle.mutate(c)}
                />
                {depthOf(c) < MAX_DEPTH && (
                  <Button size="compact-xs" variant="subtle" onClick={() => setAdding(c.id)}>
                    {t('admin.complaintCauses.addChild')}
                  </Button>
                )}
              </Group>
              {adding === c.id && (
                <Paper withBorder p="xs" mt={4}>
                  <CauseForm
                    parentCode={parentCode(c.id)}
                    pending={add.isPending}
                    onSave={add.mutate}
                    onCancel={() => setAdding(null)}
                  />
                </Paper>
              )}
            </li>
          ))}
        </Stack>
      )}
      <Title order={2} size="h4" mt="xl" mb="xs">
        {t('admin.complaintCauses.templates')}
      </Title>
      <RejectionTemplates />
    </>
  );
}
