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

const { k } = await startEmailKontakt();

describe('inbound e-mail threading', () => {
  it('opens a ticket with its customer, threads a reply by In-Reply-To and stores a re-delivery once', async () => {
    const { s, mailbox } = await setupMailbox(k);
    const first = `<${uniq()}@customer.test>`;
    await deliver(
      k,
      eml({
        from: '"Jan Kowalski" <jan@customer.test>',
        to: mailbox.address,
        subject: 'Zepsuty żółw',
        body: 'Dzień dobry',
        messageId: first,
      }),
      {
        from: 'jan@customer.test',
        to: [mailbox.address],
      },
    );
    const [t] = await ticketsOf(k, s);
    expect(t).toMatchObject({ subject: 'Zepsuty żółw', number: 1 });
    expect(t!.customerId).toBeTruthy();
    await deliver(
      k,
      eml({
        from: 'jan@customer.test',
        to: mailbox.address,
        subject: 'Re: Zepsuty żółw',
        body: 'Jeszcze raz',
        headers: { 'In-Reply-To': first },
      }),
      {
        from: 'jan@customer.test',
        to: [mailbox.address],
      },
    );
    await deliver(
      k,
      eml({
        from: '"Jan Kowalski" <jan@customer.test>',
        to: mailbox.address,
        subject: 'Zepsuty żółw',
        body: 'Dzień dobry',
        messageId: first,
      }),
      {
        from: 'jan@customer.test',
        to: [mailbox.address],
      },
    );
    expect(await ticketsOf(k, s)).toHaveLength(1);
    const msgs = await messagesOf(k, s, t!.id);
    expect(msgs.map((m) => m.bodyText)).toEqual(['Dzień dobry', 'Jeszcze raz']);
  });

  it('refuses unknown recipients with 550 5.1.1', async () => {
    await expect(
      deliver(k, eml({ from: 'a@customer.test', to: 'nobody@shop.test', subject: 'x' }), {
        from: 'a@customer.test',
        to: ['nobody@shop.test'],
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });
});
