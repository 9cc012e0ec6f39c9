import { useMemo, useState } from 'react';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import type { CannedReply } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { listCannedReplies, type CannedReplyFilters as Query } from '../../../api/canned-replies.ts';
import { qk } from '../../../api/query-keys.ts';
import { useSignedInMe } from '../../auth/session.tsx';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminAgents, useAdminTeams } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { CannedReplyFilters, NO_FILTERS, type FilterValues } from './CannedReplyFilters.tsx';
import { CannedReplyForm } from './CannedReplyForm.tsx';

/**
 * Canned replies with filters, usage and a create/edit drawer. `admin`: every reply of the
 * organization; `mine` (profile page): the ones the signed-in agent may change.
 */
export function CannedRepliesManager({ mode }: { mode: 'admin' | 'mine' }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const editor = useEditor<CannedReply>();
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [q] = useDebouncedValue(filters.q.trim(), 250);
  const query: Query = {
    q,
    category: filters.category ?? undefined,
    language: filters.language ?? undefined,
    ...(filters.owner === 'mine' ? { scope: 'personal', ownerId: me.agent.id } : {}),
    ...(filters.owner && filters.owner !== 'mine' ? { scope: filters.owner } : {}),
    active: filters.status,
    sort: 'title',
  };
  const replies = useQuery({ queryKey: qk.cannedReplies(query), queryFn: () => listCannedReplies(query) });
  const agents = useAdminAgents();
  const teams = useAdminTeams();
  const rows = useMemo(
    () => (mode === 'mine' ? replies.data?.filter((r) => r.abilities.update) : replies.data),
    [mode, replies.data],
  );
  const categories = useMemo(
    () =>
      [
        ...new Set([
          ...(rows ?? []).flatMap((r) => (r.category ? [r.category] : [])),
          ...(filters.category ? [filters.category] : []),
        ]),
      ].sort(),
    [rows, filters.category],
  );
  const owner = (r: CannedReply) =>
    r.scope === 'organization'
      ? t('cannedReplies.owner.organization')
      : r.scope === 'team'
        ? t('cannedReplies.owner.team', { name: teams.data?.find((x) => x.id === r.teamId)?.name ?? '…' })
        : t('cannedReplies.owner.personal', {
            name: agents.data?.find((x) => x.id === r.ownerId)?.name ?? '…',
          });

  const columns: AdminColumn<CannedReply>[] = [
    {
      key: 'title',
      header: t('cannedReplies.fields.title'),
      render: (r) => (
        <EditLink label={t('cannedReplies.editNamed', { title: r.title })} onClick={() => editor.openEdit(r)}>
          {r.title}
        </EditLink>
      ),
    },
    {
      key: 'shortcut',
      header: t('cannedReplies.fields.shortcut'),
      width: 140,
      render: (r) => `/${r.shortcut}`,
    },
    {
      key: 'category',
      header: t('cannedReplies.fields.category'),
      width: 140,
      render: (r) => r.category ?? '',
    },
    {
      key: 'languages',
      header: t('cannedReplies.fields.languages'),
      width: 120,
      render: (r) => (
        <Group gap={4}>
          {r.variants.map((v) => (
            <Badge
              key={v.language}
              size="xs"
              variant="light"
              title={t(`cannedReplies.languages.${v.language}`)}
            >
              {v.language}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: 'owner', header: t('cannedReplies.fields.owner'), width: 200, render: owner },
    {
      key: 'usage',
      header: t('cannedReplies.fields.usage'),
      width: 90,
      render: (r) => t('cannedReplies.usageCount', { count: r.usageCount }),
    },
  ];
  const title = mode === 'admin' ? t('cannedReplies.title') : t('cannedReplies.mine.title');

  return (
    <>
      {mode === 'admin' ? (
        <AdminPageHeader
          title={title}
          description={t('cannedReplies.description')}
          newLabel={t('cannedReplies.new')}
          onNew={editor.openNew}
        />
      ) : (
        // Inside the profile page: a section heading, not the page's title.
        <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2}>{title}</Title>
            <Text c="dimmed" size="sm">
              {t('cannedReplies.mine.description')}
            </Text>
          </Stack>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={editor.openNew}>
            {t('cannedReplies.new')}
          </Button>
        </Group>
      )}
      <CannedReplyFilters
        value={filters}
        onChange={setFilters}
        categories={categories}
        owners={mode === 'admin'}
      />
      <AdminTable
        label={title}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        isLoading={replies.isPending}
        error={replies.error}
        onRetry={() => void replies.refetch()}
        emptyText={t('cannedReplies.empty')}
        muted={(r) => !r.active}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.title : t('cannedReplies.new')}
      >
        {editor.editing.mode === 'new' && <CannedReplyForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <CannedReplyForm key={editor.editing.row.id} reply={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
