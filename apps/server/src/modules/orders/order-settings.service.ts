import { randomBytes } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { CommerceChannel, UpdateOrderSettingsInput } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId } from '../../platform/crypto.ts';
import { commerceChannels, orderSettings, type CommerceChannelRow } from './orders.table.ts';

type Secrets = Pick<AppDeps, 'secrets'>['secrets'];

export async function getOrderSettings(ctx: ServiceCtx) {
  const [s] = await ctx.db
    .select()
    .from(orderSettings)
    .where(eq(orderSettings.organizationId, ctx.actor.organizationId));
  return { fulfilmentUrl: s?.fulfilmentUrl ?? null, hasFulfilmentSecret: Boolean(s?.fulfilmentSecret) };
}

/** Sets where confirmed orders go; the secret is stored sealed and never shown again. */
export async function updateOrderSettings(
  ctx: ServiceCtx,
  secrets: Secrets,
  input: UpdateOrderSettingsInput,
) {
  const [current] = await ctx.db
    .select()
    .from(orderSettings)
    .where(eq(orderSettings.organizationId, ctx.actor.organizationId));
  const secret = input.fulfilmentSecret
    ? secrets.seal(input.fulfilmentSecret)
    : (current?.fulfilmentSecret ?? null);
  if (input.fulfilmentUrl && !secret)
    throw new AppError(400, 'validation_failed', 'A fulfilment URL needs a secret to sign the hand-off.', {
      field: 'fulfilmentSecret',
    });
  const values = { fulfilmentUrl: input.fulfilmentUrl, fulfilmentSecret: secret, updatedAt: ctx.now };
  await ctx.db
    .insert(orderSettings)
    .values({ organizationId: ctx.actor.organizationId, ...values })
    .onConflictDoUpdate({ target: orderSettings.organizationId, set: values });
  return getOrderSettings(ctx);
}

export const presentChannel = (r: CommerceChannelRow): CommerceChannel => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  channelKey: r.channelKey,
  webhookPath: `/api/v1/integrations/${r.kind}/${r.channelKey}/orders`,
  createdAt: r.createdAt.toISOString(),
});

export async function listChannels(ctx: ServiceCtx) {
  const rows = await ctx.db
    .select()
    .from(commerceChannels)
    .where(eq(commerceChannels.organizationId, ctx.actor.organizationId))
    .orderBy(asc(commerceChannels.createdAt));
  return rows.map(presentChannel);
}

export async function createChannel(
  ctx: ServiceCtx,
  secrets: Secrets,
  input: { kind: 'woocommerce' | 'shopify'; name: string; secret: string },
) {
  const [row] = await ctx.db
    .insert(commerceChannels)
    .values({
      id: newId(),
      organizationId: ctx.actor.organizationId,
      kind: input.kind,
      name: input.name,
      channelKey: randomBytes(18).toString('base64url'),
      secret: secrets.seal(input.secret),
      createdAt: ctx.now,
    })
    .returning();
  return presentChannel(row!);
}

export async function deleteChannel(ctx: ServiceCtx, id: string) {
  const gone = await ctx.db
    .delete(commerceChannels)
    .where(and(eq(commerceChannels.organizationId, ctx.actor.organizationId), eq(commerceChannels.id, id)))
    .returning({ id: commerceChannels.id });
  if (!gone.length) throw notFound('Channel');
}

/** The channel a shop's webhook names, with its opened secret (null: unknown key or kind). */
export async function channelByKey(
  deps: Pick<AppDeps, 'db' | 'secrets'>,
  kind: 'woocommerce' | 'shopify',
  key: string,
) {
  const [row] = await deps.db
    .select()
    .from(commerceChannels)
    .where(and(eq(commerceChannels.kind, kind), eq(commerceChannels.channelKey, key)));
  return row ? { row, secret: deps.secrets.open(row.secret) } : null;
}
