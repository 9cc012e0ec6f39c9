import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import type { AmountCurrency, CatalogProduct } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { formatAmount, orderKeys, productSuggestions } from './orders-api.ts';

/** Up-sell: complementary products of what is in the cart, each one click away. */
export function UpsellSuggestions({
  productIds,
  currency,
  onAdd,
}: {
  productIds: string[];
  currency: AmountCurrency | null;
  onAdd: (p: CatalogProduct) => void;
}) {
  const { t, i18n } = useTranslation();
  const ids = [...productIds].sort();
  const suggestions = useQuery({
    queryKey: orderKeys.suggestions(ids),
    queryFn: () => productSuggestions(ids),
    enabled: ids.length > 0,
  });
  const items = (suggestions.data ?? []).filter((p) => !currency || p.price.currency === currency);
  if (!items.length) return null;
  return (
    <Stack gap={4} component="section" aria-label={t('orders.form.upsell')}>
      <Text size="xs" fw={600} c="dimmed">
        {t('orders.form.upsell')}
      </Text>
      {items.map((p) => (
        <Group key={p.id} justify="space-between" wrap="nowrap" gap="xs">
          <Text size="sm" lineClamp={1}>
            {p.name} · {formatAmount(i18n.language, p.unitGross)}
            {p.availability !== 'in_stock' && (
              <Text span size="xs" c="dimmed">
                {' '}
                ({t(`orders.availability.${p.availability}`)})
              </Text>
            )}
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconPlus size={12} />}
            onClick={() => onAdd(p)}
            aria-label={t('orders.form.addNamed', { name: p.name })}
          >
            {t('orders.form.add')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}
