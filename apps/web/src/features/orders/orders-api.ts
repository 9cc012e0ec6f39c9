import type { z } from 'zod';
import type {
  Amount,
  CatalogProduct,
  CommerceChannel,
  CreateCommerceChannelInput,
  CreateOrderInput,
  CreateProductInput,
  Order,
  OrderStatus,
  OrderStatusInput,
  OrderSummary,
  UpdateOrderSettingsInput,
  UpdateProductInput,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;

/** TanStack Query keys of the catalogue and orders. */
export const orderKeys = {
  all: ['orders'] as const,
  list: (filters: OrderFilters) => ['orders', 'list', filters] as const,
  one: (number: number) => ['orders', 'one', number] as const,
  products: (q: string, active?: boolean) => ['catalog', 'products', q, active ?? null] as const,
  suggestions: (ids: string[]) => ['catalog', 'suggestions', ids] as const,
  catalog: ['catalog'] as const,
  settings: ['order-settings'] as const,
  channels: ['commerce-channels'] as const,
};

export interface OrderFilters {
  q?: string;
  status?: OrderStatus[];
  customerId?: string;
  ticketId?: string;
  limit?: number;
}

const query = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

export function listOrders(f: OrderFilters): Promise<OrderSummary[]> {
  const qs = query({
    q: f.q,
    status: f.status?.length ? f.status.join(',') : undefined,
    customerId: f.customerId,
    ticketId: f.ticketId,
    limit: f.limit,
  });
  return request<{ items: OrderSummary[] }>('GET', `/orders${qs}`).then((r) => r.items);
}

export const getOrder = (number: number) => request<Order>('GET', `/orders/${number}`);

export const createOrder = (input: z.input<typeof CreateOrderInput>) =>
  request<Order>('POST', '/orders', { body: input });

export const confirmOrder = (number: number, version: number) =>
  request<Order>('POST', `/orders/${number}/confirm`, { body: { version } });

export const changeOrderStatus = (number: number, input: z.input<typeof OrderStatusInput>) =>
  request<Order>('POST', `/orders/${number}/status`, { body: input });

export const retryFulfilment = (number: number) =>
  request<Order>('POST', `/orders/${number}/fulfilment/retry`);

export const confirmationPdfUrl = (number: number) => `/api/v1/orders/${number}/confirmation.pdf`;

export function searchProducts(q: string, active?: boolean): Promise<CatalogProduct[]> {
  const qs = query({ q, active: active === undefined ? undefined : String(active), limit: 50 });
  return request<{ items: CatalogProduct[] }>('GET', `/catalog/products${qs}`).then((r) => r.items);
}

export function productSuggestions(productIds: string[]): Promise<CatalogProduct[]> {
  return request<{ items: CatalogProduct[] }>(
    'GET',
    `/catalog/suggestions?productIds=${enc(productIds.join(','))}`,
  ).then((r) => r.items);
}

export const createProduct = (input: z.input<typeof CreateProductInput>) =>
  request<CatalogProduct>('POST', '/catalog/products', { body: input });

export const updateProduct = (id: string, input: z.input<typeof UpdateProductInput>) =>
  request<CatalogProduct>('PATCH', `/catalog/products/${enc(id)}`, { body: input });

export const deleteProduct = (id: string) => request<void>('DELETE', `/catalog/products/${enc(id)}`);

export const getOrderSettings = () =>
  request<{ fulfilmentUrl: string | null; hasFulfilmentSecret: boolean }>('GET', '/order-settings');

export const saveOrderSettings = (input: z.input<typeof UpdateOrderSettingsInput>) =>
  request<{ fulfilmentUrl: string | null; hasFulfilmentSecret: boolean }>('PUT', '/order-settings', {
    body: input,
  });

export const listChannels = () =>
  request<{ items: CommerceChannel[] }>('GET', '/commerce-channels').then((r) => r.items);

export const createChannel = (input: z.input<typeof CreateCommerceChannelInput>) =>
  request<CommerceChannel>('POST', '/commerce-channels', { body: input });

export const deleteChannel = (id: string) => request<void>('DELETE', `/commerce-channels/${enc(id)}`);

const INTL: Record<string, string> = { pl: 'pl-PL', cs: 'cs-CZ', en: 'en-GB' };

/** An amount in the reader's language, e.g. "1 230,00 zł". */
export function formatAmount(language: string, a: Pick<Amount, 'amountMinor' | 'currency'>): string {
  return new Intl.NumberFormat(INTL[language] ?? language, {
    style: 'currency',
    currency: a.currency,
  }).format(a.amountMinor / 100);
}
