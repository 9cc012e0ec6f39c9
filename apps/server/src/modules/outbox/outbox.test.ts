import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { agents } from '../agents/index.ts';
import { startTestKontakt } from '../../../test/harness.ts';
import { SmtpSink } from '../../../test/smtp-sink.ts';
import { buildAgent, buildOrg, signIn } from '../../../test/factories.ts';

const sink = await new SmtpSink().start();
afterAll(() => sink.stop());
const k = await startTestKontakt({
  env: {
    SMTP_URL: sink.url,
    SMTP_FROM: 'Kontakt <help@kontakt.test>',
    PUBLIC_URL: 'https://kontakt.example',
  },
});

describe('outbound mail', () => {
  it('sends a password-reset link through real SMTP once, in the agent language', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    await k.deps.db.update(agents).set({ locale: 'pl' }).where(eq(agents.id, agent.id));
    const res = await k.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: agent.email },
    });
    expect(res.statusCode).toBe(202);
    const [mail] = await sink.waitFor(1);
    expect(mail!.to && 'text' in mail!.to ? mail!.to.text : '').toContain(agent.email);
    expect(mail!.subject).toBe('Ustaw nowe hasło do Kontaktu');
    expect(mail!.text).toMatch(/https:\/\/kontakt\.example\/reset-password\?token=[\w-]+/);
    expect(mail!.messageId).toMatch(/@kontakt\.example>$/);

    const admin = await buildAgent(k, org, { role: 'admin' });
    const s = await signIn(k, admin.email);
    // The job marks the row after the SMTP server accepted it; poll until it has.
    let status = '';
    for (let i = 0; i < 100 && status !== 'sent'; i++) {
      const outbox = await k.inject({ method: 'GET', url: '/api/v1/outbox', headers: s.headers });
      status = outbox.json().items.find((m: { to: string }) => m.to === agent.email)?.status ?? '';
      if (status !== 'sent') await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe('sent');
    expect(sink.received).toHaveLength(1);
  });
});
