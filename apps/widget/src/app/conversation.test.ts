import { describe, expect, it } from 'vitest';
import { Conversation, type ChatMessage } from './conversation.ts';
import { OutboxSender, type SendResult } from './outbox-sender.ts';

let nextSeq = 1;
/** What the server would store for a visitor message: a new id and the next seq. */
function stored(text: string, clientId: string | null, from: ChatMessage['from'] = 'visitor'): ChatMessage {
  const seq = nextSeq++;
  return {
    id: `m${seq}`,
    sessionId: 's1',
    seq,
    clientId: clientId ?? `m${seq}`,
    from,
    agent: from === 'agent' ? { id: 'a1', name: 'Ewa' } : null,
    text,
    attachments: [],
    createdAt: new Date(0).toISOString(),
  };
}

/** A fake server that stores by client id once, like the real one promises to. */
function fakeServer() {
  const byClientId = new Map<string, ChatMessage>();
  const log: string[] = [];
  return {
    log,
    byClientId,
    store(text: string, clientId: string): ChatMessage {
      log.push(text);
      const existing = byClientId.get(clientId);
      if (existing) return existing;
      const m = stored(text, clientId);
      byClientId.set(clientId, m);
      return m;
    },
  };
}

describe('Conversation', () => {
  it('keeps a message once however often it arrives, in seq order', () => {
    const c = new Conversation();
    const a = stored('a', null, 'agent');
    const b = stored('b', null, 'agent');
    const d = stored('d', null, 'agent');
    expect(c.receive(b)).toBe(true);
    expect(c.receive(a)).toBe(true);
    expect(c.receive(d)).toBe(true);
    expect(c.receive(a)).toBe(false);
    expect(c.receive({ ...b })).toBe(false);
    expect(c.messages.map((m) => m.text)).toEqual(['a', 'b', 'd']);
    expect(c.lastSeq).toBe(d.seq);
  });

  it('takes an outbox entry out when its message arrives by sync or live event', () => {
    const c = new Conversation();
    const entry = c.enqueue('hello');
    expect(c.outbox).toHaveLength(1);
    c.receive(stored('hello', entry.clientId));
    expect(c.outbox).toHaveLength(0);
    expect(c.messages.map((m) => m.text)).toEqual(['hello']);
  });

  it('restores from a snapshot without reviving entries that were confirmed', () => {
    const c = new Conversation();
    const sent = c.enqueue('sent');
    const unsent = c.enqueue('unsent');
    const snap = c.snapshot();
    const confirmed = stored('sent', sent.clientId);
    const restored = new Conversation({ messages: [confirmed], outbox: snap.outbox });
    expect(restored.outbox.map((e) => e.clientId)).toEqual([unsent.clientId]);
    expect(restored.messages).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(restored.snapshot()))).toEqual(restored.snapshot());
  });
});

describe('OutboxSender', () => {
  it('sends in order and stops at the first unacknowledged message, keeping it and the rest', async () => {
    const c = new Conversation();
    const server = fakeServer();
    let online = true;
    const sender = new OutboxSender(
      c,
      async (e): Promise<SendResult> =>
        online
          ? { ok: true, message: server.store(e.text, e.clientId) }
          : { ok: false, permanent: false, code: 'disconnected' },
      { changed: () => undefined },
    );
    c.enqueue('one');
    await sender.flush();
    online = false;
    c.enqueue('two');
    c.enqueue('three');
    await sender.flush();
    expect(c.outbox.map((e) => e.text)).toEqual(['two', 'three']);
    online = true;
    await sender.flush();
    expect(c.outbox).toHaveLength(0);
    expect(c.messages.map((m) => m.text)).toEqual(['one', 'two', 'three']);
  });

  it('a lost acknowledgement leads to a resend that the server dedupes: shown once', async () => {
    const c = new Conversation();
    const server = fakeServer();
    let dropAck = true;
    const sender = new OutboxSender(
      c,
      async (e): Promise<SendResult> => {
        const message = server.store(e.text, e.clientId);
        if (dropAck) {
          dropAck = false;
          throw new Error('timeout'); // stored, but the ack never came back
        }
        return { ok: true, message };
      },
      { changed: () => undefined },
    );
    c.enqueue('Dzień dobry');
    await sender.flush();
    expect(c.outbox).toHaveLength(1);
    await sender.flush(); // after reconnect
    expect(server.log).toEqual(['Dzień dobry', 'Dzień dobry']);
    expect(server.byClientId.size).toBe(1);
    expect(c.messages.map((m) => m.text)).toEqual(['Dzień dobry']);
    expect(c.outbox).toHaveLength(0);
  });

  it('sync after reconnect confirms a stored message so it is not resent', async () => {
    const c = new Conversation();
    const server = fakeServer();
    const sent: string[] = [];
    const sender = new OutboxSender(
      c,
      async (e): Promise<SendResult> => {
        sent.push(e.text);
        return { ok: true, message: server.store(e.text, e.clientId) };
      },
      { changed: () => undefined },
    );
    const entry = c.enqueue('stored before the drop');
    const message = server.store(entry.text, entry.clientId);
    c.receive(message); // what sync returned
    await sender.flush();
    expect(sent).toEqual([]);
    expect(c.messages).toHaveLength(1);
  });

  it('drops a permanently refused entry, reports it and goes on with the next', async () => {
    const c = new Conversation();
    const server = fakeServer();
    const failures: string[] = [];
    const sender = new OutboxSender(
      c,
      async (e): Promise<SendResult> =>
        e.text.length > 5
          ? { ok: false, permanent: true, code: 'validation_failed' }
          : { ok: true, message: server.store(e.text, e.clientId) },
      { changed: () => undefined, failed: (code) => failures.push(code) },
    );
    c.enqueue('far too long');
    c.enqueue('ok');
    await sender.flush();
    expect(failures).toEqual(['validation_failed']);
    expect(c.outbox).toHaveLength(0);
    expect(c.messages.map((m) => m.text)).toEqual(['ok']);
  });

  it('a flush asked for while one runs sends the new entry too, never in parallel', async () => {
    const c = new Conversation();
    const server = fakeServer();
    let inFlight = 0;
    let maxInFlight = 0;
    const sender = new OutboxSender(
      c,
      async (e): Promise<SendResult> => {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        await Promise.resolve();
        inFlight--;
        return { ok: true, message: server.store(e.text, e.clientId) };
      },
      { changed: () => undefined },
    );
    c.enqueue('a');
    const first = sender.flush();
    c.enqueue('b');
    const second = sender.flush();
    await Promise.all([first, second]);
    expect(maxInFlight).toBe(1);
    expect(c.messages.map((m) => m.text)).toEqual(['a', 'b']);
  });
});
