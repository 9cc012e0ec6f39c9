import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import { buildAgent, buildOrg, signIn } from '../../../test/factories.ts';

const k = await startTestKontakt({ env: { AUDIT_RETENTION_DAYS: '30' } });

async function until(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('maintenance jobs', () => {
  it('audit.retention deletes only entries past the retention period', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    await signIn(k, agent.email); // an entry "now"
    k.clock.advance(40 * 86_400_000);
    await signIn(k, agent.email); // an entry 40 days later
    const count = async () =>
      (
        await k.database.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM audit_log WHERE organization_id = $1',
          [org.id],
        )
      )[0]!.n;
    expect(await count()).toBe(2);
    await k.deps.jobs.send('audit.retention', {});
    await until(async () => (await count()) === 1, 'the retention job');
  });

  it('sessions.cleanup drops sessions expired more than a day ago', async () => {
    const org = await buildOrg(k);
    const agent = await buildAgent(k, org);
    await signIn(k, agent.email);
    const sessions = async () =>
      (
        await k.database.query<{ n: number }>('SELECT count(*)::int AS n FROM sessions WHERE agent_id = $1', [
          agent.id,
        ])
      )[0]!.n;
    expect(await sessions()).toBe(1);
    k.clock.advance((k.deps.config.sessionTtlHours + 48) * 3600_000);
    await k.deps.jobs.send('sessions.cleanup', {});
    await until(async () => (await sessions()) === 0, 'the cleanup job');
  });
});
