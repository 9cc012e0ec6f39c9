import { Alert, Loader, List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ComplaintRegime, Jurisdiction, StatutoryDeadline } from '@kontakt/contracts';
import { regimeBelongsTo } from '@kontakt/domain';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { formatCalendarDate } from './complaint-format.ts';
import { previewComplaintDeadline } from './complaints-api.ts';

interface PreviewProps {
  jurisdiction: string;
  regime: string;
  /** The receipt instant (ISO), or null while the field is not a valid time. */
  receivedAt: string | null;
  extended: boolean;
}

/** The due date and why it moved, in the reader's language. */
export function DeadlineLines({ deadline }: { deadline: StatutoryDeadline }) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatCalendarDate(i18n.language, date);
  return (
    <>
      <Text size="sm" fw={600}>
        {t('complaints.deadline.due', {
          date: day(deadline.dueDate),
          rule: deadline.ruleId,
          version: deadline.ruleVersion,
        })}
      </Text>
      {deadline.shifts.length > 0 && (
        <>
          <Text size="xs" c="dimmed" mt={4}>
            {t('complaints.deadline.movedFrom', { date: day(deadline.nominalDueDate) })}
          </Text>
          <List size="xs" spacing={0}>
            {deadline.shifts.map((s) => (
              <List.Item key={s.date}>
                {t(`complaints.deadline.shift.${s.reason}`, { date: day(s.date), name: s.name ?? '' })}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </>
  );
}

/**
 * The statutory deadline the complaint will have, asked as soon as jurisdiction, law and
 * receipt time are filled, so the agent can tell the customer before saving.
 */
export function DeadlinePreview({ jurisdiction, regime, receivedAt, extended }: PreviewProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const ready =
    Boolean(jurisdiction && regime && receivedAt) &&
    regimeBelongsTo(regime as ComplaintRegime, jurisdiction as Jurisdiction);
  const input = {
    jurisdiction: jurisdiction as Jurisdiction,
    regime: regime as ComplaintRegime,
    receivedAt: receivedAt ?? '',
    extended,
  };
  const preview = useQuery({
    queryKey: ['complaints', 'deadline', input],
    queryFn: () => previewComplaintDeadline(input),
    enabled: ready,
    staleTime: 60_000,
  });
  return (
    <Alert
      color="gray"
      variant="light"
      title={t('complaints.deadline.title')}
      role="status"
      aria-live="polite"
    >
      {!ready ? (
        <Text size="sm" c="dimmed">
          {t('complaints.deadline.hint')}
        </Text>
      ) : preview.isPending ? (
        <Loader size="xs" aria-label={t('common.loading')} />
      ) : preview.error ? (
        <Text size="sm" c="red">
          {describe(preview.error)}
        </Text>
      ) : (
        <DeadlineLines deadline={preview.data} />
      )}
    </Alert>
  );
}
