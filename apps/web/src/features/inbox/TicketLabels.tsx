import type { Priority, TicketStatus } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import classes from './ticket-labels.module.css';

/** A ticket status as a dot and a word; plain markup, cheap enough for every row. */
export function StatusLabel({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <StatusMark status={status} label={t(`ticket.status.${status}`)} />;
}

/** A priority as a word; only high and urgent draw the eye. */
export function PriorityLabel({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return <PriorityMark priority={priority} label={t(`ticket.priority.${priority}`)} />;
}

/** The status label with its word given, for long lists that translate once (no hook per row). */
export function StatusMark({ status, label }: { status: TicketStatus; label: string }) {
  return (
    <span className={classes.status} data-status={status}>
      <span className={classes.dot} aria-hidden />
      {label}
    </span>
  );
}

/** The priority label with its word given, for long lists that translate once. */
export function PriorityMark({ priority, label }: { priority: Priority; label: string }) {
  return (
    <span className={classes.priority} data-priority={priority}>
      {label}
    </span>
  );
}
