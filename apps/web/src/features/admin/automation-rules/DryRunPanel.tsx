import { Alert, Badge, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { AutomationDryRunResult, AutomationRule, Ticket } from '@kontakt/contracts';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dryRunAutomationRule } from '../../../api/automation-rules.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { TicketPicker } from '../../ticket/TicketPicker.tsx';
import { changeText, conditionText, valueText } from './describe-rule.ts';
import { actionErrorText, effectText } from './dry-run-text.ts';
import { useRuleOptions, type RuleOptions } from './use-rule-options.ts';

/** Tries the saved rule on a ticket: which conditions hold and what it would change. Writes nothing. */
export function DryRunPanel({ rule }: { rule: AutomationRule }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const options = useRuleOptions();
  const run = useMutation({ mutationFn: (ticket: Ticket) => dryRunAutomationRule(rule.id, ticket.id) });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('admin.automationRules.dryRun.hint')}
      </Text>
      <TicketPicker
        label={t('admin.automationRules.dryRun.ticket')}
        excludeId=""
        onPick={(ticket) => run.mutate(ticket)}
      />
      {run.error && <Alert color="red">{describe(run.error)}</Alert>}
      {run.data && run.variables && (
        <DryRunResult result={run.data} ticket={run.variables} options={options} />
      )}
    </Stack>
  );
}

function Mark({ ok }: { ok: boolean }) {
  return (
    <ThemeIcon size={18} radius="xl" variant="light" color={ok ? 'teal' : 'gray'}>
      {ok ? <IconCheck size={12} aria-hidden /> : <IconX size={12} aria-hidden />}
    </ThemeIcon>
  );
}

function DryRunResult({
  result,
  ticket,
  options,
}: {
  result: AutomationDryRunResult;
  ticket: Ticket;
  options: RuleOptions;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse(iso),
    );
  return (
    <Stack gap="sm" aria-live="polite">
      <Group gap="xs">
        <Text fw={600}>#{ticket.number}</Text>
        <Badge color={result.matched ? 'teal' : 'gray'} variant="light" radius="sm">
          {result.matched
            ? t('admin.automationRules.dryRun.matched')
            : t('admin.automationRules.dryRun.notMatched')}
        </Badge>
      </Group>
      <Title order={3} size="h6">
        {t('admin.automationRules.dryRun.conditions')}
      </Title>
      {result.conditions.length === 0 && !result.timeTrigger && (
        <Text size="sm" c="dimmed">
          {t('admin.automationRules.dryRun.noConditions')}
        </Text>
      )}
      <List spacing={4} size="sm" listStyleType="none">
        {result.timeTrigger && (
          <List.Item icon={<Mark ok={result.timeTrigger.matched} />}>
            {result.timeTrigger.dueAt
              ? t('admin.automationRules.dryRun.timeDue', { at: when(result.timeTrigger.dueAt) })
              : t('admin.automationRules.dryRun.timeNever')}
          </List.Item>
        )}
        {result.conditions.map((c) => (
          <List.Item key={`${c.group}-${c.index}`} icon={<Mark ok={c.matched} />}>
            {t(`admin.automationRules.groups.${c.group}Short`)}: {conditionText(t, options, c.condition)}
            <Text span size="xs" c="dimmed">
              {' '}
              (
              {t('admin.automationRules.dryRun.actual', {
                value: valueText(t, options, c.condition.field, c.actual),
              })}
              )
            </Text>
          </List.Item>
        ))}
      </List>
      <Title order={3} size="h6">
        {t('admin.automationRules.dryRun.wouldDo')}
      </Title>
      {result.changes.length + result.effects.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('admin.automationRules.dryRun.nothing')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {result.changes.map((c) => (
            <List.Item key={c.field}>{changeText(t, options, c)}</List.Item>
          ))}
          {result.effects.map((e, i) => (
            <List.Item key={`effect-${i}`}>{effectText(t, options, e)}</List.Item>
          ))}
        </List>
      )}
      {result.errors.map((e) => (
        <Alert key={e.action} color="orange" py="xs">
          {actionErrorText(t, options, e)}
        </Alert>
      ))}
    </Stack>
  );
}
