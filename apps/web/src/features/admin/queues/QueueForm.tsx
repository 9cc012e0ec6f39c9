import { Checkbox, Select } from '@mantine/core';
import { CreateQueueInput, Id, UpdateQueueInput, type Queue } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listCalendars, setQueueCalendar } from '../../../api/calendars.ts';
import { qk } from '../../../api/query-keys.ts';
import { createQueue, updateQueue } from '../../../api/queues.ts';
import { teamOptions } from '../agents/agent-options.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { NameAndDescription } from '../shared/NameAndDescription.tsx';
import { useAdminTeams } from '../shared/admin-queries.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { CALENDARS_KEY } from '../calendars/calendar-values.ts';

interface QueueValues {
  name: string;
  description: string;
  teamId: string | null;
  makeDefault: boolean;
  calendarId: string | null;
  [key: string]: unknown;
}

/** Creates a queue (no `queue`) or changes its name, description, team, or makes it the default. */
export function QueueForm({ queue, onDone }: { queue?: Queue; onDone: () => void }) {
  const { t } = useTranslation();
  const teams = useAdminTeams();
  const calendars = useQuery({ queryKey: CALENDARS_KEY, queryFn: listCalendars });
  const { form, onSubmit, formError, saving } = useAdminForm<QueueValues, Queue>({
    schema: (queue ? UpdateQueueInput : CreateQueueInput).extend({ calendarId: Id.nullable() }),
    initialValues: {
      name: queue?.name ?? '',
      description: queue?.description ?? '',
      teamId: queue?.teamId ?? null,
      makeDefault: false,
      calendarId: queue?.calendarId ?? null,
    },
    toInput: ({ makeDefault, ...fields }) => (makeDefault ? { ...fields, isDefault: true } : fields),
    save: async ({ calendarId, ...input }: UpdateQueueInput & { calendarId: string | null }) => {
      const saved = queue ? await updateQueue(queue.id, input) : await createQueue(input as CreateQueueInput);
      // The calendar is set on its own endpoint, only when it changed.
      if (calendarId !== (queue?.calendarId ?? null)) await setQueueCalendar(saved.id, calendarId);
      return saved;
    },
    invalidate: [qk.queues],
    savedMessage: queue ? t('admin.queues.saved') : t('admin.queues.created'),
    codeFields: { conflict: { field: 'name', message: t('admin.queues.nameTaken') } },
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={queue ? t('admin.common.saveChanges') : t('admin.queues.create')}
    >
      <NameAndDescription
        form={form}
        nameLabel={t('admin.queues.fields.name')}
        descriptionLabel={t('admin.queues.fields.description')}
      />
      <Select
        label={t('admin.queues.fields.team')}
        description={t('admin.queues.fields.teamHint')}
        placeholder={t('admin.queues.everyone')}
        data={teamOptions(teams.data)}
        clearable
        searchable
        {...form.getInputProps('teamId')}
      />
      <Select
        label={t('admin.calendars.queueField')}
        description={t('admin.calendars.queueFieldHint')}
        placeholder={t('admin.calendars.aroundTheClock')}
        data={(calendars.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        clearable
        {...form.getInputProps('calendarId')}
      />
      {/* Only one queue is the default; the server moves the mark, so it is never unset here. */}
      {queue && !queue.isDefault && (
        <Checkbox
          label={t('admin.queues.fields.makeDefault')}
          description={t('admin.queues.fields.makeDefaultHint')}
          {...form.getInputProps('makeDefault', { type: 'checkbox' })}
        />
      )}
    </DrawerForm>
  );
}
