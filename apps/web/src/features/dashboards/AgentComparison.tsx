import { Alert, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { AgentReportList } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { formatNumber, formatSeconds, formatShare } from './report-format.ts';
import type { ReportParams } from './reports-api.ts';

const getAgents = (p: ReportParams) =>
  request<AgentReportList>('GET', `/reports/agents?${new URLSearchParams(p).toString()}`);

/** Agents side by side over the period (leads, QA, admins). */
export function AgentComparison({ params }: { params: ReportParams }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const na = t('dashboards.na');
  const list = useQuery({
    queryKey: ['reports', 'agents', params],
    queryFn: () => getAgents(params),
    placeholderData: (previous) => previous,
  });
  const share = (v: number | null) => formatShare(v, locale, na);
  return (
    <Card withBorder padding="md" mt="md" component="section" aria-labelledby="dashboards-agents">
      <Title order={3} size="h4" id="dashboards-agents" mb="xs">
        {t('dashboards.agents.title')}
      </Title>
      {list.isError && !list.data ? (
        <Alert color="red" role="alert">
          {describe(list.error)}
        </Alert>
      ) : !list.data ? null : list.data.items.length === 0 ? (
        <Text c="dimmed">{na}</Text>
      ) : (
        <Table striped fz="sm" aria-labelledby="dashboards-agents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboards.agents.agent')}</Table.Th>
              <Table.Th>{t('dashboards.agents.solved')}</Table.Th>
              <Table.Th>{t('dashboards.agents.firstResponse')}</Table.Th>
              <Table.Th>{t('dashboards.agents.resolution')}</Table.Th>
              <Table.Th>{t('dashboards.agents.sla')}</Table.Th>
              <Table.Th>{t('dashboards.agents.reopen')}</Table.Th>
              <Table.Th>{t('dashboards.agents.aht')}</Table.Th>
              <Table.Th>{t('dashboards.agents.csat')}</Table.Th>
              <Table.Th>{t('dashboards.agents.occupancy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((a) => (
              <Table.Tr key={a.agentId}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{formatNumber(a.solved, locale, na)}</Table.Td>
                <Table.Td>{formatSeconds(a.firstResponseMedianSeconds, na)}</Table.Td>
                <Table.Td>{formatSeconds(a.resolutionMedianSeconds, na)}</Table.Td>
                <Table.Td>{share(a.slaCompliance)}</Table.Td>
                <Table.Td>{share(a.reopenRate)}</Table.Td>
                <Table.Td>{formatSeconds(a.ahtSeconds, na)}</Table.Td>
                <Table.Td>{share(a.csat)}</Table.Td>
                <Table.Td>{share(a.occupancy)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
