import { useState } from 'react';
import { Alert, Anchor, Drawer, Group, Loader, SegmentedControl, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Review } from '@kontakt/contracts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { listReviews, qualityKeys } from './quality-api.ts';
import { ReviewCard } from './ReviewCard.tsx';
import { ScoreBadge } from './ScoreBadge.tsx';

const FILTERS = ['all', 'draft', 'published', 'acknowledged', 'disputed'] as const;

/** Reviews in a table (reviewers: all; agents: their own); a row opens the review beside the list. */
export function ReviewsTab({ reviewer }: { reviewer: boolean }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const me = useSignedInMe();
  const [status, setStatus] = useState<(typeof FILTERS)[number]>('all');
  const [open, setOpen] = useState<Review | null>(null);
  const filter = { status: status === 'all' ? undefined : status };
  const reviews = useQuery({ queryKey: qualityKeys.reviews(filter), queryFn: () => listReviews(filter) });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const current = open && reviews.data?.find((r) => r.id === open.id);

  return (
    <>
      <SegmentedControl
        mb="sm"
        size="xs"
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        data={FILTERS.filter((f) => reviewer || f !== 'draft').map((f) => ({
          value: f,
          label: f === 'all' ? t('quality.all') : t(`quality.status.${f}`),
        }))}
        aria-label={t('quality.statusFilter')}
      />
      {reviews.isPending ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : reviews.error ? (
        <Alert color="red" role="alert">
          {describe(reviews.error)}
        </Alert>
      ) : reviews.data.length === 0 ? (
        <Text c="dimmed">{t('quality.noReviews')}</Text>
      ) : (
        <Table highlightOnHover striped aria-label={t('quality.tabs.reviews')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('quality.col.ticket')}</Table.Th>
              {reviewer && <Table.Th>{t('quality.col.agent')}</Table.Th>}
              <Table.Th>{t('quality.col.reviewer')}</Table.Th>
              <Table.Th>{t('quality.col.scorecard')}</Table.Th>
              <Table.Th>{t('quality.col.score')}</Table.Th>
              <Table.Th>{t('quality.col.status')}</Table.Th>
              <Table.Th>{t('quality.col.date')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {reviews.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Anchor component={Link} to={`/tickets/${r.ticketId}`} size="sm">
                      #{r.ticketNumber}
                    </Anchor>
                    <Anchor component="button" type="button" size="sm" onClick={() => setOpen(r)}>
                      {r.ticketSubject}
                    </Anchor>
                  </Group>
                </Table.Td>
                {reviewer && <Table.Td>{r.agentName}</Table.Td>}
                <Table.Td>{r.reviewerName}</Table.Td>
                <Table.Td>{r.scorecardName}</Table.Td>
                <Table.Td>
                  <ScoreBadge score={r.score} passed={r.passed} />
                </Table.Td>
                <Table.Td>{t(`quality.status.${r.status}`)}</Table.Td>
                <Table.Td>{date.format(new Date(r.publishedAt ?? r.createdAt))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Drawer
        opened={Boolean(current)}
        onClose={() => setOpen(null)}
        position="right"
        size="md"
        title={current ? `#${current.ticketNumber} ${current.ticketSubject}` : ''}
      >
        {current && <ReviewCard review={current} meId={me.agent.id} />}
      </Drawer>
    </>
  );
}
