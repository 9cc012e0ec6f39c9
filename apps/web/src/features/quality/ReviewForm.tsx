import { useState } from 'react';
import { Alert, Button, Group, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scoreReview } from '@kontakt/domain';
import type { CriterionAnswer, Review, Scorecard } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { createReview, qualityKeys, updateReview } from './quality-api.ts';
import { ScoreBadge } from './ScoreBadge.tsx';

const ANSWERS: CriterionAnswer[] = ['met', 'partial', 'not_met', 'na'];

/**
 * Scores a conversation with a scorecard: one answer per criterion (met, partly, not met, n/a),
 * comments, and the running score as the reviewer goes; saved as a draft or published.
 */
export function ReviewForm({
  ticketId,
  scorecard,
  review,
  onDone,
}: {
  ticketId: string;
  scorecard: Pick<Scorecard, 'id' | 'sections' | 'passMark'>;
  review?: Review;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, CriterionAnswer>>(review?.answers ?? {});
  const [comments, setComments] = useState<Record<string, string>>(review?.comments ?? {});
  const [comment, setComment] = useState(review?.comment ?? '');
  const live = scoreReview(scorecard.sections, answers, scorecard.passMark);
  const save = useMutation({
    mutationFn: (publish: boolean) =>
      review
        ? updateReview(review.id, { answers, comments, comment, publish, version: review.version })
        : createReview({ scorecardId: scorecard.id, ticketId, answers, comments, comment, publish }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: qualityKeys.all });
      onDone();
    },
  });

  return (
    <Stack gap="sm">
      {scorecard.sections.map((section) => (
        <Stack key={section.id} gap={6}>
          <Title order={3} size="h6">
            {section.title}
          </Title>
          {section.criteria.map((c) => (
            <Stack key={c.id} gap={4}>
              <Text size="sm" fw={500} id={`criterion-${c.id}`}>
                {c.label}
                {c.critical && (
                  <Text span c="red.8" size="xs" ml={6}>
                    {t('quality.critical')}
                  </Text>
                )}
              </Text>
              <SegmentedControl
                size="xs"
                fullWidth
                aria-labelledby={`criterion-${c.id}`}
                value={answers[c.id] ?? ''}
                onChange={(v) => setAnswers((a) => ({ ...a, [c.id]: v as CriterionAnswer }))}
                data={ANSWERS.map((a) => ({ value: a, label: t(`quality.answer.${a}`) }))}
              />
              <Textarea
                size="xs"
                autosize
                minRows={1}
                placeholder={t('quality.criterionComment')}
                aria-label={t('quality.criterionCommentFor', { label: c.label })}
                value={comments[c.id] ?? ''}
                onChange={(e) => setComments((m) => ({ ...m, [c.id]: e.currentTarget.value }))}
              />
            </Stack>
          ))}
        </Stack>
      ))}
      <Textarea
        label={t('quality.comment')}
        autosize
        minRows={2}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
      />
      <Group gap="xs">
        <Text size="sm">{t('quality.runningScore')}</Text>
        <ScoreBadge score={live.score} passed={live.passed} />
      </Group>
      {save.error && (
        <Alert color="red" role="alert" py={6}>
          {describe(save.error)}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        <Button variant="subtle" onClick={onDone}>
          {t('quality.cancel')}
        </Button>
        {(!review || review.status === 'draft') && (
          <Button variant="default" loading={save.isPending} onClick={() => save.mutate(false)}>
            {t('quality.saveDraft')}
          </Button>
        )}
        <Button loading={save.isPending} onClick={() => save.mutate(true)}>
          {t('quality.publish')}
        </Button>
      </Group>
    </Stack>
  );
}
