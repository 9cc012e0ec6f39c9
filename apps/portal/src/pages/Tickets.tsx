import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PortalTicket, PortalTicketStatus, PortalTicketSummary } from '@kontakt/contracts';
import { orgPath, request } from '../api.ts';
import { formatDateTime, formatSize } from '../format.ts';
import { ErrorAlert, usePortal } from '../shell.tsx';

const STATUS_COLORS: Record<PortalTicketStatus, string> = {
  open: 'blue',
  waiting_for_you: 'orange',
  solved: 'teal',
  closed: 'gray',
};

export function StatusBadge({ status }: { status: PortalTicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none">
      {t(`tickets.status.${status}`)}
    </Badge>
  );
}

/** The customer's requests, latest activity first. */
export function TicketsPage() {
  const { t } = useTranslation();
  const { slug, org, me, locale } = usePortal();
  const list = useQuery({
    queryKey: ['portal', slug, 'tickets'],
    queryFn: () => request<{ items: PortalTicketSummary[] }>(orgPath(slug, '/tickets')),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {me?.name ? t('tickets.helloName', { name: me.name }) : t('tickets.hello')}
        </Title>
        <Button component={Link} to={`/${slug}/complaints/new`}>
          {t('complaints.new')}
        </Button>
      </Group>
      <Title order={2} size="h3">
        {t('tickets.title')}
      </Title>
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={list.error} />
      {list.data && (
        <>
          <Text c="dimmed">{t('tickets.count', { count: list.data.items.length })}</Text>
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.data.items.map((ticket) => (
              <Card key={ticket.id} withBorder component="li" padding="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <Anchor component={Link} to={`/${slug}/tickets/${ticket.id}`} fw={500}>
                      {ticket.subject}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {t('tickets.numberAndDate', {
                        number: ticket.number,
                        date: formatDateTime(ticket.lastActivityAt, locale, org.timeZone),
                      })}
                    </Text>
                  </Stack>
                  <StatusBadge status={ticket.status} />
                </Group>
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}

/** One request with its public conversation and the reply box. */
export function TicketPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { slug, org, locale } = usePortal();
  const qc = useQueryClient();
  const key = ['portal', slug, 'ticket', id];
  const ticket = useQuery({
    queryKey: key,
    queryFn: () => request<PortalTicket>(orgPath(slug, `/tickets/${id}`)),
  });
  const [text, setText] = useState('');
  const reply = useMutation({
    mutationFn: () =>
      request<PortalTicket>(orgPath(slug, `/tickets/${id}/replies`), { method: 'POST', json: { text } }),
    onSuccess: (fresh) => {
      qc.setQueryData(key, fresh);
      void qc.invalidateQueries({ queryKey: ['portal', slug, 'tickets'] });
      setText('');
    },
  });
  if (ticket.isPending) return <Loader aria-label={t('common.loading')} />;
  if (ticket.isError) return <ErrorAlert error={ticket.error} />;
  const tk = ticket.data;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/${slug}`}>
        {t('tickets.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {tk.subject}
        </Title>
        <StatusBadge status={tk.status} />
      </Group>
      <Text c="dimmed">{t('tickets.number', { number: tk.number })}</Text>
      {tk.type === 'complaint' && (
        <Anchor component={Link} to={`/${slug}/complaints/${tk.id}`}>
          {t('tickets.seeComplaint')}
        </Anchor>
      )}
      <Stack
        gap="sm"
        component="ol"
        aria-label={t('tickets.conversation')}
        style={{ listStyle: 'none', padding: 0 }}
      >
        {tk.messages.map((m) => (
          <Paper
            key={m.id}
            component="li"
            withBorder
            p="sm"
            bg={m.from === 'customer' ? 'gray.0' : undefined}
            ml={m.from === 'customer' ? 'lg' : 0}
            mr={m.from === 'customer' ? 0 : 'lg'}
          >
            <Text size="sm" fw={500}>
              {m.from === 'customer' ? t('tickets.you') : (m.authorName ?? org.name)}
              <Text span c="dimmed" size="sm">
                {' · '}
                {formatDateTime(m.createdAt, locale, org.timeZone)}
              </Text>
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{m.text}</Text>
            {m.attachments.map((a) => (
              <Anchor key={a.id} href={orgPath(slug, `/attachments/${a.id}`)} size="sm" display="block">
                {a.filename} ({formatSize(a.size)})
              </Anchor>
            ))}
          </Paper>
        ))}
      </Stack>
      {tk.canReply ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) reply.mutate();
          }}
        >
          <Stack gap="sm">
            <Textarea
              label={t('tickets.reply')}
              autosize
              minRows={3}
              required
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <ErrorAlert error={reply.error} />
            <Group>
              <Button type="submit" loading={reply.isPending}>
                {t('tickets.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text c="dimmed">{t('tickets.closed')}</Text>
      )}
    </Stack>
  );
}
