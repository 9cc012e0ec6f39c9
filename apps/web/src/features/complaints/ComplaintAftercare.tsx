import { Alert, Anchor, Badge, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconFileTypePdf, IconMailForward } from '@tabler/icons-react';
import type { Complaint } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { causeSelectData } from './cause-options.ts';
import { formatCalendarDate, formatZonedInstant } from './complaint-format.ts';
import {
  causeKeys,
  decisionLetterUrl,
  listComplaintCauses,
  recordRefundPaid,
  recordRemedyCarriedOut,
  sendDecisionLetter,
  setComplaintRootCause,
} from './complaints-api.ts';
import { useComplaintChange } from './use-complaint-change.ts';

const REFUND_COLOR = {
  running: 'blue',
  due_soon: 'orange',
  paid_in_time: 'green',
  paid_late: 'yellow',
  overdue: 'red',
} as const;
const DELIVERY_COLOR = { queued: 'gray', sent: 'blue', delivered: 'green', bounced: 'red' } as const;

/**
 * After the decision: the root cause (required to close), the remedy carried out, the refund
 * clock, and the decision letter sent by e-mail with its delivery.
 */
export function ComplaintAftercare({ complaint, timeZone }: { complaint: Complaint; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const tr = t as unknown as (key: string) => string;
  const at = (iso: string) => formatZonedInstant(i18n.language, timeZone, iso);
  const day = (date: string) => formatCalendarDate(i18n.language, date);
  const id = complaint.ticketId;
  const d = complaint.decision!;
  const causes = useQuery({ queryKey: causeKeys.all, queryFn: listComplaintCauses });
  const [carriedOutOn, setCarriedOutOn] = useState('');
  const cause = useComplaintChange(id, (code: string) =>
    setComplaintRootCause(id, { version: complaint.version, rootCauseCode: code }),
  );
  const remedy = useComplaintChange(id, (date: string) =>
    recordRemedyCarriedOut(id, { version: complaint.version, carriedOutOn: date }),
  );
  const refund = useComplaintChange(id, () => recordRefundPaid(id, { paidAt: new Date().toISOString() }));
  const letter = useComplaintChange(id, () => sendDecisionLetter(id));
  const error = cause.error ?? remedy.error ?? refund.error ?? letter.error;
  const r = complaint.refund;
  const l = complaint.answerLetter;

  return (
    <Stack gap={6}>
      <Select
        size="xs"
        label={t('complaints.decision.rootCause')}
        description={complaint.rootCauseCode ? undefined : t('complaints.causes.requiredToClose')}
        data={causeSelectData(causes.data ?? [])}
        value={complaint.rootCauseCode}
        onChange={(code) => code && cause.mutate(code)}
        searchable
        disabled={cause.isPending}
      />
      {d.outcome === 'accepted' && !d.carriedOutOn && (
        <Group gap="xs" align="flex-end">
          <TextInput
            size="xs"
            type="date"
            label={t('complaints.decision.carriedOutOn')}
            value={carriedOutOn}
            onChange={(e) => setCarriedOutOn(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={!carriedOutOn}
            loading={remedy.isPending}
            onClick={() => remedy.mutate(carriedOutOn)}
          >
            {t('complaints.remedyDone.save')}
          </Button>
        </Group>
      )}
      {d.carriedOutOn && (
        <Text size="sm">
          {t('complaints.decision.carriedOutOn')}: {day(d.carriedOutOn)}
        </Text>
      )}
      {r && (
        <Group gap="xs" aria-label={t('complaints.refund.title')}>
          <Text size="sm">
            {t('complaints.refund.due', {
              date: day(r.deadline.dueDate),
              amount: r.amount ? `${r.amount.amount} ${r.amount.currency}` : '—',
            })}
          </Text>
          <Badge color={REFUND_COLOR[r.state]} variant="light">
            {tr(`complaints.refund.state.${r.state}`)}
          </Badge>
          {r.paidAt ? (
            <Text size="sm" c="dimmed">
              {t('complaints.refund.paidAt', { at: at(r.paidAt) })}
            </Text>
          ) : (
            <Button size="xs" variant="default" loading={refund.isPending} onClick={() => refund.mutate()}>
              {t('complaints.refund.markPaid')}
            </Button>
          )}
        </Group>
      )}
      <Group gap="xs">
        {l?.attachmentId && (
          <Anchor href={decisionLetterUrl(id)} target="_blank" rel="noopener" size="sm">
            <Group gap={4} wrap="nowrap">
              <IconFileTypePdf size={16} aria-hidden />
              {t('complaints.letter.pdf')}
            </Group>
          </Anchor>
        )}
        {l && (
          <Badge color={DELIVERY_COLOR[l.delivery]} variant="light">
            {tr(`complaints.letter.delivery.${l.delivery}`)}
          </Badge>
        )}
        {(!l || l.delivery === 'bounced') && (
          <Button
            size="xs"
            leftSection={<IconMailForward size={14} aria-hidden />}
            loading={letter.isPending}
            onClick={() => letter.mutate()}
          >
            {t('complaints.letter.send')}
          </Button>
        )}
      </Group>
      {error && (
        <Alert color="red" role="alert" py={6}>
          {describe(error)}
        </Alert>
      )}
    </Stack>
  );
}
