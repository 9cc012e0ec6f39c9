import { Checkbox, MultiSelect, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Channel, Priority, TicketStatus, TicketType } from '@kontakt/contracts';
import { useAdminTeams } from '../shared/admin-queries.ts';
import { reasonPaths } from '../../ticket/PropertiesPanel.tsx';
import { useAgents, useContactReasons, useQueues } from '../../workspace/reference-data.ts';
import type { ViewFormValues } from './view-form.ts';

type Form = UseFormReturnType<ViewFormValues>;

/** The conditions a view's tickets must all meet; an empty choice means "any". */
export function ViewFiltersFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const queues = useQueues();
  const agents = useAgents();
  const reasons = useContactReasons();
  const teams = useAdminTeams();
  const any = t('admin.views.filters.any');
  const choice = (label: string, path: string, data: Array<{ value: string; label: string }>) => (
    <MultiSelect
      label={label}
      placeholder={form.getValues().filters[path as 'status'].length ? undefined : any}
      data={data}
      searchable
      clearable
      {...form.getInputProps(`filters.${path}`)}
    />
  );

  return (
    <>
      <SimpleGrid cols={2} spacing="sm">
        {choice(
          t('admin.views.filters.status'),
          'status',
          TicketStatus.options.map((s) => ({ value: s, label: t(`ticket.status.${s}`) })),
        )}
        {choice(
          t('admin.views.filters.priority'),
          'priority',
          Priority.options.map((p) => ({ value: p, label: t(`ticket.priority.${p}`) })),
        )}
        {choice(
          t('admin.views.filters.type'),
          'type',
          TicketType.options.map((v) => ({ value: v, label: t(`ticket.type.${v}`) })),
        )}
        {choice(
          t('admin.views.filters.channel'),
          'channel',
          Channel.options.map((c) => ({ value: c, label: t(`ticket.channel.${c}`) })),
        )}
        {choice(
          t('admin.views.filters.queues'),
          'queueIds',
          (queues.data ?? []).map((q) => ({ value: q.id, label: q.name })),
        )}
        {choice(
          t('admin.views.filters.teams'),
          'teamIds',
          (teams.data ?? []).map((team) => ({ value: team.id, label: team.name })),
        )}
      </SimpleGrid>
      {choice(t('admin.views.filters.assignees'), 'assignees', [
        { value: 'me', label: t('admin.views.filters.assigneeMe') },
        { value: 'none', label: t('ticket.unassigned') },
        ...(agents.data ?? []).map((a) => ({ value: a.id, label: a.name })),
      ])}
      {choice(t('admin.views.filters.contactReasons'), 'contactReasonIds', reasonPaths(reasons.data ?? []))}
      <TagsInput
        label={t('admin.views.filters.tags')}
        description={t('admin.views.filters.tagsHint')}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        clearable
        {...form.getInputProps('filters.tags')}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          type="date"
          label={t('admin.views.filters.createdAfter')}
          {...form.getInputProps('filters.createdAfter')}
        />
        <TextInput
          type="date"
          label={t('admin.views.filters.createdBefore')}
          {...form.getInputProps('filters.createdBefore')}
        />
      </SimpleGrid>
      <Checkbox
        label={t('admin.views.filters.myQueuesOnly')}
        description={t('admin.views.filters.myQueuesOnlyHint')}
        {...form.getInputProps('filters.myQueuesOnly', { type: 'checkbox' })}
      />
    </>
  );
}
