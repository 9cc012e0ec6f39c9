import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import type { Complaint } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { ClockBadge } from './ClockBadge.tsx';
import { formatCalendarDate, formatZonedInstant } from './complaint-format.ts';
import { complaintProtocolUrl, recordComplaintAnswer } from './complaints-api.ts';
import { ComplaintAftercare } from './ComplaintAftercare.tsx';
import { SendProtocolButton } from './SendProtocolButton.tsx';
import { ComplaintDecisionForm } from './ComplaintDecisionForm.tsx';
import { ComplaintExtensionForm } from './ComplaintExtensionForm.tsx';
import { DeadlineLines } from './DeadlinePreview.tsx';
import { useComplaintChange } from './use-complaint-change.ts';

/** A label and its value on one line. */
function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Text size="sm">
      <Text span c="dimmed" size="sm">
        {label}:{' '}
      </Text>
      {children}
    </Text>
  );
}

/** The recorded complaint: clock, protocol summary, decision, answer and CZ extension. */
export function ComplaintView({ complaint, timeZone }: { complaint: Complaint; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const tr = t as unknown as (key: string) => string;
  const describe = useErrorMessage();
  const [extending, setExtending] = useState(false);
  const at = (iso: string) => formatZonedInstant(i18n.language, timeZone, iso);
  const day = (date: string) => formatCalendarDate(i18n.language, date);
  const answer = useComplaintChange(complaint.ticketId, (kind: 'sentAt' | 'deliveredAt') =>
    recordComplaintAnswer(complaint.ticketId, { [kind]: new Date().toISOString() }),
  );
  const d = complaint.decision;
  const canExtend =
    complaint.jurisdiction === 'CZ' && !complaint.answerDeliveredAt && !complaint.extension && !d;

  return (
    <Stack gap="xs">
      <Group justify="space-between" wrap="nowrap">
        <ClockBadge state={complaint.state} daysLeft={complaint.daysLeft} />
        <Anchor href={complaintProtocolUrl(complaint.ticketId)} target="_blank" rel="noopener" size="sm">
          <Group gap={4} wrap="nowrap">
            <IconFileTypePdf size={16} aria-hidden />
            {t('complaints.panel.protocol')}
          </Group>
        </Anchor>
      </Group>
      <Group justify="flex-end" gap={6}>
        <SendProtocolButton ticketId={complaint.ticketId} />
      </Group>
      <DeadlineLines deadline={complaint.deadline} />
      {complaint.mustCarryOutDemand && (
        <Alert color="red" variant="light" py={6} role="status">
          {t('complaints.panel.mustCarryOut', { demand: tr(`complaints.remedy.${complaint.demand.kind}`) })}
        </Alert>
      )}
      {complaint.state === 'overdue_consumer_options' && (
        <Alert color="red" variant="light" py={6} role="status">
          {t('complaints.panel.consumerOptions')}
        </Alert>
      )}
      <Fact label={t('complaints.fields.regime')}>{tr(`complaints.regime.${complaint.regime}`)}</Fact>
      <Fact label={t('complaints.fields.receivedAt')}>{at(complaint.receivedAt)}</Fact>
      <Fact label={t('complaints.fields.productName')}>
        {[complaint.product.name, complaint.product.model].filter(Boolean).join(' · ')}
      </Fact>
      <Fact label={t('complaints.fields.demand')}>
        {tr(`complaints.remedy.${complaint.demand.kind}`)}
        {complaint.demand.amount && ` ${complaint.demand.amount.amount} ${complaint.demand.amount.currency}`}
      </Fact>
      {complaint.extension && (
        <Fact label={t('complaints.extension.title')}>
          {t('complaints.extension.recorded', {
            date: day(complaint.extension.agreedDueDate),
            agreement: complaint.extension.agreement,
          })}
        </Fact>
      )}
      {d ? (
        <>
          <Fact label={t('complaints.decision.title')}>
            {t('complaints.decision.made', {
              outcome: tr(`complaints.decision.${d.outcome}`),
              date: at(d.decidedAt),
            })}
            {d.remedy && ` · ${tr(`complaints.remedy.${d.remedy}`)}`}
            {d.amount && ` ${d.amount.amount} ${d.amount.currency}`}
          </Fact>
          {d.reasons && <Fact label={t('complaints.decision.reasons')}>{d.reasons}</Fact>}
          <ComplaintAftercare complaint={complaint} timeZone={timeZone} />
        </>
      ) : (
        <ComplaintDecisionForm complaint={complaint} />
      )}
      {complaint.answerSentAt && (
        <Fact label={t('complaints.answer.sent')}>{at(complaint.answerSentAt)}</Fact>
      )}
      {complaint.answerDeliveredAt && (
        <Fact label={t('complaints.answer.delivered')}>{at(complaint.answerDeliveredAt)}</Fact>
      )}
      {d && (!complaint.answerSentAt || !complaint.answerDeliveredAt) && (
        <Group gap="xs">
          {!complaint.answerSentAt && (
            <Button
              size="xs"
              variant="default"
              loading={answer.isPending}
              onClick={() => answer.mutate('sentAt')}
            >
              {t('complaints.answer.markSent')}
            </Button>
          )}
          {!complaint.answerDeliveredAt && (
            <Button
              size="xs"
              variant="default"
              loading={answer.isPending}
              onClick={() => answer.mutate('deliveredAt')}
            >
              {t('complaints.answer.markDelivered')}
            </Button>
          )}
        </Group>
      )}
      {answer.error && (
        <Alert color="red" role="alert" py={6}>
          {describe(answer.error)}
        </Alert>
      )}
      {canExtend &&
        (extending ? (
          <ComplaintExtensionForm
            complaint={complaint}
            timeZone={timeZone}
            onDone={() => setExtending(false)}
          />
        ) : (
          <Group>
            <Button size="xs" variant="subtle" onClick={() => setExtending(true)}>
              {t('complaints.extension.open')}
            </Button>
          </Group>
        ))}
    </Stack>
  );
}
