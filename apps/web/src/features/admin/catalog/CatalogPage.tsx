import { Badge, Group, Tabs, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { IconSearch } from '@tabler/icons-react';
import type { CatalogProduct } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAmount, orderKeys, searchProducts } from '../../orders/orders-api.ts';
import { AdminDrawer } from '../shared/AdminDrawer.tsx';
import { AdminPageHeader } from '../shared/AdminPageHeader.tsx';
import { AdminTable, EditLink, type AdminColumn } from '../shared/AdminTable.tsx';
import { useEditor } from '../shared/use-editor.ts';
import { FulfilmentSettings } from './FulfilmentSettings.tsx';
import { ProductForm } from './ProductForm.tsx';
import { ShopChannels } from './ShopChannels.tsx';

/** The product and service catalogue, the fulfilment hand-off and the connected shops. */
export default function CatalogPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const products = useQuery({
    queryKey: orderKeys.products(q, undefined),
    queryFn: () => searchProducts(q),
    placeholderData: keepPreviousData,
  });
  const editor = useEditor<CatalogProduct>();
  const columns: AdminColumn<CatalogProduct>[] = [
    {
      key: 'name',
      header: t('catalog.fields.name'),
      width: '34%',
      render: (p) => (
        <Group gap="xs" wrap="nowrap">
          <EditLink label={t('catalog.editNamed', { name: p.name })} onClick={() => editor.openEdit(p)}>
            {p.name}
          </EditLink>
          {p.kind === 'service' && (
            <Badge variant="light" size="sm">
              {t('catalog.kind.service')}
            </Badge>
          )}
          {!p.active && (
            <Badge variant="light" color="gray" size="sm">
              {t('catalog.inactive')}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: 'sku', header: t('catalog.fields.sku'), width: '14%', render: (p) => p.sku },
    {
      key: 'price',
      header: t('catalog.priceGross'),
      render: (p) => (
        <>
          {formatAmount(i18n.language, p.unitGross)}
          <Text span size="xs" c="dimmed">
            {' '}
            {t('orders.vatRate', { rate: p.vatRate })}
          </Text>
        </>
      ),
    },
    {
      key: 'availability',
      header: t('catalog.fields.availability'),
      render: (p) =>
        `${t(`orders.availability.${p.availability}`)}${p.quantity !== null ? ` (${p.quantity})` : ''}`,
    },
    {
      key: 'complements',
      header: t('catalog.fields.complements'),
      width: '10%',
      render: (p) => p.complementIds.length,
    },
  ];

  return (
    <>
      <AdminPageHeader
        title={t('admin.sections.catalog')}
        description={t('catalog.description')}
        newLabel={t('catalog.new')}
        onNew={editor.openNew}
      />
      <Tabs defaultValue="products">
        <Tabs.List mb="md">
          <Tabs.Tab value="products">{t('catalog.tabs.products')}</Tabs.Tab>
          <Tabs.Tab value="fulfilment">{t('catalog.tabs.fulfilment')}</Tabs.Tab>
          <Tabs.Tab value="shops">{t('catalog.tabs.shops')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="products">
          <TextInput
            mb="sm"
            w={320}
            aria-label={t('catalog.search')}
            placeholder={t('catalog.search')}
            leftSection={<IconSearch size={14} />}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <AdminTable
            label={t('admin.sections.catalog')}
            columns={columns}
            rows={products.data}
            rowKey={(p) => p.id}
            isLoading={products.isPending}
            error={products.error}
            onRetry={() => void products.refetch()}
            emptyText={t('catalog.empty')}
          />
        </Tabs.Panel>
        <Tabs.Panel value="fulfilment">
          <FulfilmentSettings />
        </Tabs.Panel>
        <Tabs.Panel value="shops">
          <ShopChannels />
        </Tabs.Panel>
      </Tabs>
      <AdminDrawer
        opened={editor.opened}
        onClose={editor.close}
        title={editor.editing.mode === 'edit' ? editor.editing.row.name : t('catalog.new')}
      >
        {editor.editing.mode === 'new' && <ProductForm onDone={editor.close} />}
        {editor.editing.mode === 'edit' && (
          <ProductForm key={editor.editing.row.id} product={editor.editing.row} onDone={editor.close} />
        )}
      </AdminDrawer>
    </>
  );
}
