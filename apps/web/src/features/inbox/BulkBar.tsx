import { useState } from 'react';
import { Alert, Button, Group, List, Menu, Select, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconChevronDown } from '@tabler/icons-react';
import { TicketStatus, type Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { qk } from '../../api/query-keys.ts';
import { bulkUpdate, type BulkChanges } from '../../api/tickets.ts';
import type { BulkResult } from '../../api/types.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useAgents } from '../workspace/reference-data.ts';
import classes from './Inbox.module.css';

interface BulkBarProps {
  selectedIds: string[];
  ticketsById: Map<string, Ticket>;
  /** After a run: keep only the tickets that failed selected, so the agent can retry them. */
  onDone: (failedIds: string[]) => void;
  onClear: () => void;
}

/** Actions on the selected tickets: status, assignee, a tag. Reports every ticket that failed. */
export function BulkBar({ selectedIds, ticketsById, onDone, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { data: agents = [] } = useAgents();
  const [tag, setTag] = useState('');
  const [outcome, setOutcome] = useState<{ result: BulkResult } | { error: unknown } | null>(null);

  const run = useMutation({
    mutationFn: (changes: BulkChanges) => bulkUpdate(selectedIds, changes),
    onSuccess: (result) => {
      setOutcome({ result });
      onDone(result.results.filter((r) => !r.ok).map((r) => r.id));
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void queryClient.invalidateQueries({ queryKey: qk.views });
    },
    onError: (error) => setOutcome({ error }),
  });

  const apply = (changes: BulkChanges) => {
    setOutcome(null);
    run.mutate(changes);
  };

  return (
    <>
      {selectedIds.length > 0 && (
        <div className={classes.bulkBar} role="toolbar" aria-label={t('bulk.label')}>
          <Text fw={600} mr="xs">
            {t('bulk.selected', { count: selectedIds.length })}
          </Text>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconChevronDown size={14} aria-hidden />}
                loading={run.isPending}
              >
                {t('bulk.setStatus')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {TicketStatus.options.map((status) => (
                <Menu.Item key={status} onClick={() => apply({ status })}>
                  {t(`ticket.status.${status}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          <Select
            size="xs"
            w={190}
            searchable
            placeholder={t('bulk.assignTo')}
            aria-label={t('bulk.assignTo')}
            value={null}
            data={[
              { value: '__none__', label: t('ticket.unassigned') },
              ...agents.filter((a) => a.active).map((a) => ({ value: a.id, label: a.name })),
            ]}
            onChange={(value) => value && apply({ assigneeId: value === '__none__' ? null : value })}
            comboboxProps={{ withinPortal: true }}
          />
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const value = tag.trim().toLowerCase();
              if (!value) return;
              apply({ addTags: [value] });
              setTag('');
            }}
          >
            <Group gap={4} wrap="nowrap">
              <TextInput
                size="xs"
                w={140}
                value={tag}
                onChange={(e) => setTag(e.currentTarget.value)}
                placeholder={t('bulk.tagPlaceholder')}
                aria-label={t('bulk.tagLabel')}
              />
              <Button type="submit" size="xs" variant="default" disabled={!tag.trim()}>
                {t('bulk.addTag')}
              </Button>
            </Group>
          </form>
          <Button size="xs" variant="subtle" ml="auto" onClick={onClear}>
            {t('bulk.clear')}
          </Button>
        </div>
      )}
      {outcome && (
        <BulkOutcome
          outcome={outcome}
          ticketsById={ticketsById}
          describe={describe}
          onClose={() => setOutcome(null)}
        />
      )}
    </>
  );
}

function BulkOutcome({
  outcome,
  ticketsById,
  describe,
  onClose,
}: {
  outcome: { result: BulkResult } | { error: unknown };
  ticketsById: Map<string, Ticket>;
  describe: (error: unknown) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if ('error' in outcome) {
    return (
      <Alert
        color="red"
        withCloseButton
        closeButtonLabel={t('common.dismiss')}
        onClose={onClose}
        m="xs"
        role="alert"
      >
        {describe(outcome.error)}
      </Alert>
    );
  }
  const failed = outcome.result.results.filter((r) => !r.ok);
  const done = outcome.result.results.length - failed.length;
  return (
    <Alert
      color={failed.length ? 'red' : 'teal'}
      withCloseButton
      closeButtonLabel={t('common.dismiss')}
      onClose={onClose}
      m="xs"
      role={failed.length ? 'alert' : 'status'}
      title={
        failed.length
          ? t('bulk.partial', { count: done, failed: failed.length })
          : t('bulk.done', { count: done })
      }
    >
      {failed.length > 0 && (
        <List size="sm" spacing={2}>
          {failed.map((r) => {
            const number = ticketsById.get(r.id)?.number;
            const error = new ApiError(409, r.error?.code ?? 'internal_error', r.error?.message ?? '');
            return (
              <List.Item key={r.id}>
                {number !== undefined ? `#${number}: ` : ''}
                {describe(error)}
              </List.Item>
            );
          })}
        </List>
      )}
    </Alert>
  );
}
