import { expect } from 'vitest';
import type { TestKontakt } from '../../../test/harness.ts';
import type { Session } from '../../../test/factories.ts';

/** Requests through HTTP as `s`. */
export const api = (k: TestKontakt) => ({
  send: (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', s: Session, url: string, payload?: unknown) =>
    k.inject({
      method,
      url: `/api/v1${url}`,
      headers: s.headers,
      ...(payload ? { payload: payload as object } : {}),
    }),
  get: (s: Session, url: string) => k.inject({ method: 'GET', url: `/api/v1${url}`, headers: s.headers }),
});

/** Mon–Fri 08:00–16:00 in Warsaw with Polish public holidays. */
export const PL_OFFICE = {
  name: 'Biuro Warszawa',
  timeZone: 'Europe/Warsaw',
  holidayCountry: 'PL',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '16:00' })),
};

/** normal: first response 4 h, next response 2 h, resolution 2 days (business); urgent: first response 1 h. */
export const POLICY = {
  name: 'Standard',
  targets: [
    { priority: 'normal', target: 'first_response', minutes: 240 },
    { priority: 'normal', target: 'next_response', minutes: 120 },
    { priority: 'normal', target: 'resolution', minutes: 960 },
    { priority: 'urgent', target: 'first_response', minutes: 60 },
    { priority: 'urgent', target: 'resolution', minutes: 480 },
  ],
};

/** Polls until `check` passes (jobs run on their own schedule); fails after ~20 s. */
export async function eventually<T>(check: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let i = 0; i < 200; i++) {
    try {
      return await check();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw last;
}

/** Sends a job as pg-boss would deliver it and waits until a worker finished it. */
export async function runJob(
  k: Pick<TestKontakt, 'deps' | 'database'>,
  name: 'sla.fire' | 'sla.sweep',
  data: object,
) {
  const id = await k.deps.jobs.send(name, data as never);
  await eventually(async () => {
    const rows = await k.database.query<{ state: string }>(
      `SELECT state FROM pgboss.job WHERE id = $1 UNION ALL SELECT state FROM pgboss.archive WHERE id = $1`,
      [id],
    );
    expect(rows[0]?.state).toBe('completed');
  });
}
