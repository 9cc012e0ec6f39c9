import { useMemo } from 'react';
import { Button, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { Priority, TicketStatus, TicketType, type Ticket } from '@kontakt/contracts';
import { STATUS_TRANSITIONS } from '@kontakt/domain';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useSignedInMe } from '../auth/session.tsx';
import {
  useAgentMap,
  useAgents,
  useContactReasons,
  useQueueMap,
  useQueues,
  useTicketFields,
} from '../workspace/reference-data.ts';
import type { ContactReason } from '../../api/types.ts';
import { ConflictNotice, NotSavedAlert } from './ConflictNotice.tsx';
import { CustomFieldInput } from './CustomFieldInput.tsx';
import { TicketLinks } from './TicketLinks.tsx';
import { SlaBadges } from '../sla/SlaBadge.tsx';
import type { EventNames } from './describe-event.ts';
import { useTicketUpdate } from './use-ticket-update.ts';
import classes from './Ticket.module.css';

const NONE = '__none__';

/** "Delivery › Late › Refunded": each active reason with its parents, for one searchable list. */
export function reasonPaths(reasons: ContactReason[]): Array<{ value: string; label: string }> {
  const byId = new Map(reasons.map((r) => [r.id, r]));
  const path = (r: ContactReason): string => {
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    return parent ? `${path(parent)} › ${r.name}` : r.name;
  };
  return reasons
    .filter((r) => r.active)
    .map((r) => ({ value: r.id, label: path(r) }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/**
 * The ticket's properties, every change saved at once with the version it was based on; and
 * under them the tickets linked to this one.
 */
export function PropertiesPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { agent: me } = useSignedInMe();
  const { data: agents = [] } = useAgents();
  const { data: queues = [] } = useQueues();
  const { data: fields = [] } = useTicketFields();
  const { data: reasons = [] } = useContactReasons();
  const agentMap = useAgentMap();
  const queueMap = useQueueMap();
  const { save, conflict, reload, error, dismissError } = useTicketUpdate(ticket.id);
  const disabled = conflict !== null || ticket.abilities?.update === false;

  const names: EventNames = useMemo(
    () => ({
      agent: (id) => agentMap.get(id)?.name,
      queue: (id) => queueMap.get(id)?.name,
      reason: (id) => reasons.find((r) => r.id === id)?.name,
    }),
    [agentMap, queueMap, reasons],
  );
  const statuses = [ticket.status, ...STATUS_TRANSITIONS[ticket.status]];
  const reasonOptions = useMemo(() => reasonPaths(reasons), [reasons]);
  const common = {
    size: 'xs' as const,
    disabled,
    allowDeselect: false,
    comboboxProps: { withinPortal: true },
  };

  return (
    <>
      <section aria-labelledby="properties-heading" className={classes.panelSection}>
        <Title order={2} id="properties-heading" className={classes.panelHeading}>
          {t('properties.heading')}
        </Title>
        <SlaBadges ticket={ticket} />
        {conflict && <ConflictNotice conflict={conflict} names={names} onReload={reload} />}
        {error !== null && (
          <NotSavedAlert
            message={t('properties.notSaved', { reason: describe(error) })}
            onClose={dismissError}
          />
        )}
        <Stack gap={8}>
          <Select
            {...common}
            label={t('properties.field.status')}
            value={ticket.status}
            data={TicketStatus.options
              .filter((s) => statuses.includes(s))
              .map((s) => ({ value: s, label: t(`ticket.status.${s}`) }))}
            onChange={(v) => v && v !== ticket.status && save({ status: v as TicketStatus })}
          />
          <Select
            {...common}
            label={t('properties.field.priority')}
            value={ticket.priority}
            data={Priority.options.map((p) => ({ value: p, label: t(`ticket.priority.${p}`) }))}
            onChange={(v) => v && v !== ticket.priority && save({ priority: v as Priority })}
          />
          <Select
            {...common}
            label={t('properties.field.type')}
            value={ticket.type}
            data={TicketType.options.map((p) => ({ value: p, label: t(`ticket.type.${p}`) }))}
            onChange={(v) => v && v !== ticket.type && save({ type: v as TicketType })}
          />
          <Select
            {...common}
            label={t('properties.field.queueId')}
            value={ticket.queueId}
            data={queues.map((q) => ({ value: q.id, label: q.name }))}
            onChange={(v) => v && v !== ticket.queueId && save({ queueId: v })}
          />
          <div>
            <Select
              {...common}
              searchable
              label={t('properties.field.assigneeId')}
              value={ticket.assigneeId ?? NONE}
              data={[
                { value: NONE, label: t('ticket.unassigned') },
                ...agents
                  .filter((a) => a.active || a.id === ticket.assigneeId)
                  .map((a) => ({ value: a.id, label: a.name })),
              ]}
              onChange={(v) => {
                const next = v === NONE ? null : v;
                if (v && next !== ticket.assigneeId) save({ assigneeId: next });
              }}
            />
            {ticket.assigneeId !== me.id && (
              <Button
                size="compact-xs"
                variant="subtle"
                mt={2}
                disabled={disabled}
                onClick={() => save({ assigneeId: me.id })}
              >
                {t('properties.assignToMe')}
              </Button>
            )}
          </div>
          <TagsInput
            size="xs"
            disabled={disabled}
            label={t('properties.field.tags')}
            value={ticket.tags}
            onChange={(tags) => save({ tags: tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean) })}
            clearable={false}
          />
          <Select
            size="xs"
            disabled={disabled}
            searchable
            clearable
            label={t('properties.field.contactReasonId')}
            placeholder={t('properties.noReason')}
            value={ticket.contactReasonId}
            data={reasonOptions}
            nothingFoundMessage={t('properties.noReasons')}
            comboboxProps={{ withinPortal: true }}
            onChange={(v) => v !== ticket.contactReasonId && save({ contactReasonId: v })}
          />
          {fields
            .filter((f) => f.active)
            .map((field) => (
              <CustomFieldInput
                key={field.id}
                field={field}
                value={ticket.customFields[field.key]}
                disabled={disabled}
                onSave={(value) => save({ customFields: { [field.key]: value } })}
              />
            ))}
          {ticket.abilities?.update === false && (
            <Text size="xs" c="dimmed">
              {t('properties.readOnly')}
            </Text>
          )}
        </Stack>
      </section>
      <TicketLinks ticket={ticket} />
    </>
  );
}
