import nodemailer from 'nodemailer';
import { expect, test } from 'vitest';
import { SmtpSink } from '../apps/server/test/smtp-sink.ts';
import { appFrame, submitSignIn } from './support/app.ts';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';
import { text } from './support/i18n.ts';
import { DEMO_PASSWORD, freePort } from './support/server.ts';

/**
 * The main journey: a customer's e-mail reaches Kontakt's SMTP listener and appears in the
 * agent's open inbox without a reload; the agent answers with a canned reply; the answer reaches the
 * outbound SMTP server threaded to the customer's mail; a colleague opening the same ticket shows up
 * as present; the agent switches to Czech and the inbox speaks Czech.
 */
const sink = new SmtpSink();
let inboundPort = 0;
const { server, browser } = useServerAndBrowser(async () => {
  await sink.start();
  inboundPort = await freePort();
  return {
    env: {
      INBOUND_SMTP_PORT: String(inboundPort),
      INBOUND_SMTP_HOST: '127.0.0.1',
      SMTP_URL: sink.url,
      SMTP_FROM: 'Demo Sklep <pomoc@demo-sklep.test>',
    },
  };
});

const CUSTOMER = 'Zofia Wiśniewska <zofia.wisniewska@example.pl>';
const SUBJECT = `Reklamacja: pęknięty kubek (${Date.now().toString(36)})`;
const CUSTOMER_MESSAGE_ID = `<e2e-${Date.now().toString(36)}@example.pl>`;

async function signIn(journey: Journey, email: string): Promise<void> {
  const { page } = journey;
  await page.goto('/login');
  const response = await submitSignIn(page, 'en', email, DEMO_PASSWORD);
  expect(response.status()).toBe(200);
  await page.waitForURL((url) => url.pathname.startsWith('/inbox'));
}

test('an e-mail appears live, is answered with a canned reply, threads, and shows a colleague', async ({
  task,
  onTestFinished,
}) => {
  onTestFinished(() => sink.stop());
  const agent = await Journey.open(browser(), task.name, { baseURL: server().url, locale: 'en-US' });
  onTestFinished(() => agent.close());
  const { page } = agent;

  // The Polish agent (agent.pl, team "Obsługa PL", whose queue the demo mailbox feeds) works in Polish.
  await agent.step('agent opens the unassigned inbox', async () => {
    await signIn(agent, 'agent.pl@demo-sklep.test');
    await page.goto('/inbox/unassigned_my_queues');
    await page
      .getByRole('heading', { level: 1, name: text('pl', 'views.builtIn.unassigned_my_queues'), exact: true })
      .waitFor();
  });

  await agent.step('a customer e-mail appears without a reload', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: inboundPort, secure: false });
    await transport.sendMail({
      from: CUSTOMER,
      to: 'pomoc@demo-sklep.test',
      subject: SUBJECT,
      messageId: CUSTOMER_MESSAGE_ID,
      text: 'Dzień dobry,\n\nkubek z zamówienia 4711 przyszedł pęknięty. Proszę o wymianę.\n\nZofia',
    });
    transport.close();
    await page.getByRole('link', { name: SUBJECT }).first().waitFor({ timeout: 30_000 });
  });

  await agent.step('open the ticket', async () => {
    await page.getByRole('link', { name: SUBJECT }).first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/tickets/'));
    await page.getByText('kubek z zamówienia 4711 przyszedł pęknięty', { exact: false }).waitFor();
  });
  const ticketPath = new URL(page.url()).pathname;

  // The team lead opens the same ticket in her own browser: the agent sees her.
  const colleague = await Journey.open(browser(), `${task.name} colleague`, {
    baseURL: server().url,
    locale: 'en-US',
  });
  onTestFinished(() => colleague.close());
  await colleague.step('a colleague opens the same ticket', async () => {
    await signIn(colleague, 'lead@demo-sklep.test');
    await colleague.page.goto(ticketPath);
    await colleague.page.getByText('kubek z zamówienia 4711 przyszedł pęknięty', { exact: false }).waitFor();
  });
  await agent.step('the agent sees the colleague on the ticket', async () => {
    const colleagueName = await colleague.page.evaluate(async () => {
      const res = await fetch('/api/v1/me');
      return ((await res.json()) as { agent: { name: string } }).agent.name;
    });
    const viewing = text('pl', 'ticket.presence.viewing').replace('{{name}}', colleagueName);
    await page.getByText(viewing, { exact: true }).first().waitFor();
  });

  await agent.step('reply with a canned reply', async () => {
    const reply = page.getByLabel(text('pl', 'composer.replyLabel'), { exact: true });
    await reply.click();
    await reply.pressSequentially('::reklamacja', { delay: 30 });
    await page.getByRole('option', { name: /Reklamacja przyjęta/ }).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => reply.inputValue()).toContain('Zofia');
    await page.getByRole('button', { name: text('pl', 'composer.send'), exact: true }).click();
  });

  await agent.step('the reply reaches the customer threaded', async () => {
    // The demo mailbox acknowledges new tickets automatically: the agent's reply comes second.
    await expect
      .poll(() => sink.received.some((m) => m.text?.includes('14 dni')), { timeout: 60_000 })
      .toBe(true);
    const mail = sink.received.find((m) => m.text?.includes('14 dni'));
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain('zofia.wisniewska@example.pl');
    expect(mail!.inReplyTo).toBe(CUSTOMER_MESSAGE_ID);
    expect(mail!.references).toContain(CUSTOMER_MESSAGE_ID);
    expect(mail!.subject).toMatch(/^Re: .*\[#\d+\]$/);
    expect(mail!.text).toContain('Zofia');
  });

  await agent.step('switch to Czech and see the inbox in Czech', async () => {
    await page.goto('/inbox');
    await appFrame(page, 'pl').language.selectOption('cs');
    await page
      .getByRole('heading', { level: 1, name: text('cs', 'views.builtIn.mine_open'), exact: true })
      .waitFor();
    await appFrame(page, 'cs').navLink('inbox').waitFor();
  });
});
