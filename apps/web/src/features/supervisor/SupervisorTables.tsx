import { Anchor, Group, Progress, Table, Text, Title } from '@mantine/core';
import type { SupervisorSnapshot } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDuration } from '../chat/format-duration.ts';
import { StateDot } from '../presence/StateDot.tsx';
import classes from './Supervisor.module.css';

interface Props {
  snapshot: SupervisorSnapshot;
  /** Seconds since the snapshot was taken: waits keep counting between refreshes. */
  elapsed: number;
  queueName: (queueId: string) => string | undefined;
}

/** Queues, agents and chats in progress, as three dense tables. */
export function SupervisorTables({ snapshot, elapsed, queueName }: Props) {
  const { t } = useTranslation();
  const grow = (seconds: number) => formatDuration(seconds + elapsed);
  return (
    <div className={classes.grid}>
      <section aria-labelledby="sv-queues">
        <Title order={2} size="h4" id="sv-queues" mb="xs">
          {t('supervisor.queues.title')}
        </Title>
        <Table aria-labelledby="sv-queues" verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supervisor.queues.name')}</Table.Th>
              <Table.Th ta="right">{t('supervisor.queues.waiting')}</Table.Th>
              <Table.Th ta="right">{t('supervisor.queues.longestWait')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {snapshot.queues.map((q) => (
              <Table.Tr key={q.queueId} data-waiting={q.waiting > 0 || undefined}>
                <Table.Td>{q.name}</Table.Td>
                <Table.Td ta="right" fw={q.waiting > 0 ? 700 : undefined}>
                  {q.waiting}
                </Table.Td>
                <Table.Td ta="right">{q.waiting > 0 ? grow(q.longestWaitSeconds) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="sv-agents">
        <Title order={2} size="h4" id="sv-agents" mb="xs">
          {t('supervisor.agents.title')}
        </Title>
        <Table aria-labelledby="sv-agents" verticalSpacing={4} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('supervisor.agents.name')}</Table.Th>
              <Table.Th>{t('supervisor.agents.state')}</Table.Th>
              <Table.Th>{t('supervisor.agents.load')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {snapshot.agents.map((a) => (
              <Table.Tr key={a.agent.id}>
                <Table.Td>{a.agent.name}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <StateDot state={a.state} />
                    <span>
                      {t(`presence.state.${a.state}`)}
                      {a.reason && ` · ${a.reason.label}`}
                    </span>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" w={44}>
                      {t('supervisor.agents.loadValue', { active: a.activeChats, capacity: a.chatCapacity })}
                    </Text>
                    <Progress
                      w={80}
                      size="sm"
                      value={a.chatCapacity > 0 ? (a.activeChats / a.chatCapacity) * 100 : 0}
                      color={a.activeChats >= a.chatCapacity ? 'red' : 'indigo'}
                      aria-hidden
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="sv-chats" className={classes.wide}>
        <Title order={2} size="h4" id="sv-chats" mb="xs">
          {t('supervisor.chats.title', { count: snapshot.chats.length })}
        </Title>
        {snapshot.chats.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('supervisor.chats.empty')}
          </Text>
        ) : (
          <Table aria-labelledby="sv-chats" verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('supervisor.chats.visitor')}</Table.Th>
                <Table.Th>{t('supervisor.chats.queue')}</Table.Th>
                <Table.Th>{t('supervisor.chats.state')}</Table.Th>
                <Table.Th>{t('supervisor.chats.agent')}</Table.Th>
                <Table.Th ta="right">{t('supervisor.chats.waited')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {snapshot.chats.map(({ session, visitorName, waitedSeconds }) => (
                <Table.Tr key={session.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/tickets/${session.ticketId}`} size="sm">
                      {visitorName ?? t('chat.visitor')}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{queueName(session.queueId) ?? '—'}</Table.Td>
                  <Table.Td>{t(`chat.state.${session.state}`)}</Table.Td>
                  <Table.Td>{session.agent?.name ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {session.state === 'waiting' ? grow(waitedSeconds) : formatDuration(waitedSeconds)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
