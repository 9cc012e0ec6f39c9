import { Alert, Button, Center, Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ReportSlaOutcome, ReportTicketRow } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { openTab } from '../tabs/tabs-store.ts';
import { formatDateTime } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import type { DrillTarget } from './ChartCard.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { formatSeconds } from './report-format.ts';
import { getDrill, reportKeys, type ReportParams } from './reports-api.ts';

const PAGE = 50;

/** The tickets behind a number, page by page; a row opens the ticket in a tab. */
export function DrillDrawer({
  target,
  filters,
  onClose,
  canExport,
}: {
  target: DrillTarget | null;
  filters: ReportParams;
  onClose: () => void;
  canExport: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={target ? t('dashboards.drill.title', { what: target.title }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <DrillList target={target} filters={filters} onOpen={onClose} canExport={canExport} />}
    </Drawer>
  );
}

function DrillList({
  target,
  filters,
  onOpen,
  canExport,
}: {
  target: DrillTarget;
  filters: ReportParams;
  onOpen: () => void;
  canExport: boolean;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const locale = useLocale();
  const navigate = useNavigate();
  const na = t('dashboards.na');
  const params: ReportParams = {
    ...filters,
    metric: target.metric,
    ...(target.bucket ? { bucket: target.bucket } : {}),
    limit: String(PAGE),
  };
  const list = useInfiniteQuery({
    queryKey: reportKeys.drill(params),
    queryFn: ({ pageParam }) => getDrill(pageParam ? { ...params, cursor: pageParam } : params),
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const open = (row: ReportTicketRow) => {
    openTab({ id: row.ticketId, number: row.number, subject: row.subject });
    onOpen();
    void navigate(`/tickets/${row.ticketId}`);
  };
  const sla = (o: ReportSlaOutcome) => t(`dashboards.drill.sla.${o}`);

  return (
    <Stack gap="sm">
      {canExport && <ExportButtons filters={filters} metric={target.metric} bucket={target.bucket} />}
      {list.isPending ? (
        <Center h={120}>
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      ) : list.isError && rows.length === 0 ? (
        <Alert color="red" role="alert">
          {describe(list.error)}
        </Alert>
      ) : rows.length === 0 ? (
        <Text c="dimmed">{t('dashboards.drill.empty')}</Text>
      ) : (
        <Table highlightOnHover fz="sm" aria-label={target.title}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboards.drill.columns.number')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.subject')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.status')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.queue')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.assignee')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.created')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.firstResponse')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.resolution')}</Table.Th>
              <Table.Th>{t('dashboards.drill.columns.sla')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr
                key={row.ticketId}
                style={{ cursor: 'pointer' }}
                tabIndex={0}
                onClick={() => open(row)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') open(row);
                }}
              >
                <Table.Td>#{row.number}</Table.Td>
                <Table.Td>{row.subject}</Table.Td>
                <Table.Td>{t(`ticket.status.${row.status}`)}</Table.Td>
                <Table.Td>{row.queueName ?? na}</Table.Td>
                <Table.Td>{row.assigneeName ?? t('dashboards.drill.unassigned')}</Table.Td>
                <Table.Td>{formatDateTime(row.createdAt, locale)}</Table.Td>
                <Table.Td>{formatSeconds(row.firstResponseSeconds, na)}</Table.Td>
                <Table.Td>{formatSeconds(row.resolutionSeconds, na)}</Table.Td>
                <Table.Td>
                  {sla(row.slaFirstResponse)} / {sla(row.slaResolution)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {list.hasNextPage && (
        <Button
          variant="light"
          size="xs"
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {t('dashboards.drill.more')}
        </Button>
      )}
    </Stack>
  );
}
