import { useState, type KeyboardEvent } from 'react';
import { Alert, Loader, Modal, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import type { Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { searchCustomers } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { listTickets, searchTickets } from '../../api/tickets.ts';
import type { SearchHit } from '../../api/types.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { customerLabel } from '../customers/customer-label.ts';
import { StatusLabel } from '../inbox/TicketLabels.tsx';
import classes from './SearchDialog.module.css';

type Result = { kind: 'ticket'; hit: SearchHit } | { kind: 'customer'; customer: Customer };
const optionId = (i: number) => `search-option-${i}`;

/** Ctrl+K: tickets (subjects, messages, notes) and customers as you type; Enter opens a tab. */
export function SearchDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.title')}
      size="lg"
      yOffset="10vh"
      transitionProps={{ duration: 0 }}
    >
      {opened && <SearchBody onClose={onClose} />}
    </Modal>
  );
}

function SearchBody({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [q] = useDebouncedValue(text.trim(), 250);
  const enabled = q.length >= 2;
  const tickets = useQuery({ queryKey: qk.search(q), queryFn: () => searchTickets(q), enabled });
  const customers = useQuery({
    queryKey: ['search-customers', q],
    queryFn: () => searchCustomers(q),
    enabled,
  });
  const results: Result[] = [
    ...(tickets.data ?? []).map((hit) => ({ kind: 'ticket' as const, hit })),
    ...(customers.data ?? []).map((customer) => ({ kind: 'customer' as const, customer })),
  ];
  const current = Math.min(active, Math.max(results.length - 1, 0));

  const choose = async (result: Result) => {
    if (result.kind === 'ticket') {
      onClose();
      void navigate(`/tickets/${result.hit.ticket.id}`);
      return;
    }
    // Customers have no page yet: open their latest ticket.
    const page = await queryClient.fetchQuery({
      queryKey: qk.customerTickets(result.customer.id),
      queryFn: () => listTickets({ filters: { customerId: result.customer.id }, limit: 20 }),
    });
    const latest = page.items[0];
    if (!latest) {
      setNotice(t('search.customerNoTickets', { name: customerLabel(result.customer) ?? '' }));
      return;
    }
    onClose();
    void navigate(`/tickets/${latest.id}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (results.length) setActive((current + step + results.length) % results.length);
    } else if (event.key === 'Enter' && results[current]) {
      event.preventDefault();
      void choose(results[current]);
    }
  };

  const loading = enabled && (tickets.isFetching || customers.isFetching);
  const failed = tickets.error ?? customers.error;
  return (
    <>
      <TextInput
        data-autofocus
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setActive(0);
          setNotice(null);
        }}
        onKeyDown={onKeyDown}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={loading ? <Loader size={14} aria-label={t('common.loading')} /> : null}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="search-results"
        aria-activedescendant={results.length ? optionId(current) : undefined}
      />
      {failed && (
        <Alert color="red" role="alert" mt="sm">
          {describe(failed)}
        </Alert>
      )}
      {notice && (
        <Text size="sm" mt="sm" role="status">
          {notice}
        </Text>
      )}
      {!enabled && (
        <Text size="sm" c="dimmed" mt="sm">
          {t('search.hint')}
        </Text>
      )}
      {enabled && !loading && results.length === 0 && !failed && (
        <Text size="sm" c="dimmed" mt="sm" role="status">
          {t('search.nothing', { q })}
        </Text>
      )}
      <ul id="search-results" role="listbox" aria-label={t('search.results')} className={classes.results}>
        {results.map((result, i) => (
          <li
            key={result.kind === 'ticket' ? result.hit.ticket.id : result.customer.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className={classes.option}
            onMouseEnter={() => setActive(i)}
            onClick={() => void choose(result)}
          >
            {result.kind === 'ticket' ? (
              <TicketResult hit={result.hit} />
            ) : (
              <CustomerResult customer={result.customer} />
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function TicketResult({ hit }: { hit: SearchHit }) {
  return (
    <>
      <div className={classes.line}>
        <span className={classes.number}>#{hit.ticket.number}</span>
        <span className={classes.subject}>{hit.ticket.subject}</span>
        <StatusLabel status={hit.ticket.status} />
      </div>
      {/* The server escapes the snippet and adds only <mark>: safe to render as HTML. */}
      <div className={classes.snippet} dangerouslySetInnerHTML={{ __html: hit.snippet }} />
    </>
  );
}

function CustomerResult({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  return (
    <div className={classes.line}>
      <span className={classes.kind}>{t('search.customer')}</span>
      <span className={classes.subject}>{customerLabel(customer) ?? t('customer.unnamed')}</span>
      <span className={classes.snippet}>{customer.identities.map((i) => i.value).join(', ')}</span>
    </div>
  );
}
