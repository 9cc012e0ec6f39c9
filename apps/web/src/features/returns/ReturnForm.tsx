import { Checkbox, SegmentedControl, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Jurisdiction } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedLocalToIso } from '../admin/calendars/zoned-format.ts';
import { zonedLocalValue } from '../complaints/complaint-format.ts';
import { FormFooter, useServerErrorPlacement } from '../complaints/form-parts.tsx';
import { createTicketReturn, returnKeys } from './returns-api.ts';

interface ReturnValues {
  jurisdiction: Jurisdiction;
  contractKind: 'goods' | 'services';
  orderNumber: string;
  items: string;
  startAt: string;
  informed: boolean;
  noticeAt: string;
  price: string;
  refundAmount: string;
  trackingNumber: string;
}

/** Server refusals placed at their field. */
const CODE_FIELDS = {
  invalid_amount_precision: 'refundAmount',
  currency_mismatch: 'refundAmount',
  amount_exceeds_price: 'refundAmount',
};

const CURRENCY = { PL: 'PLN', CZ: 'CZK' } as const;

/** Records a return / withdrawal on the ticket: what, when the last parcel arrived, the notice, amounts. */
export function ReturnForm({ ticketId, timeZone }: { ticketId: string; timeZone: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [now] = useState(() => zonedLocalValue(timeZone, Date.now()));
  const form = useForm<ReturnValues>({
    initialValues: {
      jurisdiction: 'PL',
      contractKind: 'goods',
      orderNumber: '',
      items: '',
      startAt: now,
      informed: true,
      noticeAt: '',
      price: '',
      refundAmount: '',
      trackingNumber: '',
    },
    validate: {
      items: (v) => (v.trim() ? null : t('returns.form.itemsRequired')),
      startAt: (v) => (v && v <= now ? null : t('returns.form.startInFuture')),
      noticeAt: (v) => (!v || v <= now ? null : t('returns.form.noticeInFuture')),
    },
  });
  const failure = useServerErrorPlacement(form.setErrors, CODE_FIELDS);
  const save = useMutation({
    mutationFn: (v: ReturnValues) => {
      const currency = CURRENCY[v.jurisdiction];
      const amount = (s: string) => (s.trim() ? { amount: s.trim().replace(',', '.'), currency } : null);
      return createTicketReturn(ticketId, {
        jurisdiction: v.jurisdiction,
        contractKind: v.contractKind,
        orderNumber: v.orderNumber.trim() || null,
        items: v.items,
        startAt: zonedLocalToIso(timeZone, v.startAt) ?? v.startAt,
        informed: v.informed,
        noticeAt: v.noticeAt ? (zonedLocalToIso(timeZone, v.noticeAt) ?? v.noticeAt) : null,
        price: amount(v.price),
        refundAmount: amount(v.refundAmount),
        trackingNumber: v.trackingNumber.trim() || null,
      });
    },
    onSuccess: (record) => {
      queryClient.setQueryData(returnKeys.ofTicket(ticketId), record);
      void queryClient.invalidateQueries({ queryKey: [...returnKeys.all, 'list'] });
    },
  });
  const f = (key: keyof ReturnValues) => ({ key: form.key(key), ...form.getInputProps(key) });
  const currency = CURRENCY[form.values.jurisdiction];

  return (
    <form
      noValidate
      aria-label={t('returns.form.title')}
      onSubmit={form.onSubmit((values) => {
        failure.clear();
        save.mutate(values, { onError: failure.place });
      })}
    >
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <Select
            label={t('returns.fields.jurisdiction')}
            data={['PL', 'CZ']}
            allowDeselect={false}
            {...f('jurisdiction')}
          />
          <SegmentedControl
            aria-label={t('returns.fields.contractKind')}
            data={[
              { value: 'goods', label: t('returns.contractKind.goods') },
              { value: 'services', label: t('returns.contractKind.services') },
            ]}
            {...f('contractKind')}
          />
        </SimpleGrid>
        <Textarea label={t('returns.fields.items')} required autosize minRows={2} {...f('items')} />
        <TextInput label={t('returns.fields.orderNumber')} {...f('orderNumber')} />
        <TextInput
          type="datetime-local"
          label={
            form.values.contractKind === 'goods'
              ? t('returns.fields.lastParcelAt')
              : t('returns.fields.contractAt')
          }
          required
          max={now}
          {...f('startAt')}
        />
        <Checkbox
          label={t('returns.fields.informed')}
          {...form.getInputProps('informed', { type: 'checkbox' })}
          key={form.key('informed')}
        />
        <TextInput type="datetime-local" label={t('returns.fields.noticeAt')} max={now} {...f('noticeAt')} />
        <SimpleGrid cols={2} spacing="xs">
          <TextInput label={t('returns.fields.price', { currency })} inputMode="decimal" {...f('price')} />
          <TextInput
            label={t('returns.fields.refundAmount', { currency })}
            inputMode="decimal"
            {...f('refundAmount')}
          />
        </SimpleGrid>
        <TextInput label={t('returns.fields.trackingNumber')} {...f('trackingNumber')} />
        <FormFooter
          error={failure.formError}
          pending={save.isPending}
          submitLabel={t('returns.form.save')}
          size="xs"
        />
      </Stack>
    </form>
  );
}
