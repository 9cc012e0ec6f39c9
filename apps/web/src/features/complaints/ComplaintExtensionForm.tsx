import { Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ComplaintExtensionInput, type Complaint } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedLocalToIso } from '../admin/calendars/zoned-format.ts';
import { zodValidate } from '../admin/shared/zod-form.ts';
import { zonedLocalValue } from './complaint-format.ts';
import { extendTicketComplaint } from './complaints-api.ts';
import { FormFooter, useServerErrorPlacement } from './form-parts.tsx';
import { useComplaintChange } from './use-complaint-change.ts';

interface ExtensionValues {
  agreedDueDate: string;
  /** A datetime-local value on the organization's wall clock. */
  agreedAt: string;
  agreement: string;
}

/** CZ: a later due date, only with the consumer's recorded agreement (the server audits it). */
export function ComplaintExtensionForm({
  complaint,
  timeZone,
  onDone,
}: {
  complaint: Complaint;
  timeZone: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const toInput = (v: ExtensionValues): ComplaintExtensionInput => ({
    version: complaint.version,
    agreedDueDate: v.agreedDueDate,
    agreedAt: zonedLocalToIso(timeZone, v.agreedAt) ?? v.agreedAt,
    agreement: v.agreement,
  });
  const contract = zodValidate<ExtensionValues>(ComplaintExtensionInput, t, toInput);
  const [now] = useState(() => zonedLocalValue(timeZone, Date.now()));
  const form = useForm<ExtensionValues>({
    initialValues: { agreedDueDate: '', agreedAt: now, agreement: '' },
    validate: (values) => {
      const errors = contract(values);
      if (values.agreedDueDate && values.agreedDueDate <= complaint.deadline.dueDate)
        errors.agreedDueDate = t('complaints.extension.notLater');
      return errors;
    },
  });
  const failure = useServerErrorPlacement(form.setErrors, { extension_not_allowed: 'agreedDueDate' });
  const extend = useComplaintChange(complaint.ticketId, (v: ExtensionValues) =>
    extendTicketComplaint(complaint.ticketId, toInput(v)),
  );
  const f = (key: keyof ExtensionValues) => ({ key: form.key(key), ...form.getInputProps(key) });
  return (
    <form
      noValidate
      aria-label={t('complaints.extension.title')}
      onSubmit={form.onSubmit((values) => {
        failure.clear();
        extend.mutate(values, { onSuccess: onDone, onError: failure.place });
      })}
    >
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('complaints.extension.title')}
        </Text>
        <TextInput
          type="date"
          label={t('complaints.extension.agreedDueDate')}
          required
          {...f('agreedDueDate')}
        />
        <TextInput
          type="datetime-local"
          label={t('complaints.extension.agreedAt')}
          required
          {...f('agreedAt')}
        />
        <Textarea
          label={t('complaints.extension.agreement')}
          required
          autosize
          minRows={2}
          {...f('agreement')}
        />
        <FormFooter
          error={failure.formError}
          pending={extend.isPending}
          submitLabel={t('complaints.extension.save')}
          size="xs"
          cancel={{ label: t('complaints.extension.cancel'), onClick: onDone }}
        />
      </Stack>
    </form>
  );
}
