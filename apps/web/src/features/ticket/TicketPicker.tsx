import type { Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { qk } from '../../api/query-keys.ts';
import { searchTickets } from '../../api/tickets.ts';
import { SearchSelect } from '../workspace/SearchSelect.tsx';

/**
 * Picks another ticket by number (`#123` or `123`) or by what it says (subject, messages,
 * customer), as the agent types. `excludeId` leaves out the ticket being worked on.
 */
export function TicketPicker({
  label,
  excludeId,
  onPick,
}: {
  label: string;
  excludeId: string;
  onPick: (ticket: Ticket) => void;
}) {
  const { t } = useTranslation();
  return (
    <SearchSelect
      label={label}
      placeholder={t('ticket.picker.placeholder')}
      queryKey={qk.search}
      search={async (q) => (await searchTickets(q)).map((hit) => hit.ticket)}
      minLength={1}
      normalize={(text) => text.trim().replace(/^#/, '')}
      exclude={(tk) => tk.id === excludeId}
      toOption={(tk) => ({
        value: tk.id,
        label: `#${tk.number} ${tk.subject} (${t(`ticket.status.${tk.status}`)})`,
      })}
      nothingFound={() => t('ticket.picker.nothing')}
      onPick={onPick}
    />
  );
}
