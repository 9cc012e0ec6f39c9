import { useState } from 'react';
import { Button, Divider, Group, Paper, Select, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Review, Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useSignedInMe } from '../auth/session.tsx';
import { listReviews, listScorecards, qualityKeys } from './quality-api.ts';
import { ReviewCard } from './ReviewCard.tsx';
import { ReviewForm } from './ReviewForm.tsx';

export const REVIEWER_ROLES = ['admin', 'lead', 'qa'] as const;

/**
 * Quality reviews of this conversation in the ticket's side panel. Reviewers score it here;
 * the reviewed agent reads the review and acknowledges or disputes it. Hidden when there is
 * nothing to show and nothing the reader may do.
 */
export function QualityPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const reviewer = (REVIEWER_ROLES as readonly string[]).includes(me.agent.role);
  const reviews = useQuery({
    queryKey: qualityKeys.reviews({ ticketId: ticket.id }),
    queryFn: () => listReviews({ ticketId: ticket.id }),
  });
  const scorecards = useQuery({
    queryKey: qualityKeys.scorecards,
    queryFn: listScorecards,
    enabled: reviewer,
  });
  const [scoring, setScoring] = useState<{ scorecardId: string; review?: Review } | null>(null);
  const active = (scorecards.data ?? []).filter((s) => s.active);
  const items = reviews.data ?? [];
  if (!reviewer && items.length === 0) return null;
  const mineAlready = new Set(items.filter((r) => r.reviewerId === me.agent.id).map((r) => r.scorecardId));
  const card = scoring && (scoring.review ?? active.find((s) => s.id === scoring.scorecardId));

  return (
    <Paper component="section" withBorder p="sm" aria-labelledby="quality-panel-title">
      <Title order={2} size="h5" mb="xs" id="quality-panel-title">
        {t('quality.panelTitle')}
      </Title>
      <Stack gap="sm">
        {items.map((review, i) => (
          <Stack key={review.id} gap="sm">
            {i > 0 && <Divider />}
            {scoring?.review?.id === review.id ? null : (
              <ReviewCard
                review={review}
                meId={me.agent.id}
                onEdit={
                  review.reviewerId === me.agent.id
                    ? () => setScoring({ scorecardId: review.scorecardId, review })
                    : undefined
                }
              />
            )}
          </Stack>
        ))}
        {scoring && card ? (
          <ReviewForm
            key={scoring.review?.id ?? scoring.scorecardId}
            ticketId={ticket.id}
            scorecard={
              scoring.review
                ? {
                    id: scoring.review.scorecardId,
                    sections: scoring.review.sections,
                    passMark: scoring.review.passMark,
                  }
                : (card as { id: string; sections: Review['sections']; passMark: number })
            }
            review={scoring.review}
            onDone={() => setScoring(null)}
          />
        ) : (
          reviewer &&
          active.length > 0 && (
            <Group gap="xs" align="flex-end">
              <Select
                size="xs"
                label={t('quality.scorecard')}
                data={active
                  .filter((s) => !mineAlready.has(s.id))
                  .map((s) => ({ value: s.id, label: s.name }))}
                value={null}
                placeholder={t('quality.reviewWith')}
                onChange={(id) => id && setScoring({ scorecardId: id })}
                allowDeselect={false}
                style={{ flex: 1 }}
              />
              {items.length > 1 && (
                <Button
                  size="xs"
                  variant="subtle"
                  component="a"
                  href={`/quality?tab=calibration&ticket=${ticket.id}`}
                >
                  {t('quality.calibrate')}
                </Button>
              )}
            </Group>
          )
        )}
      </Stack>
    </Paper>
  );
}
