import { Alert, Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import type { AutomationRule, AutomationRunResult } from '@kontakt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { listAutomationRuns } from '../../../api/automation-rules.ts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { actionErrorText } from './dry-run-text.ts';
import { changeText } from './describe-rule.ts';
import { RULES_KEY } from './rule-values.ts';
import { useRuleOptions } from './use-rule-options.ts';

const RESULT_COLOR: Record<AutomationRunResult, string> = {
  applied: 'teal',
  no_change: 'gray',
  failed: 'red',
};

/** The rule's latest runs: when, on which ticket, for which event, and what it changed. */
export function RunsPanel({ rule }: { rule: AutomationRule }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const options = useRuleOptions();
  const runs = useQuery({
    queryKey: [...RULES_KEY, rule.id, 'runs'],
    queryFn: () => listAutomationRuns(rule.id),
  });
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(
      Date.parse(iso),
    );

  if (runs.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (runs.error) return <Alert color="red">{describe(runs.error)}</Alert>;
  if (runs.data.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('admin.automationRules.runs.empty')}
      </Text>
    );
  return (
    <Table aria-label={t('admin.automationRules.runs.title')} fz="sm" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('admin.automationRules.runs.at')}</Table.Th>
          <Table.Th scope="col">{t('admin.automationRules.runs.ticket')}</Table.Th>
          <Table.Th scope="col">{t('admin.automationRules.runs.result')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.data.map((run) => (
          <Table.Tr key={run.id}>
            <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              {when(run.at)}
              <Text size="xs" c="dimmed">
                {t(`admin.automationRules.events.${run.event}`)}
                {run.depth > 0 && ` · ${t('admin.automationRules.runs.depth', { depth: run.depth })}`}
              </Text>
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Anchor component={Link} to={`/tickets/${run.ticketId}`} size="sm">
                {run.ticketNumber !== null ? `#${run.ticketNumber}` : '—'}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Badge color={RESULT_COLOR[run.result]} variant="light" radius="sm" size="sm">
                {t(`admin.automationRules.runs.results.${run.result}`)}
              </Badge>
              {run.changes.map((c) => (
                <Text key={c.field} size="xs">
                  {changeText(t, options, c)}
                </Text>
              ))}
              {run.errors.map((e) => (
                <Text key={e.action} size="xs" c="red">
                  {actionErrorText(t, options, e)}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
