import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Alert, Button, Group, Menu, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconArrowsSplit2, IconDots } from '@tabler/icons-react';
import type { Message, Ticket } from '@kontakt/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { qk } from '../../api/query-keys.ts';
import { splitTicket } from '../../api/ticket-actions.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import classes from './Ticket.module.css';

/**
 * The actions of one message (for now: split it off into a new ticket). A conversation shows many
 * messages, so the menu mounts only when first opened; until then this is one plain button.
 */
export function MessageMenu({ onSplit, t }: { onSplit: () => void; t: TFunction }) {
  const [used, setUsed] = useState(false);
  if (used) return <MountedMessageMenu onSplit={onSplit} t={t} />;
  return (
    <button
      type="button"
      className={classes.messageMenu}
      aria-label={t('ticket.split.menu')}
      aria-haspopup="menu"
      aria-expanded={false}
      onClick={() => setUsed(true)}
    >
      <IconDots size={14} aria-hidden />
    </button>
  );
}

/** The real menu, mounted open in place of the plain button; focus moves to its first item. */
function MountedMessageMenu({ onSplit, t }: { onSplit: () => void; t: TFunction }) {
  const [opened, setOpened] = useState(true);
  const target = useRef<HTMLButtonElement>(null);
  // The plain button that had focus is gone: keep keyboard users on this message, and bring them
  // back to its button when the menu closes (the menu did not see where focus came from).
  useEffect(() => target.current?.focus(), []);
  const change = (open: boolean) => {
    setOpened(open);
    if (!open) requestAnimationFrame(() => target.current?.focus());
  };
  return (
    <Menu position="bottom-end" withinPortal opened={opened} onChange={change}>
      <Menu.Target>
        <ActionIcon ref={target} size="sm" variant="subtle" color="gray" aria-label={t('ticket.split.menu')}>
          <IconDots size={14} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconArrowsSplit2 size={14} aria-hidden />} onClick={onSplit} data-autofocus>
          {t('ticket.split.action')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/**
 * Moves this message to a new ticket (same customer, queue and channel, linked to this one),
 * with a subject of its own; the agent continues on the new ticket.
 */
export function SplitMessage({ message, onClose }: { message: Message; onClose: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const original = queryClient.getQueryData<Ticket>(qk.ticket(message.ticketId));
  const [subject, setSubject] = useState(original?.subject ?? '');
  const split = useMutation({
    mutationFn: () => splitTicket(message.ticketId, message.id, subject.trim() || undefined),
    onSuccess: (created) => {
      queryClient.setQueryData(qk.ticket(created.id), created);
      void queryClient.invalidateQueries({ queryKey: qk.timeline(message.ticketId) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLinks(message.ticketId) });
      void queryClient.invalidateQueries({ queryKey: qk.ticketLists });
      void navigate(`/tickets/${created.id}`);
    },
  });
  return (
    <form
      className={classes.actionPanel}
      aria-label={t('ticket.split.action')}
      onSubmit={(e) => {
        e.preventDefault();
        split.mutate();
      }}
    >
      <Text size="sm" mb={4}>
        {t('ticket.split.text')}
      </Text>
      <TextInput
        size="xs"
        label={t('ticket.split.subject')}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
        data-autofocus
      />
      {split.isError && (
        <Alert color="red" role="alert" mt="xs" py={6}>
          {describe(split.error)}
        </Alert>
      )}
      <Group gap="xs" mt="xs">
        <Button size="xs" type="submit" loading={split.isPending}>
          {t('ticket.split.confirm')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onClose} disabled={split.isPending}>
          {t('ticket.actions.cancel')}
        </Button>
      </Group>
    </form>
  );
}
