import { Alert, Anchor, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PortalComplaint } from '@kontakt/contracts';
import { orgPath, request } from '../api.ts';
import { formatAmount, formatDateTime, formatDay } from '../format.ts';
import { ErrorAlert, usePortal } from '../shell.tsx';
import { Deadline, StateBadge } from './complaint-parts.tsx';

/** The customer's complaints with their statutory clocks. */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { slug } = usePortal();
  const list = useQuery({
    queryKey: ['portal', slug, 'complaints'],
    queryFn: () => request<{ items: PortalComplaint[] }>(orgPath(slug, '/complaints')),
  });
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('complaints.title')}
        </Title>
        <Button component={Link} to={`/${slug}/complaints/new`}>
          {t('complaints.new')}
        </Button>
      </Group>
      {list.isPending && <Loader aria-label={t('common.loading')} />}
      <ErrorAlert error={list.error} />
      {list.data && list.data.items.length === 0 && <Text>{t('complaints.none')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data?.items.map((c) => (
          <Card key={c.ticketId} withBorder component="li" padding="sm">
            <Stack gap={4}>
              <Group justify="space-between" wrap="wrap">
                <Anchor component={Link} to={`/${slug}/complaints/${c.ticketId}`} fw={500}>
                  {t('complaints.numberProduct', { number: c.number, product: c.product.name })}
                </Anchor>
                <StateBadge state={c.state} />
              </Group>
              <Deadline dueDate={c.dueDate} timeZone={c.timeZone} state={c.state} />
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

/** One complaint: its clock, the decision and the documents to download. */
export function ComplaintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { slug, locale } = usePortal();
  const q = useQuery({
    queryKey: ['portal', slug, 'complaint', id],
    queryFn: () => request<PortalComplaint>(orgPath(slug, `/complaints/${id}`)),
  });
  if (q.isPending) return <Loader aria-label={t('common.loading')} />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const c = q.data;
  const d = c.decision;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/${slug}/complaints`}>
        {t('complaints.back')}
      </Anchor>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('complaints.numberProduct', { number: c.number, product: c.product.name })}
        </Title>
        <StateBadge state={c.state} />
      </Group>
      <Text>{t('complaints.received', { date: formatDateTime(c.receivedAt, locale, c.timeZone) })}</Text>
      <Deadline dueDate={c.dueDate} timeZone={c.timeZone} state={c.state} />
      {c.mustCarryOutDemand && (
        <Alert color="grape" title={t('complaints.state.deemed_accepted')}>
          {t('complaints.deemedAccepted')}
        </Alert>
      )}
      <section aria-labelledby="decision">
        <Title order={2} size="h3" id="decision" mb="xs">
          {t('complaints.decision')}
        </Title>
        {d ? (
          <Stack gap={4}>
            <Text fw={600}>{t(`complaints.outcome.${d.outcome}`)}</Text>
            {d.remedy && (
              <Text>
                {t('complaints.remedy', { remedy: t(`complaints.remedies.${d.remedy}`) })}
                {d.amount ? ` (${formatAmount(d.amount, locale)})` : ''}
              </Text>
            )}
            {d.reasons && <Text style={{ whiteSpace: 'pre-wrap' }}>{d.reasons}</Text>}
            {d.carriedOutOn && (
              <Text>{t('complaints.carriedOut', { date: formatDay(d.carriedOutOn, locale) })}</Text>
            )}
            <Text size="sm" c="dimmed">
              {t('complaints.decidedAt', { date: formatDateTime(d.decidedAt, locale, c.timeZone) })}
            </Text>
          </Stack>
        ) : (
          <Text>{t('complaints.noDecision')}</Text>
        )}
      </section>
      <section aria-labelledby="documents">
        <Title order={2} size="h3" id="documents" mb="xs">
          {t('complaints.documents')}
        </Title>
        <List>
          {c.documents.map((doc) => (
            <List.Item key={doc.kind}>
              <Anchor href={doc.url} target="_blank" rel="noopener">
                {t(`complaints.document.${doc.kind}`)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </section>
      <section aria-labelledby="details">
        <Title order={2} size="h3" id="details" mb="xs">
          {t('complaints.details')}
        </Title>
        <Text>{t('complaints.demand', { demand: t(`complaints.remedies.${c.demand.kind}`) })}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{c.description}</Text>
        <Anchor component={Link} to={`/${slug}/tickets/${c.ticketId}`}>
          {t('complaints.conversation')}
        </Anchor>
      </section>
    </Stack>
  );
}
