import { and, eq } from 'drizzle-orm';
import { ChatBranding, ChatUploadConfig, PreChatConfig } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { queues } from '../tickets/index.ts';
import { presenceReasons } from '../presence/presence.table.ts';
import { chatChannels } from './chat.table.ts';

/** The demo shop's widget: `<script src="/widget.js" data-channel="demo-shop">`. */
export const DEMO_CHAT_PUBLIC_ID = 'demo-shop';

const DEMO_REASONS = [
  { code: 'break', label: 'Przerwa', states: ['away'] as const },
  { code: 'training', label: 'Szkolenie', states: ['away', 'busy'] as const },
  { code: 'meeting', label: 'Spotkanie', states: ['away', 'busy'] as const },
  { code: 'after_contact_work', label: 'Praca po kontakcie', states: ['busy'] as const },
];

/**
 * The demo organization's chat channel (into its default queue) and presence reasons; each is
 * added when missing, so demo databases seeded before live chat existed get them too.
 */
export async function seedDemoChat(db: Db, organizationId: string, now: Date): Promise<void> {
  const [queue] = await db
    .select({ id: queues.id })
    .from(queues)
    .where(and(eq(queues.organizationId, organizationId), eq(queues.isDefault, true)));
  if (!queue) return;
  await db
    .insert(chatChannels)
    .values({
      id: newId(),
      organizationId,
      publicId: DEMO_CHAT_PUBLIC_ID,
      name: 'Demo Sklep — czat',
      active: true,
      queueId: queue.id,
      calendarId: null,
      settings: {
        branding: ChatBranding.parse({
          color: '#0b7a75',
          greeting: {
            pl: 'Dzień dobry! W czym możemy pomóc?',
            cs: 'Dobrý den! Jak vám můžeme pomoci?',
            en: 'Hello! How can we help?',
          },
        }),
        preChat: PreChatConfig.parse({}),
        privacyUrl: null,
        uploads: ChatUploadConfig.parse({}),
      },
      offerTimeoutSeconds: 30,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
  await db
    .insert(presenceReasons)
    .values(
      DEMO_REASONS.map((r) => ({
        id: newId(),
        organizationId,
        code: r.code,
        label: r.label,
        states: [...r.states],
        active: true,
        createdAt: now,
      })),
    )
    .onConflictDoNothing();
}
