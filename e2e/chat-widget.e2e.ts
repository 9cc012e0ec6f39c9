import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { FrameLocator } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { afterAll, expect, test } from 'vitest';
import type { ChatMessage, ChatOffer, ChatTypingEvent } from '../packages/contracts/src/chat.ts';
import { translator } from '../apps/widget/src/app/i18n.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { REPO_ROOT } from './support/paths.ts';
import { DEMO_PASSWORD, freePort } from './support/server.ts';

/**
 * The chat widget on a third-party shop: a page on another origin with a strict CSP embeds
 * `/widget.js`; the visitor (Polish browser) fills in the pre-chat form; the Polish demo agent,
 * driven through the agent API and Socket.IO (the agent app's chat screen is built separately),
 * accepts the offer; messages and typing go both ways; a reload keeps the history; a message
 * typed while the browser is offline arrives once when it is back; the visitor ends with a rating.
 */
const build = spawnSync('npm', ['run', 'build', '-w', '@kontakt/widget'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('Building the widget failed.');

const { server, browser } = useServerAndBrowser();
const t = translator('pl');

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A shop on its own origin whose CSP allows only itself and the Kontakt server. */
async function startShop(
  kontakt: string,
  channel: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${kontakt}`,
    `frame-src ${kontakt}`,
    "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
  ].join('; ');
  const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Sklep z herbatą</title></head>
<body><h1>Sklep z herbatą</h1><p>Herbata Assam 100 g — 24,90 zł</p>
<script src="${kontakt}/widget.js" data-channel="${channel}" async></script></body></html>`;
  const shop: Server = createServer((req, res) => {
    if (req.url !== '/') return void res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp })
      .end(html);
  });
  await new Promise<void>((resolve) => shop.listen(port, '127.0.0.1', resolve));
  // 127.0.0.1 vs localhost: another site, as a real shop is.
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => shop.close(() => r())) };
}

/** A demo agent signed in through the API, with a Socket.IO connection. */
async function signInAgent(base: string, email: string) {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const api = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  };
  const socket: Socket = io(base, { transports: ['websocket'], extraHeaders: { cookie } });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const offers: ChatOffer[] = [];
  const messages: ChatMessage[] = [];
  const typing: ChatTypingEvent[] = [];
  socket.on('chat.offered', (offer: ChatOffer) => offers.push(offer));
  socket.on('chat.message', (m: ChatMessage) => messages.push(m));
  socket.on('chat.typing', (e: ChatTypingEvent) => typing.push(e));
  return { api, socket, offers, messages, typing };
}

/** Waits until `check` returns something truthy (polling; the journey never asserts timings). */
async function until<T>(what: string, check: () => T | undefined | null | false, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function widget(frame: FrameLocator) {
  return {
    launcher: frame.getByRole('button', { name: t('open'), exact: true }),
    message: frame.getByRole('textbox', { name: t('messageLabel'), exact: true }),
    send: frame.getByRole('button', { name: t('send'), exact: true }),
    log: frame.getByRole('log', { name: t('messages') }),
  };
}

let shopStarted: Promise<{ url: string; close: () => Promise<void> }> | undefined;
afterAll(async () => (await shopStarted)?.close());

/**
 * The shop's admin sets up a channel (brand colour, a Polish greeting, name and e-mail required)
 * and the shop embeds it; once for the file.
 */
function theShop() {
  shopStarted ??= (async () => {
    const base = server().url;
    const admin = await signInAgent(base, 'admin@demo-sklep.test');
    admin.socket.disconnect();
    const queues = (await admin.api('GET', '/queues')) as { id: string }[] | { items: { id: string }[] };
    const queueId = (Array.isArray(queues) ? queues : queues.items)[0]!.id;
    const channel = (await admin.api('POST', '/chat-channels', {
      name: 'Sklep z herbatą',
      queueId,
      privacyUrl: 'https://sklep.example/prywatnosc',
      branding: {
        color: '#8a3b12',
        greeting: { pl: 'Witamy w sklepie z herbatą!' },
        position: 'bottom-right',
        avatarUrl: null,
      },
      preChat: { fields: ['name', 'email', 'topic'], required: ['name', 'email'] },
    })) as { publicId: string };
    return startShop(base, channel.publicId);
  })();
  return shopStarted;
}

test('with no agent online, the visitor leaves a message in the offline form', async ({
  task,
  onTestFinished,
}) => {
  const shop = await theShop();
  const visitor = await Journey.open(browser(), task.name, { baseURL: shop.url, locale: 'pl-PL' });
  onTestFinished(() => visitor.close());
  const frame = visitor.page.frameLocator('iframe[data-kontakt-widget]');
  await visitor.step('the widget says nobody is available', async () => {
    await visitor.page.goto('/');
    await widget(frame).launcher.click();
    await frame.getByRole('heading', { name: t('offlineTitle') }).waitFor();
  });
  await visitor.step('the offline message is sent', async () => {
    await frame.getByLabel(t('email')).fill('jan.kowalski@example.pl');
    await frame.getByLabel(t('messageLabel')).fill('Czy wysyłacie do Czech?');
    const [answer] = await Promise.all([
      visitor.page.waitForResponse((r) => r.url().endsWith('/offline-messages')),
      frame.getByRole('button', { name: t('send') }).click(),
    ]);
    expect(answer.status()).toBe(201);
    await frame.getByText(t('offlineSent', { email: 'jan.kowalski@example.pl' })).waitFor();
  });
});

test('a visitor on a strict-CSP shop chats with an agent, survives a reload and going offline, and rates', async ({
  task,
  onTestFinished,
}) => {
  const base = server().url;
  const shop = await theShop();
  const agent = await signInAgent(base, 'agent.pl@demo-sklep.test');
  onTestFinished(() => void agent.socket.disconnect());
  await agent.api('PUT', '/presence/me', { state: 'online', reasonId: null });

  const visitor = await Journey.open(browser(), task.name, { baseURL: shop.url, locale: 'pl-PL' });
  onTestFinished(() => visitor.close());
  const { page, context } = visitor;
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  const frame = page.frameLocator('iframe[data-kontakt-widget]');
  const w = widget(frame);

  await visitor.step('the shop page shows the chat bubble', async () => {
    await page.goto('/');
    await w.launcher.waitFor();
    await w.launcher.click();
    await frame.getByRole('dialog', { name: t('title') }).waitFor();
  });

  await visitor.step('pre-chat form: greeting, privacy link, validation, then start', async () => {
    await frame.getByText('Witamy w sklepie z herbatą!').waitFor();
    const privacy = frame.getByRole('link', { name: t('privacyLink') });
    expect(await privacy.getAttribute('href')).toBe('https://sklep.example/prywatnosc');
    await frame.getByRole('button', { name: t('start') }).click();
    await expect(frame.getByText(t('required')).count()).resolves.toBe(2);
    await frame.getByLabel(t('email')).fill('zofia@');
    await frame.getByRole('button', { name: t('start') }).click();
    await frame.getByText(t('emailInvalid')).waitFor();
    await frame.getByLabel(t('name')).fill('Zofia Wiśniewska');
    await frame.getByLabel(t('email')).fill('zofia.wisniewska@example.pl');
    await frame.getByLabel(t('topic')).fill('Zamówienie 4711');
    await frame.getByRole('button', { name: t('start') }).click();
    await w.message.waitFor();
  });

  const offer = await until('the offer', () => agent.offers[0]);
  expect(offer.language).toBe('pl');
  await agent.api('POST', `/chats/offers/${offer.id}/accept`);
  const sessionId = offer.sessionId;
  agent.socket.emit('ticket.watch', { ticketId: offer.ticketId }, () => undefined);

  await visitor.step('agent types and replies; the visitor sees both', async () => {
    agent.socket.emit('chat.typing', { sessionId, typing: true });
    await frame.getByText(/pisze…/).waitFor();
    const ack = await agent.socket.emitWithAck('chat.send', {
      sessionId,
      clientId: 'agent-hello-0001',
      text: 'Dzień dobry! W czym mogę pomóc? <b>bez HTML</b>',
    });
    expect(ack.ok).toBe(true);
    await w.log.getByText('Dzień dobry! W czym mogę pomóc? <b>bez HTML</b>', { exact: true }).waitFor();
  });

  await visitor.step('the visitor types (agent sees it) and sends', async () => {
    await w.message.pressSequentially('Kubek przyszedł', { delay: 10 });
    await until('visitor typing at the agent', () =>
      agent.typing.find((e) => e.from === 'visitor' && e.typing),
    );
    await w.message.pressSequentially(' pęknięty.', { delay: 10 });
    await w.send.click();
    await until('the visitor message at the agent', () =>
      agent.messages.find((m) => m.text === 'Kubek przyszedł pęknięty.'),
    );
    await w.log.locator('[data-pending]').waitFor({ state: 'detached' });
  });

  await visitor.step(
    'files: a forbidden type is refused before upload, a picture reaches the agent',
    async () => {
      const uploads: string[] = [];
      page.on('request', (r) => {
        if (r.url().endsWith('/widget/v1/uploads')) uploads.push(r.url());
      });
      const file = frame.locator('input[type=file]');
      await file.setInputFiles({
        name: 'program.exe',
        mimeType: 'application/x-msdownload',
        buffer: Buffer.from('MZ'),
      });
      await frame.getByText(t('fileType', { file: 'program.exe' })).waitFor();
      expect(uploads).toEqual([]);
      await file.setInputFiles({ name: 'paragon.png', mimeType: 'image/png', buffer: PNG });
      const withFile = await until('the picture at the agent', () =>
        agent.messages.find((m) => m.attachments.some((a) => a.filename === 'paragon.png')),
      );
      expect(withFile.from).toBe('visitor');
      await w.log.getByRole('link', { name: 'paragon.png' }).waitFor();
      expect(uploads).toHaveLength(1);
    },
  );

  await visitor.step('a reload keeps the history and the open panel', async () => {
    await page.reload();
    await w.log.getByText('Kubek przyszedł pęknięty.', { exact: true }).waitFor();
    await w.log.getByText('Dzień dobry! W czym mogę pomóc? <b>bez HTML</b>', { exact: true }).waitFor();
  });

  const offlineText = 'Wysłane bez sieci — numer zamówienia 4711.';
  await visitor.step('offline in the middle of typing: the message waits', async () => {
    await w.message.pressSequentially('Wysłane bez sieci', { delay: 10 });
    await context.setOffline(true);
    await frame.getByText(t('offlineConnection')).waitFor();
    await w.message.pressSequentially(' — numer zamówienia 4711.', { delay: 10 });
    await w.message.press('Enter');
    await w.log.getByText(t('notSent')).waitFor();
    expect(agent.messages.some((m) => m.text === offlineText)).toBe(false);
  });

  await visitor.step('back online: delivered exactly once', async () => {
    await context.setOffline(false);
    await w.log.locator('[data-pending]').waitFor({ state: 'detached', timeout: 30_000 });
    await until('the offline message at the agent', () => agent.messages.find((m) => m.text === offlineText));
    const history = (await agent.socket.emitWithAck('chat.sync', { sessionId, afterSeq: 0 })) as {
      ok: boolean;
      messages: ChatMessage[];
    };
    expect(history.ok).toBe(true);
    expect(history.messages.filter((m) => m.text === offlineText)).toHaveLength(1);
    await expect(w.log.getByText(offlineText, { exact: true }).count()).resolves.toBe(1);
    const seqs = history.messages.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  await visitor.step('the visitor ends the chat and rates it 5', async () => {
    await frame.getByRole('button', { name: t('menu') }).click();
    await frame.getByRole('button', { name: t('endChat') }).click();
    await frame.getByRole('button', { name: t('endChat') }).click();
    await frame.getByRole('group', { name: t('rateTitle') }).waitFor();
    await frame.getByTitle(t('rateStar', { n: 5 })).click();
    await frame.getByLabel(t('comment')).fill('Szybko i konkretnie, dziękuję!');
    await frame.getByRole('button', { name: t('submitRating') }).click();
    await frame.getByText(t('thanks')).waitFor();
  });

  const chat = (await agent.api('GET', `/chats/by-ticket/${offer.ticketId}`)) as {
    state: string;
    rating: number;
  };
  expect(chat.state).toBe('ended');
  expect(chat.rating).toBe(5);
  expect(violations).toEqual([]);
});
