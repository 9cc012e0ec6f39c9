import { memo } from 'react';
import type { Ticket } from '@kontakt/contracts';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../workspace/relative-time.ts';
import { PriorityLabel, StatusLabel } from './TicketLabels.tsx';
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
  labels: { select: string; unassigned: string; unknownCustomer: string };
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
  onFocusRow: (id: string) => void;
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
        <StatusLabel status={ticket.status} />
      </td>
      <td>
        <PriorityLabel priority={ticket.priority} />
      </td>
      <td className={assigneeName ? undefined : classes.dimmed}>{assigneeName ?? labels.unassigned}</td>
      <td>
        <time dateTime={ticket.lastActivityAt} title={formatDateTime(ticket.lastActivityAt, locale)}>
          {formatRelative(ticket.lastActivityAt, now, locale)}
        </time>
      </td>
    </tr>
  );
});
