import { Alert, Loader, Paper, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Locale, Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useOrganizationZone } from './complaint-format.ts';
import { complaintKeys, getTicketComplaint } from './complaints-api.ts';
import { ComplaintIntakeForm } from './ComplaintIntakeForm.tsx';
import { ComplaintView } from './ComplaintView.tsx';

/** The complaint of a ticket of type `complaint`: the intake form until it is recorded, then its clock. */
export function ComplaintPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const timeZone = useOrganizationZone();
  const complaint = useQuery({
    queryKey: complaintKeys.ofTicket(ticket.id),
    queryFn: () => getTicketComplaint(ticket.id),
    retry: false,
  });
  const missing = complaint.error instanceof ApiError && complaint.error.status === 404;
  const canChange = ticket.abilities?.update !== false;

  return (
    <Paper component="section" withBorder p="sm" aria-labelledby="complaint-panel-title">
      <Title order={2} size="h5" mb="xs" id="complaint-panel-title">
        {complaint.data
          ? t('complaints.panel.titleNumber', { number: complaint.data.number })
          : t('complaints.panel.title')}
      </Title>
      {complaint.isPending ? (
        <Loader size="xs" aria-label={t('common.loading')} />
      ) : complaint.data ? (
        <ComplaintView complaint={complaint.data} timeZone={timeZone} />
      ) : missing && canChange ? (
        <ComplaintIntakeForm
          ticketId={ticket.id}
          timeZone={timeZone}
          language={(ticket.language ?? 'pl') as Locale}
        />
      ) : (
        <Alert color={missing ? 'gray' : 'red'} role={missing ? 'status' : 'alert'} py={6}>
          {missing ? t('complaints.panel.none') : describe(complaint.error)}
        </Alert>
      )}
    </Paper>
  );
}
