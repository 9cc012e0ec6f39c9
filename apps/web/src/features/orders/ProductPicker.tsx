import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AmountCurrency, CatalogProduct } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, orderKeys, searchProducts } from './orders-api.ts';

/** Finds an active catalogue product by name or SKU (in the cart's currency, once it has one). */
export function ProductPicker({
  currency,
  onPick,
}: {
  currency: AmountCurrency | null;
  onPick: (p: CatalogProduct) => void;
}) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useQuery({
    queryKey: orderKeys.products(q, true),
    queryFn: () => searchProducts(q, true),
    placeholderData: keepPreviousData,
  });
  const products = (found.data ?? []).filter((p) => !currency || p.price.currency === currency);
  return (
    <Select
      label={t('orders.form.addProduct')}
      placeholder={t('orders.form.searchProduct')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      value={null}
      filter={({ options }) => options}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('orders.form.noProducts')}
      data={products.map((p) => ({
        value: p.id,
        label: `${p.name} · ${p.sku} · ${formatAmount(i18n.language, p.unitGross)}`,
      }))}
      onChange={(id) => {
        const p = products.find((x) => x.id === id);
        if (p) {
          onPick(p);
          setSearch('');
        }
      }}
    />
  );
}
