import { describe, expect, it } from 'vitest';
import {
  deliver,
  eml,
  eventually,
  messagesOf,
  setupMailbox,
  startEmailKontakt,
  ticketsOf,
} from './email.test-kit.ts';

const { k, sink } = await startEmailKontakt();

describe('outbound e-mail during an SMTP outage', () => {
  it('keeps the reply queued while the server is down and delivers it exactly once after', async () => {
    const { s, mailbox } = await setupMailbox(k);
    await deliver(k, eml({ from: 'jana@customer.test', to: mailbox.address, subject: 'Reklamace' }), {
      from: 'jana@customer.test',
      to: [mailbox.address],
    });
    const [t] = await ticketsOf(k, s);
    const port = sink.port;
    await sink.stop();
    const reply = await k.inject({
      method: 'POST',
      url: `/api/v1/tickets/${t!.id}/messages`,
      headers: s.headers,
      payload: { body: { text: 'Dobrý den' } },
    });
    const failedOnce = await eventually(async () => {
      const m = (await messagesOf(k, s, t!.id)).find((x) => x.id === reply.json().id);
      return m?.delivery?.error ? m : null;
    });
    expect(failedOnce.delivery!.status).toBe('queued');
    await sink.start(port);
    await eventually(async () => {
      const m = (await messagesOf(k, s, t!.id)).find((x) => x.id === reply.json().id);
      return m?.delivery?.status === 'sent';
    }, 40_000);
    await new Promise((r) => setTimeout(r, 3000));
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]!.text).toContain('Dobrý den');
  });
});
