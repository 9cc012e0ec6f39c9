import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Review } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { qualityKeys, respondToReview } from './quality-api.ts';
import { ScoreBadge } from './ScoreBadge.tsx';

const STATUS_COLOR = { draft: 'gray', published: 'blue', acknowledged: 'teal', disputed: 'orange' } as const;

/**
 * One review as its reader sees it: score, the answers with the reviewer's comments, and for the
 * reviewed agent the buttons to acknowledge or dispute it (a dispute needs a comment).
 */
export function ReviewCard({ review, meId, onEdit }: { review: Review; meId: string; onEdit?: () => void }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [disputing, setDisputing] = useState(false);
  const [comment, setComment] = useState('');
  const respond = useMutation({
    mutationFn: (kind: 'acknowledge' | 'dispute') => respondToReview(review.id, kind, comment),
    onSuccess: async () => {
      setDisputing(false);
      await queryClient.invalidateQueries({ queryKey: qualityKeys.all });
    },
  });
  const mine = review.agentId === meId && review.status === 'published';
  const labels = new Map(review.sections.flatMap((s) => s.criteria.map((c) => [c.id, c.label] as const)));
  const date = review.publishedAt ?? review.createdAt;

  return (
    <Stack gap={6}>
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <ScoreBadge score={review.score} passed={review.passed} />
          <Badge variant="outline" radius="sm" color={STATUS_COLOR[review.status]}>
            {t(`quality.status.${review.status}`)}
          </Badge>
        </Group>
        {onEdit && (
          <Button size="compact-xs" variant="subtle" onClick={onEdit}>
            {t('quality.edit')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {t('quality.byLine', {
          scorecard: review.scorecardName,
          reviewer: review.reviewerName,
          agent: review.agentName,
          date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(date)),
        })}
      </Text>
      {review.criticalFailures.length > 0 && (
        <Text size="sm" c="red.8">
          {t('quality.criticalFailed', {
            items: review.criticalFailures.map((id) => labels.get(id) ?? id).join(', '),
          })}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {review.sections.flatMap((s) =>
          s.criteria.map((c) => (
            <List.Item key={c.id}>
              {c.label}: <strong>{t(`quality.answer.${review.answers[c.id] ?? 'na'}`)}</strong>
              {review.comments[c.id] && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  — {review.comments[c.id]}
                </Text>
              )}
            </List.Item>
          )),
        )}
      </List>
      {review.comment && <Text size="sm">{review.comment}</Text>}
      {review.response && (
        <Text size="sm" fs="italic">
          {t('quality.agentResponse', { name: review.agentName, text: review.response })}
        </Text>
      )}
      {respond.error && (
        <Alert color="red" role="alert" py={6}>
          {describe(respond.error)}
        </Alert>
      )}
      {mine && !disputing && (
        <Group gap="xs">
          <Button size="xs" loading={respond.isPending} onClick={() => respond.mutate('acknowledge')}>
            {t('quality.acknowledge')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setDisputing(true)}>
            {t('quality.dispute')}
          </Button>
        </Group>
      )}
      {mine && disputing && (
        <Stack gap={6}>
          <Textarea
            label={t('quality.disputeReason')}
            autosize
            minRows={2}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          <Group gap="xs">
            <Button
              size="xs"
              color="orange"
              disabled={!comment.trim()}
              loading={respond.isPending}
              onClick={() => respond.mutate('dispute')}
            >
              {t('quality.sendDispute')}
            </Button>
            <Button size="xs" variant="subtle" onClick={() => setDisputing(false)}>
              {t('quality.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
