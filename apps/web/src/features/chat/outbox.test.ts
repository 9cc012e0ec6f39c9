import { describe, expect, it } from 'vitest';
import {
  enqueueChatMessage,
  flushOutbox,
  readOutbox,
  type PendingChatMessage,
  type SendOutcome,
} from './outbox.ts';

const TICKET = 't-1';
const SESSION = 's-1';

describe('chat outbox', () => {
  it('sends in order, keeps what got no acknowledgement and resends it with the same client id', async () => {
    const first = enqueueChatMessage(TICKET, SESSION, 'Hello');
    const second = enqueueChatMessage(TICKET, SESSION, 'Your parcel left today.');
    const sent: Array<[string, string]> = [];
    // The connection drops while the second message is on the wire: no acknowledgement.
    const offline = async (m: PendingChatMessage): Promise<SendOutcome> => {
      sent.push([m.clientId, m.text]);
      return m.clientId === first ? { ok: true } : { ok: false, retry: true };
    };
    await flushOutbox(TICKET, offline);
    expect(sent).toEqual([
      [first, 'Hello'],
      [second, 'Your parcel left today.'],
    ]);
    expect(readOutbox().map((m) => [m.clientId, m.state])).toEqual([[second, 'waiting']]);

    // A third message written while offline waits behind the second.
    const third = enqueueChatMessage(TICKET, SESSION, 'Anything else?');
    sent.length = 0;
    await flushOutbox(TICKET, async (m) => {
      sent.push([m.clientId, m.text]);
      return { ok: true };
    });
    expect(sent.map(([id]) => id)).toEqual([second, third]);
    expect(readOutbox()).toEqual([]);
  });

  it('keeps a refused message aside as failed and goes on with the next', async () => {
    const refused = enqueueChatMessage(TICKET, SESSION, 'Too late');
    const next = enqueueChatMessage('t-2', 's-2', 'Other chat');
    await flushOutbox(TICKET, async () => ({ ok: false, retry: false, code: 'chat_ended' }));
    expect(readOutbox().map((m) => [m.clientId, m.state, m.error])).toEqual([
      [refused, 'failed', 'chat_ended'],
      [next, 'waiting', undefined],
    ]);
  });

  it('resends at once when the connection came back while a send was waiting for its answer', async () => {
    const id = enqueueChatMessage(TICKET, SESSION, 'Are you there?');
    const attempts: string[] = [];
    let answerFirst: (outcome: SendOutcome) => void = () => {};
    const send = (m: PendingChatMessage) => {
      attempts.push(m.clientId);
      return attempts.length === 1
        ? new Promise<SendOutcome>((resolve) => (answerFirst = resolve))
        : Promise.resolve<SendOutcome>({ ok: true });
    };
    const running = flushOutbox(TICKET, send);
    // The reconnect asks for a flush while the first send still waits: no second send in parallel.
    await flushOutbox(TICKET, send);
    expect(attempts).toEqual([id]);
    answerFirst({ ok: false, retry: true });
    await running;
    expect(attempts).toEqual([id, id]);
    expect(readOutbox()).toEqual([]);
  });
});
