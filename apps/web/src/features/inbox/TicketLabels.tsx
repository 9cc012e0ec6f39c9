import type { Priority, TicketStatus } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import classes from './ticket-labels.module.css';

/** A ticket status as a dot and a word; plain markup, cheap enough for every row. */
export function StatusLabel({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <span className={classes.status} data-status={status}>
      <span className={classes.dot} aria-hidden />
      {t(`ticket.status.${status}`)}
    </span>
  );
}

/** A priority as a word; only high and urgent draw the eye. */
export function PriorityLabel({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={classes.priority} data-priority={priority}>
      {t(`ticket.priority.${priority}`)}
    </span>
  );
}
