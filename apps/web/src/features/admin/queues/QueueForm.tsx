import { Checkbox, Select } from '@mantine/core';
import { CreateQueueInput, UpdateQueueInput, type Queue } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../../api/query-keys.ts';
import { createQueue, updateQueue } from '../../../api/queues.ts';
import { teamOptions } from '../agents/agent-options.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { NameAndDescription } from '../shared/NameAndDescription.tsx';
import { useAdminTeams } from '../shared/admin-queries.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';

interface QueueValues {
  name: string;
  description: string;
  teamId: string | null;
  makeDefault: boolean;
  [key: string]: unknown;
}

/** Creates a queue (no `queue`) or changes its name, description, team, or makes it the default. */
export function QueueForm({ queue, onDone }: { queue?: Queue; onDone: () => void }) {
  const { t } = useTranslation();
  const teams = useAdminTeams();
  const { form, onSubmit, formError, saving } = useAdminForm<QueueValues, Queue>({
    schema: queue ? UpdateQueueInput : CreateQueueInput,
    initialValues: {
      name: queue?.name ?? '',
      description: queue?.description ?? '',
      teamId: queue?.teamId ?? null,
      makeDefault: false,
    },
    toInput: ({ makeDefault, ...fields }) => (makeDefault ? { ...fields, isDefault: true } : fields),
    save: (input: UpdateQueueInput) =>
      queue ? updateQueue(queue.id, input) : createQueue(input as CreateQueueInput),
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
