import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, List, Menu, Select, Text, TextInput } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { TicketStatus, type Ticket } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { BulkChanges } from '../../api/tickets.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import { useAgents } from '../workspace/reference-data.ts';
import type { BulkOutcome as BulkOutcomeValue, useBulkActions } from './use-bulk-actions.ts';
import classes from './Inbox.module.css';

/** Which of the bar's lists the keyboard opened (`s` status, Shift+A assignee). */
export type BulkMenu = 'status' | 'assign' | null;

interface BulkBarProps {
  selectedIds: string[];
  ticketsById: Map<string, Ticket>;
  bulk: ReturnType<typeof useBulkActions>;
  menu: BulkMenu;
  onMenuChange: (menu: BulkMenu) => void;
  onClear: () => void;
}

/** Actions on the selected tickets: status, assignee, a tag. Reports every ticket that failed. */
export function BulkBar({ selectedIds, ticketsById, bulk, menu, onMenuChange, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { agent: me } = useSignedInMe();
  const { data: agents = [] } = useAgents();
  const [tag, setTag] = useState('');
  const assignRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (menu === 'assign') assignRef.current?.focus();
  }, [menu]);
  const apply = (changes: BulkChanges) => bulk.apply(selectedIds, changes);

  return (
    <>
      {selectedIds.length > 0 && (
        <div className={classes.bulkBar} role="toolbar" aria-label={t('bulk.label')}>
          <Text fw={600} mr="xs">
            {t('bulk.selected', { count: selectedIds.length })}
          </Text>
          <Menu
            position="bottom-start"
            opened={menu === 'status'}
            onChange={(opened) => onMenuChange(opened ? 'status' : null)}
          >
            <Menu.Target>
              <Button
                variant="default"
                size="xs"
                rightSection={<IconChevronDown size={14} aria-hidden />}
                loading={bulk.pending}
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
            ref={assignRef}
            size="xs"
            w={190}
            searchable
            placeholder={t('bulk.assignTo')}
            aria-label={t('bulk.assignTo')}
            value={null}
            dropdownOpened={menu === 'assign' ? true : undefined}
            onDropdownClose={() => menu === 'assign' && onMenuChange(null)}
            data={[
              { value: me.id, label: t('inbox.assignToMe') },
              { value: '__none__', label: t('ticket.unassigned') },
              ...agents
                .filter((a) => a.active && a.id !== me.id)
                .map((a) => ({ value: a.id, label: a.name })),
            ]}
            onChange={(value) => {
              if (value) apply({ assigneeId: value === '__none__' ? null : value });
              onMenuChange(null);
            }}
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
      {bulk.outcome && (
        <BulkOutcome
          outcome={bulk.outcome}
          ticketsById={ticketsById}
          describe={describe}
          onClose={bulk.clearOutcome}
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
  outcome: BulkOutcomeValue;
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
