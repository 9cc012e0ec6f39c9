import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { newId } from '../../platform/crypto.ts';
import { organizations } from '../organizations/index.ts';
import { resolveQueue } from '../tickets/index.ts';
import { mailboxes } from './email.table.ts';

/** The demo organization's slug (modules/demo/seed-demo.ts). */
const DEMO_SLUG = 'demo-sklep';
export const DEMO_MAILBOX = 'pomoc@demo-sklep.test';

/** Gives the demo organization the mailbox pomoc@demo-sklep.test on its default queue, once. */
export async function seedDemoMailbox(db: Db, now: Date): Promise<boolean> {
  const [org] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, DEMO_SLUG));
  if (!org) return false;
  const [existing] = await db
    .select({ id: mailboxes.id })
    .from(mailboxes)
    .where(and(eq(mailboxes.organizationId, org.id), eq(mailboxes.address, DEMO_MAILBOX)));
  if (existing) return false;
  await db
    .insert(mailboxes)
    .values({
      id: newId(),
      organizationId: org.id,
      queueId: (await resolveQueue(db, org.id, undefined, now)).id,
      address: DEMO_MAILBOX,
      displayName: 'Demo Sklep – pomoc',
      inboundKind: 'smtp',
      imapTls: true,
      imapFolder: 'INBOX',
      smtpUrl: null,
      signatures: {
        pl: 'Zespół obsługi klienta Demo Sklep',
        cs: 'Zákaznická podpora Demo Sklep',
        en: 'Demo Sklep customer service',
      },
      autoAck: true,
      autoAckTemplates: {
        pl: {
          subject: 'Otrzymaliśmy Twoją wiadomość: {{ticket.subject}}',
          body: 'Dzień dobry {{customer.name}},\n\ndziękujemy za wiadomość. Zgłoszenie ma numer {{ticket.number}}; odpowiemy najszybciej, jak to możliwe.',
        },
        cs: {
          subject: 'Vaši zprávu jsme přijali: {{ticket.subject}}',
          body: 'Dobrý den, {{customer.name}},\n\nděkujeme za zprávu. Požadavek má číslo {{ticket.number}}; odpovíme co nejdříve.',
        },
        en: {
          subject: 'We received your message: {{ticket.subject}}',
          body: 'Hello {{customer.name}},\n\nthank you for your message. Your request number is {{ticket.number}}; we will answer as soon as we can.',
        },
      },
      active: true,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing();
  return true;
}
