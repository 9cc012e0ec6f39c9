import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { PageHeader } from '../shell/PageHeader.tsx';
import { approvalKeys, getApprovalStats, listApprovals } from './approvals-api.ts';
import { ApprovalItem } from './ApprovalItem.tsx';
import { canApprove } from './can-approve.ts';

/** The month so far, for the waiting-time figures. */
function thisMonth(now = new Date()) {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString();
  return { from, to };
}

/**
 * Replies waiting for approval, oldest first: approvers decide here; juniors follow theirs.
 * Approvers also see this month's waiting times.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const me = useSignedInMe();
  const approver = canApprove(me);
  const pending = useQuery({
    queryKey: approvalKeys.list('pending'),
    queryFn: () => listApprovals({ status: 'pending' }),
    refetchInterval: 30_000,
  });
  const month = thisMonth();
  const stats = useQuery({
    queryKey: approvalKeys.stats(month.from, month.to),
    queryFn: () => getApprovalStats(month.from, month.to),
    enabled: approver,
  });

  return (
    <Stack p="md" gap="md">
      <PageHeader title={approver ? t('approvals.title') : t('approvals.myTitle')} />
      {approver && stats.data && (
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Figure label={t('approvals.stats.pending')} value={String(stats.data.pending)} />
          <Figure label={t('approvals.stats.oldest')} value={minutes(t, stats.data.oldestPendingMinutes)} />
          <Figure label={t('approvals.stats.meanWait')} value={minutes(t, stats.data.meanWaitMinutes)} />
          <Figure
            label={t('approvals.stats.returned')}
            value={t('approvals.stats.returnedOf', {
              returned: stats.data.returned,
              decided: stats.data.decided,
            })}
          />
        </SimpleGrid>
      )}
      {pending.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : pending.error ? (
        <Alert color="red" role="alert">
          {describe(pending.error)}
        </Alert>
      ) : pending.data.length === 0 ? (
        <Text c="dimmed">{t('approvals.none')}</Text>
      ) : (
        pending.data.map((a) => (
          <ApprovalItem
            key={a.id}
            approval={a}
            canDecide={approver && a.authorId !== me.agent.id}
            isAuthor={a.authorId === me.agent.id}
            onChanged={() => undefined}
            header={
              <Group gap="xs">
                <Anchor component={Link} to={`/tickets/${a.ticketId}`} fw={600}>
                  #{a.ticketNumber} {a.ticketSubject}
                </Anchor>
              </Group>
            }
          />
        ))
      )}
    </Stack>
  );
}

function minutes(
  t: (k: 'approvals.minutes' | 'approvals.na', o?: { count: number }) => string,
  n: number | null,
) {
  return n === null ? t('approvals.na') : t('approvals.minutes', { count: Math.round(n) });
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={600}>
        {value}
      </Text>
    </Paper>
  );
}
