import { useState } from 'react';
import { Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { CustomerFlag, PreferredChannel, type Customer } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { LOCALES, LOCALE_NAMES } from '../../i18n/index.ts';
import { NotSavedAlert } from '../ticket/ConflictNotice.tsx';
import { CustomerConflictNotice } from './CustomerConflictNotice.tsx';
import type { useCustomerUpdate } from './use-customer-update.ts';
import classes from './Customers.module.css';

type Update = ReturnType<typeof useCustomerUpdate>;

/**
 * A text that keeps the agent's typing locally and hands it over when the field is left (or,
 * for one-line fields, on Enter); nothing is sent while typing.
 */
function useDraft(value: string, onSave: (next: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  return { value: draft ?? value, onChange: (next: string) => setDraft(next), commit };
}

/** Name, language, preferred channel, flags and notes; every change saves in place. */
export function CustomerProfile({
  customer,
  update,
  readOnly,
}: {
  customer: Customer;
  update: Update;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { save, conflict, reload, error, dismissError } = update;
  const disabled = readOnly || conflict !== null;
  const name = useDraft(customer.name ?? '', (next) =>
    save({ name: next.trim() === '' ? null : next.trim() }),
  );
  const notes = useDraft(customer.notes, (next) => save({ notes: next }));

  return (
    <section aria-labelledby="customer-profile" className={classes.card}>
      <h2 id="customer-profile" className={classes.cardHeading}>
        {t('customers.profile.heading')}
      </h2>
      {conflict && <CustomerConflictNotice conflict={conflict} onReload={reload} />}
      {error !== null && (
        <NotSavedAlert
          message={t('customers.notSaved', { reason: describe(error) })}
          onClose={dismissError}
        />
      )}
      <Stack gap="xs">
        <TextInput
          size="xs"
          label={t('customers.field.name')}
          placeholder={t('customer.unnamed')}
          disabled={disabled}
          value={name.value}
          onChange={(e) => name.onChange(e.currentTarget.value)}
          onBlur={name.commit}
          onKeyDown={(e) => e.key === 'Enter' && name.commit()}
        />
        <Group grow gap="xs" align="flex-start">
          <Select
            size="xs"
            label={t('customers.field.language')}
            placeholder={t('customers.notSet')}
            disabled={disabled}
            clearable
            value={customer.language}
            data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
            onChange={(v) => v !== customer.language && save({ language: v as Customer['language'] })}
            comboboxProps={{ withinPortal: true }}
          />
          <Select
            size="xs"
            label={t('customers.field.preferredChannel')}
            placeholder={t('customers.notSet')}
            disabled={disabled}
            clearable
            value={customer.preferredChannel}
            data={PreferredChannel.options.map((c) => ({ value: c, label: t(`ticket.channel.${c}`) }))}
            onChange={(v) =>
              v !== customer.preferredChannel && save({ preferredChannel: v as PreferredChannel | null })
            }
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
        <Checkbox.Group
          label={t('customers.field.flags')}
          size="xs"
          value={customer.flags}
          onChange={(values) => save({ flags: CustomerFlag.options.filter((f) => values.includes(f)) })}
        >
          <Group gap="md" mt={4}>
            {CustomerFlag.options.map((flag) => (
              <Checkbox
                key={flag}
                value={flag}
                size="xs"
                disabled={disabled}
                label={t(`customer.flags.${flag}`)}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          size="xs"
          label={t('customers.field.notes')}
          description={t('customers.notesHint')}
          disabled={disabled}
          autosize
          minRows={2}
          maxRows={10}
          value={notes.value}
          onChange={(e) => notes.onChange(e.currentTarget.value)}
          onBlur={notes.commit}
        />
      </Stack>
    </section>
  );
}
