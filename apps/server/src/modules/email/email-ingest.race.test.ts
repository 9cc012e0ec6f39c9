import { describe, expect, it } from 'vitest';
import {
  deliver,
  eml,
  messagesOf,
  setupMailbox,
  startEmailKontakt,
  ticketsOf,
  uniq,
} from './email.test-kit.ts';
import { ingestRawEmail } from './email-ingest.service.ts';
import { findMailboxesByAddress } from './mailboxes.service.ts';

const { k } = await startEmailKontakt();

describe('inbound e-mail arriving at the same moment', () => {
  it('threads a reply that arrives together with the message it answers into one ticket', async () => {
    const { s, mailbox } = await setupMailbox(k);
    const pairs = 8;
    // Each pair: a message and the reply to it, delivered at once over two connections,
    // plus a second reply referencing the same parent (siblings racing each other).
    await Promise.all(
      Array.from({ length: pairs }, async (_, i) => {
        const parent = `<${uniq()}.${i}@klient.test>`;
        const from = `race-${i}-${uniq()}@klient.test`;
        const send = (subject: string, headers: Record<string, string>, messageId?: string) =>
          deliver(k, eml({ from, to: mailbox.address, subject, messageId, headers }), {
            from,
            to: [mailbox.address],
          });
        await Promise.all([
          send(`Pytanie ${i}`, {}, parent),
          send(`Re: Pytanie ${i}`, { 'In-Reply-To': parent, References: parent }),
          send(`Re: Pytanie ${i}`, { 'In-Reply-To': parent, References: parent }),
        ]);
      }),
    );
    const tickets = await ticketsOf(k, s);
    expect(tickets).toHaveLength(pairs);
    for (const t of tickets) expect(await messagesOf(k, s, t.id)).toHaveLength(3);
    // Ticket numbers stay gap-free under the same concurrency.
    const numbers = tickets.map((t) => t.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: pairs }, (_, i) => numbers[0]! + i));
  });

  it('never splits a thread when the ingest transactions themselves overlap', async () => {
    // Straight into the ingest service (as the listener and the IMAP poller call it), so the
    // parent's and the replies' transactions really run at the same time.
    const { s, mailbox } = await setupMailbox(k);
    const boxes = await findMailboxesByAddress(k.deps.db, [mailbox.address]);
    const threads = 12;
    await Promise.all(
      Array.from({ length: threads }, async (_, i) => {
        const parent = `<${uniq()}.p${i}@klient.test>`;
        // Three people (the customer and two colleagues in copy), so nothing else orders them.
        const mail = (subject: string, headers: Record<string, string>, messageId?: string) =>
          Buffer.from(
            eml({ from: `o${uniq()}@klient.test`, to: mailbox.address, subject, messageId, headers }),
          );
        await Promise.all([
          ingestRawEmail(k.deps, mail(`Dotaz ${i}`, {}, parent), boxes),
          ingestRawEmail(k.deps, mail(`Re: Dotaz ${i}`, { 'In-Reply-To': parent }), boxes),
          ingestRawEmail(k.deps, mail(`Re: Dotaz ${i}`, { References: parent }), boxes),
        ]);
      }),
    );
    const tickets = await ticketsOf(k, s);
    expect(tickets).toHaveLength(threads);
    for (const t of tickets) expect(await messagesOf(k, s, t.id)).toHaveLength(3);
  });
});
