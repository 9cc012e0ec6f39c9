import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { attachments, messages, tickets } from '../tickets/index.ts';
import { customers } from '../customers/index.ts';
import { emailMessages } from './email.table.ts';
import { EMAIL_CASES } from '../../../test/fixtures/email/cases.ts';
import { deliver, setupMailbox, startEmailKontakt } from './email.test-kit.ts';

const DIR = fileURLToPath(new URL('../../../test/fixtures/email/', import.meta.url));
const { k } = await startEmailKontakt();
const { org, mailbox } = await setupMailbox(k);
const db = k.deps.db;
const ticketOf = new Map<string, string>();
const seen: string[] = [];

async function newMessages() {
  const rows = await db
    .select()
    .from(messages)
    .where(and(eq(messages.organizationId, org.id), seen.length ? notInArray(messages.id, seen) : undefined));
  seen.push(...rows.map((r) => r.id));
  return rows;
}

describe('the e-mail corpus', () => {
  it.each(EMAIL_CASES.map((c, i) => [`${String(i + 1).padStart(2, '0')} ${c.file}`, c] as const))(
    '%s',
    async (_n, c) => {
      const raw = readFileSync(`${DIR}/${c.file}`);
      await deliver(k, raw, { from: 'sender@fixtures.test', to: [mailbox.address] });
      const fresh = (await newMessages()).filter((m) => m.direction === 'inbound');
      if (c.thread === 'duplicate' || c.thread === 'ignored') {
        expect(fresh).toHaveLength(0);
        return;
      }
      expect(fresh).toHaveLength(1);
      const m = fresh[0]!;
      const [t] = await db.select().from(tickets).where(eq(tickets.id, m.ticketId));
      if (c.thread === 'new') expect([...ticketOf.values()]).not.toContain(t!.id);
      else expect(t!.id).toBe(ticketOf.get(c.thread.slice('same:'.length)));
      if (!ticketOf.has(c.file)) ticketOf.set(c.file, t!.id);
      if (c.subject) expect(t!.subject).toBe(c.subject);
      for (const s of c.text ?? []) expect(m.bodyText).toContain(s);
      for (const s of c.html ?? []) expect(m.bodyHtml).toContain(s);
      for (const s of c.notHtml ?? []) expect(m.bodyHtml).not.toContain(s);
      if (c.tags) expect(t!.tags).toEqual(c.tags);
      const [e] = await db.select().from(emailMessages).where(eq(emailMessages.messageId, m.id));
      expect(e!.rawSha256).toMatch(/^[0-9a-f]{64}$/);
      if (c.autoReply !== undefined) expect(e!.autoReply).toBe(c.autoReply);
      if (c.attachments) {
        const files = await db
          .select()
          .from(attachments)
          .where(inArray(attachments.messageId, [m.id]));
        expect(
          files.map((f) => ({
            filename: f.filename,
            contentType: f.contentType,
            ...(f.contentId ? { contentId: f.contentId } : {}),
          })),
        ).toEqual(c.attachments);
      }
      if (c.customerName) {
        const [cu] = await db.select().from(customers).where(eq(customers.id, m.authorId!));
        expect(cu!.name).toBe(c.customerName);
      }
    },
  );
});
