import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  ChatQueueRequirements,
  CreateChatChannelInput,
  UpdateChatChannelInput,
  WidgetConfig,
} from '@kontakt/contracts';
import { isOpenAt } from '@kontakt/domain';
import type { Db } from '../../platform/db.ts';
import type { ServiceCtx } from '../../http/actor.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { newId, randomToken } from '../../platform/crypto.ts';
import { getQueue } from '../tickets/index.ts';
import { getCalendar } from '../sla/calendars.service.ts';
import { toBusinessCalendar } from '../sla/holidays.ts';
import { agentPresence } from '../presence/presence.table.ts';
import { agents } from '../agents/index.ts';
import { chatChannels, chatQueueRequirements, type ChatChannelRow } from './chat.table.ts';
import { presentChannel } from './chat.presenter.ts';

export async function listChannels(db: Db, organizationId: string) {
  const rows = await db
    .select()
    .from(chatChannels)
    .where(eq(chatChannels.organizationId, organizationId))
    .orderBy(asc(chatChannels.createdAt));
  return rows.map(presentChannel);
}

async function getChannel(db: Db, organizationId: string, id: string): Promise<ChatChannelRow> {
  const [row] = await db
    .select()
    .from(chatChannels)
    .where(and(eq(chatChannels.organizationId, organizationId), eq(chatChannels.id, id)));
  if (!row) throw notFound('Chat channel');
  return row;
}

/** An active channel by its public id; unknown and inactive channels are "not found". */
export async function channelByPublicId(db: Db, publicId: string): Promise<ChatChannelRow> {
  const [row] = await db.select().from(chatChannels).where(eq(chatChannels.publicId, publicId));
  if (!row || !row.active) throw notFound('Chat channel');
  return row;
}

async function assertRefs(db: Db, org: string, input: { queueId?: string; calendarId?: string | null }) {
  if (input.queueId) await getQueue(db, org, input.queueId);
  if (input.calendarId) await getCalendar(db, org, input.calendarId);
}

/** Creates a channel with a fresh public id (admins). */
export async function createChannel(ctx: ServiceCtx, input: CreateChatChannelInput, publicId?: string) {
  const org = ctx.actor.organizationId;
  await assertRefs(ctx.db, org, input);
  const [row] = await ctx.db
    .insert(chatChannels)
    .values({
      id: newId(),
      organizationId: org,
      publicId: publicId ?? `ch_${randomToken(12)}`,
      name: input.name,
      active: input.active,
      queueId: input.queueId,
      calendarId: input.calendarId,
      settings: {
        branding: input.branding,
        preChat: input.preChat,
        privacyUrl: input.privacyUrl,
        uploads: input.uploads,
      },
      offerTimeoutSeconds: input.offerTimeoutSeconds,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError(409, 'public_id_taken', 'This public id is already used by another channel.');
  return presentChannel(row);
}

/** Changes a channel (admins); settings given replace those stored, field by field. */
export async function updateChannel(ctx: ServiceCtx, id: string, input: UpdateChatChannelInput) {
  const org = ctx.actor.organizationId;
  const row = await getChannel(ctx.db, org, id);
  await assertRefs(ctx.db, org, input);
  const settings = {
    branding: input.branding ?? row.settings.branding,
    preChat: input.preChat ?? row.settings.preChat,
    privacyUrl: input.privacyUrl === undefined ? row.settings.privacyUrl : input.privacyUrl,
    uploads: input.uploads ?? row.settings.uploads,
  };
  const [updated] = await ctx.db
    .update(chatChannels)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      ...(input.queueId !== undefined ? { queueId: input.queueId } : {}),
      ...(input.calendarId !== undefined ? { calendarId: input.calendarId } : {}),
      ...(input.offerTimeoutSeconds !== undefined ? { offerTimeoutSeconds: input.offerTimeoutSeconds } : {}),
      settings,
      updatedAt: ctx.now,
    })
    .where(and(eq(chatChannels.organizationId, org), eq(chatChannels.id, id)))
    .returning();
  return presentChannel(updated!);
}

/** Chat requirements of the organization's queues (queues without a row require nothing). */
export async function listQueueRequirements(db: Db, organizationId: string) {
  const rows = await db
    .select()
    .from(chatQueueRequirements)
    .where(eq(chatQueueRequirements.organizationId, organizationId));
  return rows.map((r) => ({ queueId: r.queueId, requiredSkills: r.requiredSkills, languages: r.languages }));
}

/** Sets a queue's chat requirements (admins). */
export async function setQueueRequirements(ctx: ServiceCtx, queueId: string, input: ChatQueueRequirements) {
  const org = ctx.actor.organizationId;
  await getQueue(ctx.db, org, queueId);
  const values = {
    requiredSkills: [...new Set(input.requiredSkills)],
    languages: [...new Set(input.languages)],
  };
  await ctx.db
    .insert(chatQueueRequirements)
    .values({ queueId, organizationId: org, ...values })
    .onConflictDoUpdate({ target: chatQueueRequirements.queueId, set: values });
  return { queueId, ...values };
}

/** Whether the channel takes chats now: within its calendar's hours and someone is online. */
export async function channelAvailability(
  db: Db,
  channel: ChatChannelRow,
  now: Date,
): Promise<Pick<WidgetConfig, 'online' | 'offlineReason'>> {
  if (channel.calendarId) {
    const calendar = await getCalendar(db, channel.organizationId, channel.calendarId).catch(() => null);
    if (calendar && !isOpenAt(toBusinessCalendar(calendar, now), now)) {
      return { online: false, offlineReason: 'closed' };
    }
  }
  const online = await db
    .select({ id: agentPresence.agentId })
    .from(agentPresence)
    .innerJoin(agents, eq(agents.id, agentPresence.agentId))
    .where(
      and(
        eq(agentPresence.organizationId, channel.organizationId),
        inArray(agentPresence.state, ['online']),
        eq(agents.active, true),
      ),
    )
    .limit(1);
  return online.length
    ? { online: true, offlineReason: null }
    : { online: false, offlineReason: 'no_agents' };
}

/** The public widget configuration: looks and availability, nothing personal. */
export async function widgetConfig(db: Db, publicId: string, now: Date): Promise<WidgetConfig> {
  const channel = await channelByPublicId(db, publicId);
  return {
    publicId: channel.publicId,
    branding: channel.settings.branding,
    preChat: channel.settings.preChat,
    privacyUrl: channel.settings.privacyUrl,
    uploads: channel.settings.uploads,
    ...(await channelAvailability(db, channel, now)),
  };
}
