import { useMemo } from 'react';
import { Badge, Code, Group } from '@mantine/core';
import type { ChatChannel } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listCalendars } from '../../../api/calendars.ts';
import { listChatChannels } from '../../../api/chat-channels.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { useEditor } from '../shared/use-editor.ts';
import { CALENDARS_KEY } from '../calendars/calendar-values.ts';
import { ChannelForm } from './ChannelForm.tsx';
import { CHAT_CHANNELS_KEY } from './chat-channel-values.ts';

/** Chat channels: the live chat widgets of the organization's websites. */
export default function ChatChannelsPage() {
  const { t } = useTranslation();
  const channels = useQuery({ queryKey: CHAT_CHANNELS_KEY, queryFn: listChatChannels });
  const queues = useAdminQueues();
  const calendars = useQuery({ queryKey: CALENDARS_KEY, queryFn: listCalendars });
  const editor = useEditor<ChatChannel>();
  const names = useMemo(
    () => new Map([...(queues.data ?? []), ...(calendars.data ?? [])].map((item) => [item.id, item.name])),
    [queues.data, calendars.data],
  );

  const columns: AdminColumn<ChatChannel>[] = [
    {
      key: 'name',
      header: t('admin.chatChannels.fields.name'),
      width: '28%',
      render: (channel) => (
        <Group gap="xs" wrap="nowrap">
          <EditLink
            label={t('admin.chatChannels.editNamed', { name: channel.name })}
            onClick={() => editor.openEdit(channel)}
          >
            {channel.name}
          </EditLink>
          {!channel.active && (
            <Badge variant="light" color="gray" radius="sm" size="sm">
              {t('admin.common.inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'publicId',
      header: t('admin.chatChannels.fields.publicId'),
      width: '22%',
      render: (channel) => <Code>{channel.publicId}</Code>,
    },
    {
      key: 'queue',
      header: t('admin.chatChannels.fields.queue'),
      width: '25%',
      render: (channel) => names.get(channel.queueId) ?? '…',
    },
    {
      key: 'hours',
      header: t('admin.chatChannels.fields.calendar'),
      render: (channel) =>
        channel.calendarId ? (names.get(channel.calendarId) ?? '…') : t('admin.chatChannels.alwaysOpen'),
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.chatChannels')}
        description={t('admin.chatChannels.description')}
        newLabel={t('admin.chatChannels.new')}
        onNew={editor.openNew}
      />
      <AdminTable
        label={t('admin.sections.chatChannels')}
        columns={columns}
        rows={channels.data}
        rowKey={(channel) => channel.id}
        isLoading={channels.isPending}
        error={channels.error}
        onRetry={() => void channels.refetch()}
        emptyText={t('admin.chatChannels.empty')}
      />
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('admin.chatChannels.new')}
      >
        {editor.editing.mode === 'new' && <ChannelForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <ChannelForm key={editor.editing.row.id} channel={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
