import { Checkbox, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  AnswerChannel,
  AmountCurrency,
  ComplaintRegime,
  ConsumerKind,
  IntakeChannel,
  Jurisdiction,
  Locale,
  RemedyKind,
  type Complaint,
} from '@kontakt/contracts';
import { regimeBelongsTo } from '@kontakt/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { qk } from '../../api/query-keys.ts';
import { zonedLocalToIso } from '../admin/calendars/zoned-format.ts';
import { complaintKeys, createTicketComplaint } from './complaints-api.ts';
import { zonedLocalValue } from './complaint-format.ts';
import { DeadlinePreview } from './DeadlinePreview.tsx';
import { FormFooter, useServerErrorPlacement } from './form-parts.tsx';
import {
  emptyIntake,
  ruleIssuesToErrors,
  toIntakeInput,
  validateIntake,
  type IntakeValues,
} from './intake-values.ts';

interface IntakeProps {
  ticketId: string;
  timeZone: string;
  language: Locale;
}

/** The rule issues a refused save lists in `details.issues` ({ code, field }), if any. */
function ruleIssuesOf(error: unknown) {
  if (!(error instanceof ApiError)) return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is { code: never; field: string; message: string } =>
      typeof (i as { field?: unknown }).field === 'string' &&
      typeof (i as { code?: unknown }).code === 'string',
  );
}

/** Records the complaint protocol of a ticket; refuses to save without what the law requires. */
export function ComplaintIntakeForm({ ticketId, timeZone, language }: IntakeProps) {
  const { t } = useTranslation();
  const tr = t as unknown as (key: string) => string;
  const queryClient = useQueryClient();
  const [now] = useState(() => zonedLocalValue(timeZone, Date.now()));
  const form = useForm<IntakeValues>({
    initialValues: emptyIntake(now, language),
    validate: validateIntake(t, timeZone),
  });
  const failure = useServerErrorPlacement(form.setErrors);
  const v = form.values;
  const save = useMutation({
    mutationFn: (values: IntakeValues) => createTicketComplaint(ticketId, toIntakeInput(values, timeZone)),
    onSuccess: (complaint: Complaint) => {
      queryClient.setQueryData(complaintKeys.ofTicket(ticketId), complaint);
      void queryClient.invalidateQueries({ queryKey: qk.ticket(ticketId) });
      void queryClient.invalidateQueries({ queryKey: complaintKeys.all });
    },
    onError: (error) => {
      const rules = ruleIssuesOf(error);
      if (rules.length === 0) return failure.place(error);
      form.setErrors(ruleIssuesToErrors(t, rules));
    },
  });
  const options = <T extends string>(values: readonly T[], prefix: string) =>
    values.map((value) => ({ value, label: tr(`${prefix}.${value}`) }));
  const onJurisdiction = (value: string | null) => {
    const j = (value ?? '') as Jurisdiction;
    form.setFieldValue('jurisdiction', j);
    const fits = ComplaintRegime.options.filter((r) => j && regimeBelongsTo(r, j));
    if (!fits.includes(v.regime as ComplaintRegime))
      form.setFieldValue('regime', fits.length === 1 ? fits[0]! : '');
    if (!v.price.amount && !v.demand.amount) form.setFieldValue('price.currency', j === 'CZ' ? 'CZK' : 'PLN');
  };
  const regimes = ComplaintRegime.options.filter(
    (r) => !v.jurisdiction || regimeBelongsTo(r, v.jurisdiction as Jurisdiction),
  );
  const f = (key: string) => ({ key: form.key(key), ...form.getInputProps(key) });

  return (
    <form
      noValidate
      aria-label={t('complaints.intake.title')}
      onSubmit={form.onSubmit((values) => {
        failure.clear();
        save.mutate(values);
      })}
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('complaints.intake.hint')}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          <Select
            label={t('complaints.fields.jurisdiction')}
            required
            data={options(Jurisdiction.options, 'complaints.jurisdiction')}
            {...f('jurisdiction')}
            onChange={onJurisdiction}
          />
          <Select
            label={t('complaints.fields.regime')}
            required
            data={options(regimes, 'complaints.regime')}
            {...f('regime')}
          />
          <TextInput
            type="datetime-local"
            label={t('complaints.fields.receivedAt')}
            required
            {...f('receivedAt')}
          />
          <Select
            label={t('complaints.fields.channel')}
            required
            data={options(IntakeChannel.options, 'complaints.channel')}
            {...f('channel')}
          />
        </SimpleGrid>
        <DeadlinePreview
          jurisdiction={v.jurisdiction}
          regime={v.regime}
          receivedAt={zonedLocalToIso(timeZone, v.receivedAt)}
          extended={v.extended}
        />
        {v.regime === 'pl_financial' && (
          <Checkbox
            label={t('complaints.fields.extended')}
            {...form.getInputProps('extended', { type: 'checkbox' })}
          />
        )}

        <Text fw={600} size="sm">
          {t('complaints.intake.consumer')}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={t('complaints.fields.consumerName')} required {...f('consumer.name')} />
          <Select
            label={t('complaints.fields.consumerKind')}
            data={options(ConsumerKind.options, 'complaints.consumerKind')}
            {...f('consumer.kind')}
          />
          <TextInput type="email" label={t('complaints.fields.consumerEmail')} {...f('consumer.email')} />
          <TextInput label={t('complaints.fields.consumerPhone')} {...f('consumer.phone')} />
        </SimpleGrid>
        <TextInput label={t('complaints.fields.consumerAddress')} {...f('consumer.address')} />

        <Text fw={600} size="sm">
          {t('complaints.intake.product')}
        </Text>
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={t('complaints.fields.productName')} required {...f('product.name')} />
          <TextInput label={t('complaints.fields.productModel')} {...f('product.model')} />
          <TextInput label={t('complaints.fields.serialNumber')} {...f('product.serialNumber')} />
          <TextInput label={t('complaints.fields.sku')} {...f('product.sku')} />
          <TextInput label={t('complaints.fields.orderNumber')} {...f('orderNumber')} />
          <TextInput label={t('complaints.fields.proofOfPurchase')} {...f('proofOfPurchase')} />
          <TextInput type="date" label={t('complaints.fields.purchaseDate')} {...f('purchaseDate')} />
          <TextInput type="date" label={t('complaints.fields.deliveryDate')} {...f('deliveryDate')} />
          <TextInput label={t('complaints.fields.price')} inputMode="decimal" {...f('price.amount')} />
          <Select
            label={t('complaints.fields.currency')}
            data={AmountCurrency.options}
            allowDeselect={false}
            {...f('price.currency')}
          />
        </SimpleGrid>

        <Text fw={600} size="sm">
          {t('complaints.intake.complaint')}
        </Text>
        <Textarea
          label={t('complaints.fields.description')}
          required
          autosize
          minRows={3}
          {...f('description')}
        />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput type="date" label={t('complaints.fields.noticedOn')} {...f('noticedOn')} />
          <Select
            label={t('complaints.fields.demand')}
            required
            data={options(RemedyKind.options, 'complaints.remedy')}
            {...f('demand.kind')}
          />
          <TextInput
            label={t('complaints.fields.demandAmount')}
            inputMode="decimal"
            {...f('demand.amount')}
          />
          <TextInput label={t('complaints.fields.refundAccount')} {...f('refundAccount')} />
        </SimpleGrid>
        <Textarea label={t('complaints.fields.condition')} autosize minRows={2} {...f('condition')} />

        <SimpleGrid cols={2} spacing="xs">
          <Select
            label={t('complaints.fields.answerChannel')}
            required
            data={options(AnswerChannel.options, 'complaints.answerChannel')}
            {...f('answerChannel')}
          />
          <Select
            label={t('complaints.fields.language')}
            required
            data={options(Locale.options, 'complaints.language')}
            {...f('language')}
          />
        </SimpleGrid>
        <FormFooter
          error={failure.formError}
          pending={save.isPending}
          submitLabel={t('complaints.intake.save')}
        />
      </Stack>
    </form>
  );
}
