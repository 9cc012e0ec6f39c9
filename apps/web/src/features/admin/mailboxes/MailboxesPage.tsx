import { useState } from 'react';
import { Badge, Button, CloseButton, Group, Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Mailbox } from '@kontakt/contracts';
import { listMailboxes } from '../../../api/mailboxes.ts';
import { qk } from '../../../api/query-keys.ts';
import { useQueueMap, useQueues } from '../../workspace/reference-data.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { SavedConnectionTest } from './ConnectionTest.tsx';
import { MailboxForm } from './MailboxForm.tsx';
import { ImapConnectionBadge } from './ImapConnectionBadge.tsx';

/** Admin: the organization's mailboxes, how their mail comes in and goes out. */
export default function MailboxesPage() {
  const { t } = useTranslation();
  const mailboxes = useQuery({ queryKey: qk.mailboxes, queryFn: listMailboxes });
  const queues = useQueues();
  const queueMap = useQueueMap();
  const editor = useEditor<Mailbox>();
  const [testing, setTesting] = useState<Mailbox | null>(null);
  const defaultQueueId = queues.data?.find((q) => q.isDefault)?.id ?? queues.data?.[0]?.id ?? '';

  const columns: AdminColumn<Mailbox>[] = [
    {
      key: 'address',
      header: t('admin.mailboxes.fields.address'),
      render: (m) => (
        <EditLink
          label={t('admin.mailboxes.edit', { address: m.address })}
          onClick={() => editor.openEdit(m)}
        >
          {m.address}
        </EditLink>
      ),
    },
    { key: 'name', header: t('admin.mailboxes.fields.displayName'), render: (m) => m.displayName },
    {
      key: 'queue',
      header: t('admin.mailboxes.fields.queue'),
      render: (m) => queueMap.get(m.queueId)?.name ?? '—',
    },
    {
      key: 'inbound',
      header: t('admin.mailboxes.inbound.heading'),
      render: (m) =>
        m.inboundKind === 'imap' ? (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm">{t('admin.mailboxes.list.imap', { host: m.imap?.host ?? '—' })}</Text>
            {m.active && <ImapConnectionBadge connection={m.imap?.connection ?? null} />}
          </Group>
        ) : (
          t('admin.mailboxes.list.smtp')
        ),
    },
    {
      key: 'autoAck',
      header: t('admin.mailboxes.list.autoAck'),
      render: (m) => (m.autoAck ? t('common.yes') : t('common.no')),
    },
    {
      key: 'active',
      header: t('admin.mailboxes.list.status'),
      width: 130,
      render: (m) =>
        m.active ? (
          <Badge variant="light" color="teal">
            {t('admin.common.active')}
          </Badge>
        ) : (
          <Badge variant="light" color="gray">
            {t('admin.common.inactive')}
          </Badge>
        ),
    },
    {
      key: 'actions',
      header: t('admin.mailboxes.list.actions'),
      render: (m) => (
        <Button
          size="compact-xs"
          variant="default"
          onClick={() => setTesting(m)}
          aria-label={t('admin.mailboxes.list.testLabel', { address: m.address })}
        >
          {t('admin.mailboxes.test.button')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.mailboxes')}
        description={t('admin.mailboxes.description')}
        newLabel={t('admin.mailboxes.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.mailboxes')}
        columns={columns}
        rows={mailboxes.data}
        rowKey={(m) => m.id}
        isLoading={mailboxes.isPending}
        error={mailboxes.error}
        onRetry={() => void mailboxes.refetch()}
        emptyText={t('admin.mailboxes.empty')}
        muted={(m) => !m.active}
      />
      {testing && (
        <Paper withBorder p="md" mt="md" component="section" aria-labelledby="mailbox-test-title">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h5" id="mailbox-test-title">
              {t('admin.mailboxes.test.titleFor', { address: testing.address })}
            </Title>
            <CloseButton aria-label={t('common.close')} onClick={() => setTesting(null)} />
          </Group>
          <Text size="xs" c="dimmed" mb="xs">
            {t('admin.mailboxes.test.savedHint')}
          </Text>
          <SavedConnectionTest key={testing.id} mailboxId={testing.id} />
        </Paper>
      )}
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={
          editor.editing.mode === 'edit'
            ? t('admin.mailboxes.edit', { address: editor.editing.row.address })
            : t('admin.mailboxes.new')
        }
      >
        {editor.editing.mode !== 'closed' && (
          <MailboxForm
            key={editor.editing.mode === 'edit' ? editor.editing.row.id : 'new'}
            mailbox={editor.editing.mode === 'edit' ? editor.editing.row : null}
            defaultQueueId={defaultQueueId}
            onDone={editor.close}
          />
        )}
      </AdminDrawer>
    </>
  );
}
