import {
  Button,
  FileInput,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PortalComplaint, PortalComplaintInput } from '@kontakt/contracts';
import { orgPath, request } from '../api.ts';
import { ErrorAlert, usePortal } from '../shell.tsx';

const DEMANDS = ['repair', 'replacement', 'price_reduction', 'withdrawal'] as const;
const CURRENCY = { PL: 'PLN', CZ: 'CZK' } as const;

interface Values {
  jurisdiction: 'PL' | 'CZ';
  name: string;
  phone: string;
  address: string;
  kind: 'consumer' | 'sole_trader_as_consumer';
  product: string;
  model: string;
  serialNumber: string;
  orderNumber: string;
  purchaseDate: string;
  deliveryDate: string;
  price: string;
  description: string;
  noticedOn: string;
  demand: (typeof DEMANDS)[number];
  demandAmount: string;
  condition: string;
  refundAccount: string;
  answerChannel: 'email' | 'portal' | 'post';
  files: File[];
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

/** The form's values as the intake contract (PortalComplaintInput). */
export function toInput(v: Values, language: PortalComplaintInput['language']): PortalComplaintInput {
  const currency = CURRENCY[v.jurisdiction];
  const amount = (s: string) => (s.trim() ? { amount: s.trim().replace(',', '.'), currency } : null);
  return {
    jurisdiction: v.jurisdiction,
    regime: v.jurisdiction === 'CZ' ? 'cz_consumer' : 'pl_consumer',
    consumer: {
      name: v.name.trim(),
      email: null,
      phone: orNull(v.phone),
      address: orNull(v.address),
      kind: v.kind,
    },
    product: {
      name: v.product.trim(),
      model: orNull(v.model),
      serialNumber: orNull(v.serialNumber),
      sku: null,
    },
    orderNumber: orNull(v.orderNumber),
    purchaseDate: orNull(v.purchaseDate),
    deliveryDate: orNull(v.deliveryDate),
    price: amount(v.price),
    proofOfPurchase: null,
    description: v.description.trim(),
    noticedOn: orNull(v.noticedOn),
    demand: {
      kind: v.demand,
      amount: v.demand === 'price_reduction' || v.demand === 'withdrawal' ? amount(v.demandAmount) : null,
    },
    condition: orNull(v.condition),
    refundAccount: orNull(v.refundAccount),
    answerChannel: v.answerChannel,
    language,
  };
}

/** Filing a complaint: the protocol's fields, with photos or a receipt attached. */
export function NewComplaintPage() {
  const { t } = useTranslation();
  const { slug, org, me, locale } = usePortal();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const form = useForm<Values>({
    initialValues: {
      jurisdiction: org.defaultLocale === 'cs' ? 'CZ' : 'PL',
      name: me?.name ?? '',
      phone: '',
      address: '',
      kind: 'consumer',
      product: '',
      model: '',
      serialNumber: '',
      orderNumber: '',
      purchaseDate: '',
      deliveryDate: '',
      price: '',
      description: '',
      noticedOn: '',
      demand: 'repair',
      demandAmount: '',
      condition: '',
      refundAccount: '',
      answerChannel: 'email',
      files: [],
    },
    validate: {
      name: (v) => (v.trim() ? null : t('newComplaint.required')),
      product: (v) => (v.trim() ? null : t('newComplaint.required')),
      description: (v) => (v.trim() ? null : t('newComplaint.required')),
      price: (v) =>
        !v.trim() || /^\d+([.,]\d{1,2})?$/.test(v.trim()) ? null : t('newComplaint.amountFormat'),
      demandAmount: (v, all) =>
        all.demand === 'price_reduction' && !v.trim()
          ? t('newComplaint.required')
          : !v.trim() || /^\d+([.,]\d{1,2})?$/.test(v.trim())
            ? null
            : t('newComplaint.amountFormat'),
    },
  });
  const file = useMutation({
    mutationFn: (v: Values) => {
      const body = new FormData();
      body.append('complaint', JSON.stringify(toInput(v, locale)));
      for (const f of v.files) body.append('files', f, f.name);
      return request<PortalComplaint>(orgPath(slug, '/complaints'), { method: 'POST', form: body });
    },
    onSuccess: (c) => {
      void qc.invalidateQueries({ queryKey: ['portal', slug] });
      void navigate(`/${slug}/complaints/${c.ticketId}`);
    },
  });
  const v = form.values;
  const currency = CURRENCY[v.jurisdiction];
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('newComplaint.title')}
      </Title>
      <Text>{t('newComplaint.intro')}</Text>
      <form onSubmit={form.onSubmit((values) => file.mutate(values))} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('newComplaint.you')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('newComplaint.name')}
              required
              autoComplete="name"
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('newComplaint.phone')}
              type="tel"
              autoComplete="tel"
              {...form.getInputProps('phone')}
            />
            <TextInput
              label={t('newComplaint.address')}
              autoComplete="street-address"
              {...form.getInputProps('address')}
            />
            <NativeSelect
              label={t('newComplaint.kind')}
              data={[
                { value: 'consumer', label: t('newComplaint.kinds.consumer') },
                { value: 'sole_trader_as_consumer', label: t('newComplaint.kinds.sole_trader_as_consumer') },
              ]}
              {...form.getInputProps('kind')}
            />
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('newComplaint.productSection')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('newComplaint.product')} required {...form.getInputProps('product')} />
            <TextInput label={t('newComplaint.model')} {...form.getInputProps('model')} />
            <TextInput label={t('newComplaint.serialNumber')} {...form.getInputProps('serialNumber')} />
            <TextInput label={t('newComplaint.orderNumber')} {...form.getInputProps('orderNumber')} />
            <TextInput
              label={t('newComplaint.purchaseDate')}
              type="date"
              {...form.getInputProps('purchaseDate')}
            />
            <TextInput
              label={t('newComplaint.deliveryDate')}
              type="date"
              {...form.getInputProps('deliveryDate')}
            />
            <TextInput
              label={t('newComplaint.price', { currency })}
              inputMode="decimal"
              {...form.getInputProps('price')}
            />
            <NativeSelect
              label={t('newComplaint.country')}
              data={[
                { value: 'PL', label: t('newComplaint.countries.PL') },
                { value: 'CZ', label: t('newComplaint.countries.CZ') },
              ]}
              {...form.getInputProps('jurisdiction')}
            />
          </SimpleGrid>
          <Title order={2} size="h4">
            {t('newComplaint.defectSection')}
          </Title>
          <Textarea
            label={t('newComplaint.description')}
            required
            autosize
            minRows={4}
            {...form.getInputProps('description')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('newComplaint.noticedOn')} type="date" {...form.getInputProps('noticedOn')} />
            <NativeSelect
              label={t('newComplaint.demand')}
              data={DEMANDS.map((d) => ({ value: d, label: t(`complaints.remedies.${d}`) }))}
              {...form.getInputProps('demand')}
            />
            {(v.demand === 'price_reduction' || v.demand === 'withdrawal') && (
              <TextInput
                label={t('newComplaint.demandAmount', { currency })}
                inputMode="decimal"
                required={v.demand === 'price_reduction'}
                {...form.getInputProps('demandAmount')}
              />
            )}
            <TextInput label={t('newComplaint.refundAccount')} {...form.getInputProps('refundAccount')} />
          </SimpleGrid>
          <Textarea
            label={t('newComplaint.condition')}
            autosize
            minRows={2}
            {...form.getInputProps('condition')}
          />
          <FileInput
            label={t('newComplaint.files')}
            description={t('newComplaint.filesHint')}
            multiple
            clearable
            accept="image/*,application/pdf"
            value={v.files}
            onChange={(files) => form.setFieldValue('files', files.slice(0, 10))}
          />
          {v.files.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('newComplaint.filesChosen', { count: v.files.length })}
            </Text>
          )}
          <NativeSelect
            label={t('newComplaint.answerChannel')}
            data={(['email', 'portal', 'post'] as const).map((c) => ({
              value: c,
              label: t(`newComplaint.channels.${c}`),
            }))}
            {...form.getInputProps('answerChannel')}
          />
          <ErrorAlert error={file.error} />
          <Group>
            <Button type="submit" loading={file.isPending}>
              {t('newComplaint.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
