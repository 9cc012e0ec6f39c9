import { Checkbox, Group, Switch, TextInput } from '@mantine/core';
import {
  CreatePresenceReasonInput,
  UpdatePresenceReasonInput,
  type AgentState,
  type PresenceReason,
} from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { createPresenceReason, updatePresenceReason } from '../../../api/presence-reasons.ts';
import { presenceKeys } from '../../presence/presence-api.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminForm } from '../shared/use-admin-form.ts';

/** States a reason can be given with (online takes none). */
export const REASON_STATES: readonly Exclude<AgentState, 'online'>[] = ['away', 'busy', 'offline'];

interface ReasonValues {
  code: string;
  label: string;
  states: string[];
  active: boolean;
  [key: string]: unknown;
}

/** Creates a reason code (no `reason`) or changes its label, states and whether it is offered. */
export function ReasonForm({ reason, onDone }: { reason?: PresenceReason; onDone: () => void }) {
  const { t } = useTranslation();
  const { form, onSubmit, formError, saving } = useAdminForm<ReasonValues, PresenceReason>({
    mode: 'uncontrolled',
    schema: reason ? UpdatePresenceReasonInput : CreatePresenceReasonInput,
    initialValues: {
      code: reason?.code ?? '',
      label: reason?.label ?? '',
      states: reason?.states ?? ['away', 'busy'],
      active: reason?.active ?? true,
    },
    // The code is fixed once created (reports group by it); a new reason is always active.
    toInput: ({ code, label, states, active }) =>
      reason ? { label, states, active } : { code, label, states },
    save: (input: CreatePresenceReasonInput & UpdatePresenceReasonInput) =>
      reason ? updatePresenceReason(reason.id, input) : createPresenceReason(input),
    invalidate: [presenceKeys.reasons],
    savedMessage: reason ? t('admin.presenceReasons.saved') : t('admin.presenceReasons.created'),
    codeFields: { conflict: { field: 'code', message: t('admin.presenceReasons.codeTaken') } },
    onSaved: onDone,
  });

  return (
    <DrawerForm
      onSubmit={onSubmit}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={reason ? t('admin.common.saveChanges') : t('admin.presenceReasons.create')}
    >
      <TextInput
        label={t('admin.presenceReasons.fields.label')}
        description={t('admin.presenceReasons.fields.labelHint')}
        withAsterisk
        key={form.key('label')}
        {...form.getInputProps('label')}
      />
      <TextInput
        label={t('admin.presenceReasons.fields.code')}
        description={t('admin.presenceReasons.fields.codeHint')}
        withAsterisk={!reason}
        disabled={Boolean(reason)}
        key={form.key('code')}
        {...form.getInputProps('code')}
      />
      <Checkbox.Group
        label={t('admin.presenceReasons.fields.states')}
        withAsterisk
        key={form.key('states')}
        {...form.getInputProps('states')}
      >
        <Group gap="md" mt={4}>
          {REASON_STATES.map((state) => (
            <Checkbox key={state} value={state} label={t(`presence.state.${state}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {reason && (
        <Switch
          label={t('admin.presenceReasons.fields.active')}
          description={t('admin.presenceReasons.fields.activeHint')}
          key={form.key('active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      )}
    </DrawerForm>
  );
}
