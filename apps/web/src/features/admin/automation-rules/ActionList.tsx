import {
  ActionIcon,
  Button,
  Group,
  Input,
  MultiSelect,
  Paper,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { AutomationActionType } from '@kontakt/contracts';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES, newAction, type ActionRow, type RuleValues } from './rule-values.ts';
import type { RuleOptions } from './use-rule-options.ts';

/** The actions of a rule, in the order they run; each type shows its own inputs. */
export function ActionList({ form, options }: { form: UseFormReturnType<RuleValues>; options: RuleOptions }) {
  const { t } = useTranslation();
  const rows = form.getValues().actions;
  return (
    <Input.Wrapper label={t('admin.automationRules.actionsTitle')} error={form.errors.actions} withAsterisk>
      <Stack gap={6} mt={6}>
        {rows.map((row, i) => (
          <Paper key={row.rowId} withBorder p={8} radius="sm">
            <Group gap={6} align="flex-start" wrap="nowrap">
              <Stack gap={6} style={{ flex: 1 }}>
                <Select
                  size="xs"
                  aria-label={t('admin.automationRules.actionType', { n: i + 1 })}
                  data={ACTION_TYPES.map((type) => ({
                    value: type,
                    label: t(`admin.automationRules.actions.${type}`),
                  }))}
                  allowDeselect={false}
                  key={form.key(`actions.${i}.type`)}
                  defaultValue={row.type}
                  onChange={(type) =>
                    type && form.setFieldValue(`actions.${i}.type`, type as AutomationActionType)
                  }
                />
                <ActionInputs form={form} options={options} row={row} index={i} />
              </Stack>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('admin.automationRules.removeAction', { n: i + 1 })}
                onClick={() => form.removeListItem('actions', i)}
              >
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => form.insertListItem('actions', newAction())}
        >
          {t('admin.automationRules.addAction')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}

/** The inputs of one action type, named after the contract's fields so errors land on them. */
function ActionInputs({
  form,
  options,
  row,
  index,
}: {
  form: UseFormReturnType<RuleValues>;
  options: RuleOptions;
  row: ActionRow;
  index: number;
}) {
  const { t } = useTranslation();
  const n = index + 1;
  const props = (field: keyof ActionRow) => ({
    size: 'xs' as const,
    label: t(`admin.automationRules.actionFields.${field as 'text'}`),
    'aria-label': t('admin.automationRules.actionField', {
      n,
      field: t(`admin.automationRules.actionFields.${field as 'text'}`),
    }),
    ...form.getInputProps(`actions.${index}.${field}`),
  });
  const keyOf = (field: keyof ActionRow) => form.key(`actions.${index}.${field}`);
  const select = (field: keyof ActionRow, data: { value: string; label: string }[], clearable = false) => (
    <Select key={keyOf(field)} {...props(field)} data={data} searchable clearable={clearable} />
  );
  const { byKind } = options;

  switch (row.type) {
    case 'set_status':
      return select('status', byKind.status);
    case 'set_priority':
      return select('priority', byKind.priority);
    case 'set_type':
      return select('ticketType', byKind.ticket_type);
    case 'assign_queue':
      return select('queueId', byKind.queue);
    case 'assign_agent':
      return select('agentId', byKind.agent, true);
    case 'assign_team':
      return select('teamId', byKind.team, true);
    case 'escalate':
      return select('priority', byKind.priority, true);
    case 'send_reply':
      return select('cannedReplyId', options.cannedReplies);
    case 'set_custom_field':
      return (
        <Group gap={6} grow align="flex-start">
          {select('key', options.ticketFieldKeys)}
          <TextInput key={keyOf('value')} {...props('value')} />
        </Group>
      );
    case 'add_tags':
    case 'remove_tags':
      return <TagsInput key={keyOf('tags')} {...props('tags')} />;
    case 'add_note':
      return <Textarea key={keyOf('text')} {...props('text')} autosize minRows={2} maxRows={6} />;
    case 'notify':
      return (
        <>
          <MultiSelect key={keyOf('recipients')} {...props('recipients')} data={options.recipients} />
          <Textarea key={keyOf('text')} {...props('text')} autosize minRows={2} maxRows={4} />
        </>
      );
    case 'webhook':
      return (
        <>
          <TextInput key={keyOf('url')} {...props('url')} type="url" autoComplete="off" />
          <TextInput key={keyOf('secret')} {...props('secret')} autoComplete="off" />
        </>
      );
  }
}
