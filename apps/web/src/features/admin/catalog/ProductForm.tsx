import {
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  AmountCurrency,
  Availability,
  type CatalogProduct,
  type PriceBasis,
  type ProductKind,
} from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { createProduct, orderKeys, searchProducts, updateProduct } from '../../orders/orders-api.ts';
import { DrawerForm } from '../shared/AdminDrawer.tsx';

/** Creates or edits a catalogue product, its price with VAT, availability and complements. */
export function ProductForm({ product, onDone }: { product?: CatalogProduct; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const [v, setV] = useState({
    sku: product?.sku ?? '',
    name: product?.name ?? '',
    description: product?.description ?? '',
    kind: (product?.kind ?? 'product') as ProductKind,
    amount: product?.price.amount ?? '',
    currency: (product?.price.currency ?? 'PLN') as AmountCurrency,
    priceBasis: (product?.priceBasis ?? 'gross') as PriceBasis,
    vatRate: product?.vatRate ?? 23,
    availability: (product?.availability ?? 'in_stock') as Availability,
    quantity: product?.quantity ?? null,
    active: product?.active ?? true,
    complementIds: product?.complementIds ?? [],
  });
  const [missing, setMissing] = useState(false);
  const all = useQuery({ queryKey: orderKeys.products('', undefined), queryFn: () => searchProducts('') });
  const set = <K extends keyof typeof v>(k: K, value: (typeof v)[K]) => setV((s) => ({ ...s, [k]: value }));
  const save = useMutation({
    mutationFn: () => {
      const body = {
        sku: v.sku.trim(),
        name: v.name.trim(),
        description: v.description,
        kind: v.kind,
        price: { amount: v.amount.trim().replace(',', '.'), currency: v.currency },
        priceBasis: v.priceBasis,
        vatRate: v.vatRate,
        availability: v.availability,
        quantity: v.quantity,
        active: v.active,
        complementIds: v.complementIds,
      };
      return product ? updateProduct(product.id, { version: product.version, ...body }) : createProduct(body);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: orderKeys.catalog });
      onDone();
    },
  });
  const required = (value: string) => (missing && !value.trim() ? t('catalog.required') : undefined);

  return (
    <DrawerForm
      onSubmit={(e) => {
        e?.preventDefault();
        if (!v.sku.trim() || !v.name.trim() || !v.amount.trim()) return setMissing(true);
        save.mutate();
      }}
      onCancel={onDone}
      formError={save.error ? describe(save.error) : null}
      saving={save.isPending}
      submitLabel={t('catalog.save')}
    >
      <TextInput
        label={t('catalog.fields.sku')}
        required
        value={v.sku}
        error={required(v.sku)}
        onChange={(e) => set('sku', e.currentTarget.value)}
      />
      <TextInput
        label={t('catalog.fields.name')}
        required
        value={v.name}
        error={required(v.name)}
        onChange={(e) => set('name', e.currentTarget.value)}
      />
      <Textarea
        label={t('catalog.fields.description')}
        autosize
        minRows={2}
        value={v.description}
        onChange={(e) => set('description', e.currentTarget.value)}
      />
      <SegmentedControl
        aria-label={t('catalog.fields.kind')}
        value={v.kind}
        onChange={(k) => set('kind', k as ProductKind)}
        data={[
          { value: 'product', label: t('catalog.kind.product') },
          { value: 'service', label: t('catalog.kind.service') },
        ]}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('catalog.fields.price')}
          required
          inputMode="decimal"
          value={v.amount}
          error={required(v.amount)}
          onChange={(e) => set('amount', e.currentTarget.value)}
        />
        <Select
          label={t('catalog.fields.currency')}
          data={AmountCurrency.options}
          value={v.currency}
          onChange={(c) => c && set('currency', c as AmountCurrency)}
          allowDeselect={false}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('catalog.fields.priceBasis')}
          data={[
            { value: 'gross', label: t('catalog.basis.gross') },
            { value: 'net', label: t('catalog.basis.net') },
          ]}
          value={v.priceBasis}
          onChange={(b) => b && set('priceBasis', b as PriceBasis)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('catalog.fields.vatRate')}
          min={0}
          max={100}
          decimalScale={2}
          suffix=" %"
          value={v.vatRate}
          onChange={(r) => set('vatRate', typeof r === 'number' ? r : 0)}
        />
      </Group>
      <Group grow align="flex-start">
        <Select
          label={t('catalog.fields.availability')}
          data={Availability.options.map((a) => ({ value: a, label: t(`orders.availability.${a}`) }))}
          value={v.availability}
          onChange={(a) => a && set('availability', a as Availability)}
          allowDeselect={false}
        />
        <NumberInput
          label={t('catalog.fields.quantity')}
          min={0}
          allowDecimal={false}
          value={v.quantity ?? ''}
          onChange={(q) => set('quantity', typeof q === 'number' ? q : null)}
        />
      </Group>
      <MultiSelect
        label={t('catalog.fields.complements')}
        description={t('catalog.complementsHint')}
        searchable
        data={(all.data ?? [])
          .filter((p) => p.id !== product?.id)
          .map((p) => ({ value: p.id, label: `${p.name} (${p.sku})` }))}
        value={v.complementIds}
        onChange={(ids) => set('complementIds', ids)}
      />
      <Checkbox
        label={t('catalog.fields.active')}
        checked={v.active}
        onChange={(e) => set('active', e.currentTarget.checked)}
      />
    </DrawerForm>
  );
}
