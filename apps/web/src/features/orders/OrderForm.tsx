import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconTrash } from '@tabler/icons-react';
import { DeliveryMethod, PaymentMethod, type CatalogProduct, type Order } from '@kontakt/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { addToCart, priceCart, type CartLine } from './cart.ts';
import { confirmOrder, createOrder, formatAmount, orderKeys } from './orders-api.ts';
import { ProductPicker } from './ProductPicker.tsx';
import { UpsellSuggestions } from './UpsellSuggestions.tsx';

interface Props {
  ticketId: string;
  customerName: string | null;
  onDone: (order: Order) => void;
  onCancel: () => void;
}

/** Taking an order in a ticket: the cart with up-sell suggestions, delivery and payment. */
export function OrderForm({ ticketId, customerName, onDone, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const [lines, setLines] = useState<CartLine[]>([]);
  const [delivery, setDelivery] = useState({
    method: 'courier',
    name: customerName ?? '',
    street: '',
    city: '',
    postalCode: '',
    country: 'PL',
    phone: '',
  });
  const [payment, setPayment] = useState('transfer');
  const [note, setNote] = useState('');
  const cart = priceCart(lines);
  const money = (minor: number) =>
    cart.currency ? formatAmount(i18n.language, { amountMinor: minor, currency: cart.currency }) : '';
  const add = (p: CatalogProduct) => setLines((l) => addToCart(l, p));

  const save = useMutation({
    mutationFn: async (confirm: boolean) => {
      const order = await createOrder({
        ticketId,
        currency: cart.currency!,
        items: lines.map((l) => ({ productId: l.product.id, quantity: l.quantity })),
        delivery: { ...delivery, method: delivery.method as (typeof DeliveryMethod.options)[number] },
        payment: { method: payment as (typeof PaymentMethod.options)[number] },
        note,
      });
      return confirm ? confirmOrder(order.number, order.version) : order;
    },
    onSuccess: (order) => {
      void client.invalidateQueries({ queryKey: orderKeys.all });
      onDone(order);
    },
  });
  const field = (key: keyof typeof delivery, label: string) => (
    <TextInput
      size="xs"
      label={label}
      value={delivery[key]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setDelivery((d) => ({ ...d, [key]: value }));
      }}
    />
  );

  return (
    <Stack gap="xs" component="form" aria-label={t('orders.form.title')} onSubmit={(e) => e.preventDefault()}>
      <ProductPicker currency={cart.currency} onPick={add} />
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('orders.form.empty')}
        </Text>
      ) : (
        <Table verticalSpacing={4} fz="sm" aria-label={t('orders.form.cart')}>
          <Table.Tbody>
            {cart.lines.map((l) => (
              <Table.Tr key={l.product.id}>
                <Table.Td>
                  <Text size="sm">{l.product.name}</Text>
                  <Text size="xs" c="dimmed">
                    {l.product.sku} · {t('orders.vatRate', { rate: l.product.vatRate })}
                  </Text>
                </Table.Td>
                <Table.Td w={80}>
                  <NumberInput
                    size="xs"
                    min={1}
                    max={100000}
                    allowDecimal={false}
                    allowNegative={false}
                    aria-label={t('orders.form.quantityOf', { name: l.product.name })}
                    value={l.quantity}
                    onChange={(v) => {
                      const q = typeof v === 'number' && v >= 1 ? Math.trunc(v) : 1;
                      setLines((all) =>
                        all.map((x) => (x.product.id === l.product.id ? { ...x, quantity: q } : x)),
                      );
                    }}
                  />
                </Table.Td>
                <Table.Td ta="right">{money(l.priced.lineGrossMinor)}</Table.Td>
                <Table.Td w={30}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('orders.form.remove', { name: l.product.name })}
                    onClick={() => setLines((all) => all.filter((x) => x.product.id !== l.product.id))}
                  >
                    <IconTrash size={14} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {lines.length > 0 && (
        <Stack gap={0} aria-label={t('orders.totals')} role="group">
          <Text size="xs" c="dimmed">
            {t('orders.net')}: {money(cart.netMinor)} · {t('orders.vat')}: {money(cart.vatMinor)}
          </Text>
          <Text size="sm" fw={600}>
            {t('orders.gross')}: {money(cart.grossMinor)}
          </Text>
        </Stack>
      )}
      <UpsellSuggestions productIds={lines.map((l) => l.product.id)} currency={cart.currency} onAdd={add} />
      <Select
        size="xs"
        label={t('orders.delivery.method')}
        data={DeliveryMethod.options.map((m) => ({ value: m, label: t(`orders.delivery.methods.${m}`) }))}
        value={delivery.method}
        onChange={(v) => v && setDelivery((d) => ({ ...d, method: v }))}
        allowDeselect={false}
      />
      <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
        {field('name', t('orders.delivery.name'))}
        {field('phone', t('orders.delivery.phone'))}
        {field('street', t('orders.delivery.street'))}
        {field('city', t('orders.delivery.city'))}
        {field('postalCode', t('orders.delivery.postalCode'))}
        {field('country', t('orders.delivery.country'))}
      </SimpleGrid>
      <Select
        size="xs"
        label={t('orders.payment.method')}
        data={PaymentMethod.options.map((m) => ({ value: m, label: t(`orders.payment.methods.${m}`) }))}
        value={payment}
        onChange={(v) => v && setPayment(v)}
        allowDeselect={false}
      />
      <TextInput
        size="xs"
        label={t('orders.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {save.error && (
        <Alert color="red" role="alert" py={6}>
          {describe(save.error)}
        </Alert>
      )}
      <Group gap="xs" justify="flex-end">
        <Button size="xs" variant="subtle" onClick={onCancel}>
          {t('orders.form.cancel')}
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!lines.length}
          loading={save.isPending}
          onClick={() => save.mutate(false)}
        >
          {t('orders.form.saveDraft')}
        </Button>
        <Button size="xs" disabled={!lines.length} loading={save.isPending} onClick={() => save.mutate(true)}>
          {t('orders.form.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
