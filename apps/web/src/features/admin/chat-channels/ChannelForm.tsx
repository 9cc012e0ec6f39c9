import { NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { CreateChatChannelInput, UpdateChatChannelInput, type ChatChannel } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listCalendars } from '../../../api/calendars.ts';
import { createChatChannel, updateChatChannel } from '../../../api/chat-channels.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { CALENDARS_KEY } from '../calendars/calendar-values.ts';
import { BrandingFields } from './BrandingFields.tsx';
import { EmbedSnippet } from './EmbedSnippet.tsx';
import { VisitorFields } from './VisitorFields.tsx';
import { CHAT_CHANNELS_KEY, initialValues, toInput, type ChannelValues } from './chat-channel-values.ts';

/** Creates a chat channel (no `channel`) or changes one: queue, hours, look, pre-chat form, uploads. */
export function ChannelForm({ channel, onDone }: { channel?: ChatChannel; onDone: () => void }) {
  const { t } = useTranslation();
  const queues = useAdminQueues();
  const calendars = useQuery({ queryKey: CALENDARS_KEY, queryFn: listCalendars });
  const defaultQueue = queues.data?.find((q) => q.isDefault)?.id;
  const { form, onSubmit, formError, saving } = useAdminForm<ChannelValues, ChatChannel>({
    mode: 'uncontrolled',
    schema: channel ? UpdateChatChannelInput : CreateChatChannelInput,
    initialValues: initialValues(channel, defaultQueue),
    toInput,
    save: (input: CreateChatChannelInput) =>
      channel ? updateChatChannel(channel.id, input) : createChatChannel(input),
    invalidate: [CHAT_CHANNELS_KEY],
    savedMessage: channel ? t('admin.chatChannels.saved') : t('admin.chatChannels.created'),
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={channel ? t('admin.common.saveChanges') : t('admin.chatChannels.create')}
    >
      {channel && <EmbedSnippet publicId={channel.publicId} />}
      <TextInput
        label={t('admin.chatChannels.fields.name')}
        withAsterisk
        key={form.key('name')}
        {...form.getInputProps('name')}
      />
      <Switch
        label={t('admin.chatChannels.fields.active')}
        description={t('admin.chatChannels.fields.activeHint')}
        key={form.key('active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <Select
        label={t('admin.chatChannels.fields.queue')}
        description={t('admin.chatChannels.fields.queueHint')}
        data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
        withAsterisk
        searchable
        allowDeselect={false}
        key={form.key('queueId')}
        {...form.getInputProps('queueId')}
      />
      <Select
        label={t('admin.chatChannels.fields.calendar')}
        description={t('admin.chatChannels.fields.calendarHint')}
        placeholder={t('admin.chatChannels.alwaysOpen')}
        data={(calendars.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        clearable
        key={form.key('calendarId')}
        {...form.getInputProps('calendarId')}
      />
      <NumberInput
        label={t('admin.chatChannels.fields.offerTimeout')}
        description={t('admin.chatChannels.fields.offerTimeoutHint')}
        min={5}
        max={600}
        allowDecimal={false}
        key={form.key('offerTimeoutSeconds')}
        {...form.getInputProps('offerTimeoutSeconds')}
      />
      <BrandingFields form={form} />
      <VisitorFields form={form} />
    </DrawerForm>
  );
}
