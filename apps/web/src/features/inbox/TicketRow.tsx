import { memo } from 'react';
import type { Priority, Ticket, TicketStatus } from '@kontakt/contracts';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../workspace/relative-time.ts';
import { nextDue, type Due, type DueState } from './sla-due.ts';
import { PriorityMark, StatusMark } from './TicketLabels.tsx';
import classes from './Inbox.module.css';

/** The DOM id of a row, for focus and `aria-activedescendant`-style lookups. */
export const rowDomId = (ticketId: string) => `ticket-row-${ticketId}`;

interface TicketRowProps {
  ticket: Ticket;
  active: boolean;
  selected: boolean;
  customerName: string | undefined;
  queueName: string | undefined;
  assigneeName: string | undefined;
  now: number;
  locale: string;
  /** Translated pieces, passed in so the row needs no hooks. */
  labels: RowLabels;
  /** Whether the list shows the due column (some ticket on it has a running SLA target). */
  showDue: boolean;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onFocusRow: (id: string) => void;
}

/** Translated pieces of a row, passed in so the row needs no hooks. */
export interface RowLabels {
  select: string;
  unassigned: string;
  unknownCustomer: string;
  created: string;
  /** Spoken before a due time that is close or past (colour alone must not say it). */
  dueState: Record<Exclude<DueState, 'normal'>, string>;
  dueTarget: Record<NonNullable<Due['target']>, string>;
  status: Record<TicketStatus, string>;
  priority: Record<Priority, string>;
}

/** The next SLA due time: relative, with an icon and a spoken word when close or past. */
function DueCell({
  due,
  now,
  locale,
  labels,
}: {
  due: Due | null;
  now: number;
  locale: string;
  labels: RowLabels;
}) {
  if (!due) return <td className={classes.dimmed}>—</td>;
  const what = due.target ? `${labels.dueTarget[due.target]}: ` : '';
  return (
    <td className={classes.due} data-state={due.state}>
      {due.state !== 'normal' && (
        <>
          <IconAlertTriangle size={12} stroke={2} aria-hidden />
          <span className={classes.srOnly}>{labels.dueState[due.state]} </span>
        </>
      )}
      <time dateTime={due.at} title={what + formatDateTime(due.at, locale)}>
        {formatRelative(due.at, now, locale)}
      </time>
    </td>
  );
}

/** One dense line of the ticket list; plain markup, memoized, no per-row queries. */
export const TicketRow = memo(function TicketRow({
  ticket,
  active,
  selected,
  customerName,
  queueName,
  assigneeName,
  now,
  locale,
  labels,
  showDue,
  onToggle,
  onOpen,
  onFocusRow,
}: TicketRowProps) {
  return (
    <tr
      id={rowDomId(ticket.id)}
      className={classes.row}
      tabIndex={active ? 0 : -1}
      aria-selected={selected}
      data-active={active || undefined}
      data-new={ticket.status === 'new' || undefined}
      data-ticket-id={ticket.id}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onFocusRow(ticket.id);
      }}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest('input, a')) return;
        onOpen(ticket.id);
      }}
    >
      <td>
        <input
          type="checkbox"
          className={classes.checkbox}
          checked={selected}
          tabIndex={active ? 0 : -1}
          aria-label={`${labels.select} #${ticket.number}`}
          onChange={() => onToggle(ticket.id)}
        />
      </td>
      <td className={classes.number}>{ticket.number}</td>
      <td>
        <Link to={`/tickets/${ticket.id}`} className={classes.subject} tabIndex={-1}>
          {ticket.subject}
        </Link>
        <span className={classes.meta}>
          {customerName ?? labels.unknownCustomer}
          {queueName ? ` · ${queueName}` : ''}
        </span>
      </td>
      <td>
        <StatusMark status={ticket.status} label={labels.status[ticket.status]} />
      </td>
      <td>
        <PriorityMark priority={ticket.priority} label={labels.priority[ticket.priority]} />
      </td>
      <td className={assigneeName ? undefined : classes.dimmed}>{assigneeName ?? labels.unassigned}</td>
      {showDue && <DueCell due={nextDue(ticket, now)} now={now} locale={locale} labels={labels} />}
      <td>
        <time dateTime={ticket.lastActivityAt} title={formatDateTime(ticket.lastActivityAt, locale)}>
          {formatRelative(ticket.lastActivityAt, now, locale)}
        </time>
        <span className={classes.meta}>
          {labels.created}{' '}
          <time dateTime={ticket.createdAt} title={formatDateTime(ticket.createdAt, locale)}>
            {formatRelative(ticket.createdAt, now, locale)}
          </time>
        </span>
      </td>
    </tr>
  );
});
