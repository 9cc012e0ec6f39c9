import { Badge, Group, Table, Text, Title } from '@mantine/core';
import {
  IconAlertOctagon,
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleDashed,
  IconClock,
  IconMinus,
} from '@tabler/icons-react';
import type { AgentState, Wallboard } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { formatSeconds } from '../dashboards/report-format.ts';
import classes from './WallboardPage.module.css';

const STATE_LOOK: Record<AgentState, { color: string; Icon: typeof IconCircleCheck }> = {
  online: { color: 'green', Icon: IconCircleCheck },
  busy: { color: 'blue', Icon: IconClock },
  away: { color: 'orange', Icon: IconCircleDashed },
  offline: { color: 'gray', Icon: IconMinus },
};

const ORDER: AgentState[] = ['online', 'busy', 'away', 'offline'];

/** A count that needs attention: bold with an icon next to it (not colour alone). */
function Flagged({ n, level }: { n: number; level: 'warn' | 'alert' }) {
  if (n === 0) return <>0</>;
  const Icon = level === 'alert' ? IconAlertOctagon : IconAlertTriangle;
  return (
    <Group gap={4} wrap="nowrap" component="span">
      <Icon size={20} aria-hidden color={`var(--mantine-color-${level === 'alert' ? 'red' : 'orange'}-7)`} />
      <Text span fw={800} inherit>
        {n}
      </Text>
    </Group>
  );
}

/** Per queue: waiting chats and tickets, the longest waits, SLA at risk and breached. */
export function WallboardQueues({ board, elapsed }: { board: Wallboard; elapsed: number }) {
  const { t } = useTranslation();
  const na = t('dashboards.na');
  const grow = (s: number | null) => (s === null ? null : s + elapsed);
  return (
    <section>
      <Title order={2} id="wallboard-queues" mb="sm">
        {t('wallboard.queues.title')}
      </Title>
      <Table className={classes.table} striped withTableBorder aria-labelledby="wallboard-queues">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wallboard.queues.queue')}</Table.Th>
            <Table.Th>{t('wallboard.queues.chatsWaiting')}</Table.Th>
            <Table.Th>{t('wallboard.queues.longestWait')}</Table.Th>
            <Table.Th>{t('wallboard.queues.ticketsWaiting')}</Table.Th>
            <Table.Th>{t('wallboard.queues.oldestTicket')}</Table.Th>
            <Table.Th>{t('wallboard.queues.slaAtRisk')}</Table.Th>
            <Table.Th>{t('wallboard.queues.slaBreached')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.queues.map((q) => (
            <Table.Tr key={q.queueId}>
              <Table.Td>{q.name}</Table.Td>
              <Table.Td>{q.chatsWaiting}</Table.Td>
              <Table.Td>{formatSeconds(grow(q.longestChatWaitSeconds), na)}</Table.Td>
              <Table.Td>{q.ticketsWaiting}</Table.Td>
              <Table.Td>{formatSeconds(grow(q.oldestTicketWaitSeconds), na)}</Table.Td>
              <Table.Td>
                <Flagged n={q.slaAtRisk} level="warn" />
              </Table.Td>
              <Table.Td>
                <Flagged n={q.slaBreached} level="alert" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {board.queues.length === 0 && <Text c="dimmed">{t('wallboard.queues.none')}</Text>}
    </section>
  );
}

/** Agents by state (online first) with their chats against capacity and open tickets. */
export function WallboardAgents({ board }: { board: Wallboard; elapsed: number }) {
  const { t } = useTranslation();
  const agents = [...board.agents].sort(
    (a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state) || a.agent.name.localeCompare(b.agent.name),
  );
  return (
    <section>
      <Title order={2} id="wallboard-agents" mb="sm">
        {t('wallboard.agents.title')}
      </Title>
      <Table className={classes.table} striped withTableBorder aria-labelledby="wallboard-agents">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wallboard.agents.agent')}</Table.Th>
            <Table.Th>{t('wallboard.agents.state')}</Table.Th>
            <Table.Th>{t('wallboard.agents.chats')}</Table.Th>
            <Table.Th>{t('wallboard.agents.tickets')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agents.map((a) => {
            const look = STATE_LOOK[a.state];
            return (
              <Table.Tr key={a.agent.id}>
                <Table.Td>{a.agent.name}</Table.Td>
                <Table.Td>
                  <Badge
                    size="lg"
                    color={look.color}
                    variant="light"
                    leftSection={<look.Icon size={16} aria-hidden />}
                  >
                    {t(`presence.state.${a.state}`)}
                    {a.reason ? ` · ${a.reason.label}` : ''}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {t('wallboard.agents.load', { active: a.activeChats, capacity: a.chatCapacity })}
                </Table.Td>
                <Table.Td>{a.openTickets}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
