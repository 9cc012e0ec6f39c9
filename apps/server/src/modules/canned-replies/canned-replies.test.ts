import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';
import {
  buildAgent,
  buildQueue,
  buildTeam,
  orgWithAdmin,
  signIn,
  type Session,
} from '../../../test/factories.ts';

const k = await startTestKontakt();

const send = (method: 'POST' | 'PATCH' | 'DELETE', s: Session, url: string, payload?: unknown) =>
  k.inject({
    method,
    url: `/api/v1${url}`,
    headers: s.headers,
    ...(payload ? { payload: payload as object } : {}),
  });
const get = (s: Session, url: string) =>
  k.inject({ method: 'GET', url: `/api/v1${url}`, headers: s.headers });

/** An organization with an admin, a lead, two agents in a team that owns a queue, and one outside it. */
async function setup() {
  const { org, session: admin } = await orgWithAdmin(k);
  const ids = {
    lead: await buildAgent(k, org, { role: 'lead', name: 'Lena Lead' }),
    jana: await buildAgent(k, org, { name: 'Jana Nowak' }),
    petr: await buildAgent(k, org, { name: 'Petr Svoboda' }),
    outsider: await buildAgent(k, org, { name: 'Olga Outside' }),
  };
  const team = await buildTeam(k, org, [ids.jana.id, ids.petr.id]);
  const queue = await buildQueue(k, org, { teamId: team.id });
  const [lead, jana, petr, outsider] = await Promise.all(
    [ids.lead, ids.jana, ids.petr, ids.outsider].map((a) => signIn(k, a.email)),
  );
  return { org, admin, lead: lead!, jana: jana!, petr: petr!, outsider: outsider!, team, queue };
}

// Sign-ins are rate limited, so the tests share one organization (and one foreign one) and keep
// their replies apart by category and shortcut.
const { admin, lead, jana, petr, outsider, team, queue } = await setup();
const foreign = (await orgWithAdmin(k)).session;
let n = 0;
/** A name of its own for one test (category, shortcut suffix). */
const fresh = () => `t${++n}`;

const reply = (over: Record<string, unknown> = {}) => ({
  title: 'Vrácení zboží',
  shortcut: `vracení-${fresh()}`,
  category: 'Returns',
  scope: 'organization',
  variants: [
    { language: 'cs', body: { text: 'Dobrý den {{customer.first_name}}, tiket č. {{ticket.number}}.' } },
    { language: 'en', body: { html: '<p>Hello <b>{{customer.name}}</b>, ticket {{ticket.number}}.</p>' } },
  ],
  ...over,
});
const shortcuts = async (s: Session, query: string) =>
  (await get(s, `/canned-replies?${query}`)).json().items.map((r: { shortcut: string }) => r.shortcut);

describe('canned replies: saving', () => {
  it('stores a shared reply with sanitized variants and answers it to everyone in the organization', async () => {
    const res = await send(
      'POST',
      admin,
      '/canned-replies',
      reply({
        variants: [
          {
            language: 'en',
            body: { html: '<p onclick="x()">Hi {{customer.first_name}}<script>1</script></p>' },
          },
        ],
      }),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      scope: 'organization',
      ownerId: null,
      usageCount: 0,
      category: 'Returns',
    });
    expect(created.variants).toEqual([
      {
        language: 'en',
        bodyHtml: '<p>Hi {{customer.first_name}}</p>',
        bodyText: 'Hi {{customer.first_name}}',
      },
    ]);
    const seen = await get(jana, `/canned-replies/${created.id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().abilities).toEqual({ update: false, delete: false });
    expect((await get(admin, `/canned-replies/${created.id}`)).json().abilities).toEqual({
      update: true,
      delete: true,
    });
  });

  it('refuses unknown placeholders and bad syntax when saving, naming the placeholder', async () => {
    const unknown = await send(
      'POST',
      admin,
      '/canned-replies',
      reply({ variants: [{ language: 'pl', body: { text: 'Dzień dobry {{customer.frist_name}}' } }] }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'unknown_placeholder',
      details: { placeholder: 'customer.frist_name', language: 'pl', field: 'variants.0.body' },
    });
    const syntax = await send(
      'POST',
      admin,
      '/canned-replies',
      reply({ variants: [{ language: 'en', body: { html: '<p>Due {{sla.resolution_due_at | date</p>' } }] }),
    );
    expect(syntax.statusCode).toBe(400);
    expect(syntax.json().error).toMatchObject({ code: 'invalid_placeholder', details: { reason: 'syntax' } });
    const filter = await send(
      'POST',
      admin,
      '/canned-replies',
      reply({ variants: [{ language: 'en', body: { text: '{{ticket.number | date}}' } }] }),
    );
    expect(filter.json().error).toMatchObject({
      code: 'invalid_placeholder',
      details: { reason: 'filter_not_applicable', placeholder: '{{ticket.number | date}}' },
    });
    const ok = (await send('POST', admin, '/canned-replies', reply())).json();
    const edit = await send('PATCH', admin, `/canned-replies/${ok.id}`, {
      variants: [{ language: 'cs', body: { text: '{{agent.jmeno}}' } }],
    });
    expect(edit.json().error).toMatchObject({
      code: 'unknown_placeholder',
      details: { placeholder: 'agent.jmeno' },
    });
    expect((await get(admin, `/canned-replies/${ok.id}`)).json().variants).toHaveLength(2);
  });

  it('keeps shortcuts unique per owner, ignoring case and accents', async () => {
    const shortcut = `vracení-${fresh()}`;
    expect((await send('POST', admin, '/canned-replies', reply({ shortcut }))).statusCode).toBe(201);
    const dup = await send(
      'POST',
      lead,
      '/canned-replies',
      reply({ shortcut: shortcut.toUpperCase().replace('Í', 'I') }),
    );
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error).toMatchObject({ code: 'shortcut_taken', details: { field: 'shortcut' } });
    const personal = reply({ scope: 'personal', shortcut });
    expect((await send('POST', jana, '/canned-replies', personal)).statusCode).toBe(201);
    expect((await send('POST', petr, '/canned-replies', personal)).statusCode).toBe(201);
    expect((await send('POST', jana, '/canned-replies', personal)).json().error.code).toBe('shortcut_taken');
    const bad = await send(
      'POST',
      jana,
      '/canned-replies',
      reply({ scope: 'personal', shortcut: 'two words' }),
    );
    expect(bad.json().error.code).toBe('validation_failed');
  });
});

describe('canned replies: who sees and changes what', () => {
  it('lets only leads and admins share; agents see shared ones and their own, others are not found', async () => {
    const category = fresh();
    const mk = (s: Session, over: Record<string, unknown>) =>
      send('POST', s, '/canned-replies', reply({ category, ...over }));
    expect((await mk(jana, { shortcut: 'a' })).statusCode).toBe(403);
    const org = (await mk(lead, { shortcut: `org-${category}` })).json();
    const teamReply = (
      await mk(lead, { scope: 'team', teamId: team.id, shortcut: `team-${category}` })
    ).json();
    const mine = (await mk(jana, { scope: 'personal', shortcut: `mine-${category}` })).json();
    expect(mine.ownerId).toBeTruthy();

    const visible = async (s: Session) => (await shortcuts(s, `category=${category}&active=all`)).sort();
    const all = [`mine-${category}`, `org-${category}`, `team-${category}`];
    expect(await visible(jana)).toEqual(all);
    expect(await visible(petr)).toEqual([`org-${category}`, `team-${category}`]);
    expect(await visible(outsider)).toEqual([`org-${category}`]);
    expect(await visible(admin)).toEqual(all);
    expect((await get(petr, `/canned-replies/${mine.id}`)).statusCode).toBe(404);
    expect((await get(outsider, `/canned-replies/${teamReply.id}`)).statusCode).toBe(404);
    expect((await send('PATCH', petr, `/canned-replies/${mine.id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await send('DELETE', petr, `/canned-replies/${mine.id}`)).statusCode).toBe(404);

    expect((await send('PATCH', jana, `/canned-replies/${org.id}`, { title: 'Mine now' })).statusCode).toBe(
      403,
    );
    expect(
      (await send('PATCH', jana, `/canned-replies/${mine.id}`, { scope: 'organization' })).statusCode,
    ).toBe(403);
    const renamed = await send('PATCH', jana, `/canned-replies/${mine.id}`, {
      title: 'Moje odpověď',
      active: false,
    });
    expect(renamed.json()).toMatchObject({ title: 'Moje odpověď', active: false });
    expect(await shortcuts(jana, `category=${category}&active=false`)).toEqual([`mine-${category}`]);
    expect(await shortcuts(jana, `category=${category}`)).not.toContain(`mine-${category}`);
    expect((await send('DELETE', jana, `/canned-replies/${mine.id}`)).statusCode).toBe(204);
    expect((await get(jana, `/canned-replies/${mine.id}`)).statusCode).toBe(404);
  });

  it('hides replies of another organization', async () => {
    const created = (await send('POST', admin, '/canned-replies', reply())).json();
    expect((await get(foreign, `/canned-replies/${created.id}`)).statusCode).toBe(404);
    expect((await get(foreign, '/canned-replies')).json().items).toEqual([]);
    expect((await send('PATCH', foreign, `/canned-replies/${created.id}`, { title: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('needs a known team for team replies', async () => {
    const missing = await send('POST', admin, '/canned-replies', reply({ scope: 'team' }));
    expect(missing.json().error).toMatchObject({ code: 'validation_failed', details: { field: 'teamId' } });
    const other = await send('POST', foreign, '/teams', { name: `Team ${fresh()}` });
    const foreignTeam = await send(
      'POST',
      admin,
      '/canned-replies',
      reply({ scope: 'team', teamId: other.json().id }),
    );
    expect(foreignTeam.statusCode).toBe(404);
  });
});

describe('canned replies: search and filters', () => {
  it('finds by title, shortcut and body with diacritics folded, and filters', async () => {
    const category = fresh();
    const a = (await send('POST', admin, '/canned-replies', reply({ category }))).json();
    const b = (
      await send(
        'POST',
        admin,
        '/canned-replies',
        reply({
          title: 'Faktura korygująca',
          shortcut: `korekta-${category}`,
          category,
          variants: [
            {
              language: 'pl',
              body: { text: 'Przesyłamy fakturę korygującą do zgłoszenia {{ticket.number}}.' },
            },
          ],
        }),
      )
    ).json();
    const q = (query: string) => shortcuts(admin, `category=${category}&${query}`);
    expect(await q('q=vraceni')).toEqual([a.shortcut]);
    expect(await q('q=ZBOZI')).toEqual([a.shortcut]);
    expect(await q('q=korygujaca')).toEqual([b.shortcut]);
    expect(await q(`q=${encodeURIComponent('przesyłamy fakture')}`)).toEqual([b.shortcut]);
    expect(await q('q=100%25')).toEqual([]);
    expect(await q('language=pl')).toEqual([b.shortcut]);
    expect(await q('language=en')).toEqual([a.shortcut]);
    expect(await shortcuts(admin, `q=${b.shortcut}`)).toEqual([b.shortcut]);
    expect((await get(admin, '/canned-replies?language=de')).statusCode).toBe(400);
  });
});

describe('canned replies: rendering for a ticket', () => {
  it("fills placeholders in the customer's language, escapes HTML, and counts the use", async () => {
    const ticket = (
      await send('POST', admin, '/tickets', {
        subject: 'Reklamace',
        queueId: queue.id,
        customer: { email: `jana-${fresh()}@example.cz`, name: 'Jana <Nováková>' },
      })
    ).json();
    const category = fresh();
    const created = (
      await send(
        'POST',
        admin,
        '/canned-replies',
        reply({
          category,
          variants: [
            ...reply().variants,
            {
              language: 'pl',
              body: {
                text: '{{agent.first_name}} / {{queue.name}} / {{organization.name}} / {{sla.resolution_due_at | date}}',
              },
            },
          ],
        }),
      )
    ).json();
    const url = `/tickets/${ticket.id}/canned-replies/${created.id}/render`;

    // No customer or ticket language: the organization's (pl by default).
    const pl = await send('POST', jana, url, {});
    expect(pl.statusCode).toBe(200);
    expect(pl.json()).toMatchObject({ language: 'pl', missing: ['sla.resolution_due_at'] });
    expect(pl.json().bodyText).toBe(
      `Jana / ${queue.name} / ${(await get(admin, '/organization')).json().name} / —`,
    );

    expect(
      (await send('PATCH', admin, `/customers/${ticket.customerId}`, { language: 'cs' })).statusCode,
    ).toBe(200);
    const cs = (await send('POST', petr, url, {})).json();
    expect(cs).toMatchObject({ language: 'cs', missing: [] });
    expect(cs.bodyText).toBe(`Dobrý den Jana, tiket č. ${ticket.number}.`);
    expect(cs.bodyHtml).toBe(`<p>Dobrý den Jana, tiket č. ${ticket.number}.</p>`);

    const en = (await send('POST', jana, url, { language: 'en' })).json();
    expect(en.bodyHtml).toBe(`<p>Hello <b>Jana &lt;Nováková&gt;</b>, ticket ${ticket.number}.</p>`);
    expect(en.bodyText).toBe(`Hello Jana <Nováková>, ticket ${ticket.number}.`);

    expect((await send('POST', outsider, url, {})).statusCode).toBe(404);
    expect((await send('POST', foreign, url, {})).statusCode).toBe(404);

    const other = (
      await send('POST', admin, '/canned-replies', reply({ category, title: 'A first by title' }))
    ).json();
    const list = (await get(jana, `/canned-replies?category=${category}`)).json().items;
    expect(list.map((r: { id: string }) => r.id)).toEqual([created.id, other.id]);
    expect(list[0]).toMatchObject({ usageCount: 3, lastUsedAt: k.clock.now().toISOString() });
    const byTitle = (await get(jana, `/canned-replies?category=${category}&sort=title`)).json().items;
    expect(byTitle.map((r: { id: string }) => r.id)).toEqual([other.id, created.id]);
  });

  it('does not render a personal reply of a colleague', async () => {
    const ticket = (await send('POST', admin, '/tickets', { subject: 'x', queueId: queue.id })).json();
    const mine = (await send('POST', jana, '/canned-replies', reply({ scope: 'personal' }))).json();
    const res = await send('POST', petr, `/tickets/${ticket.id}/canned-replies/${mine.id}/render`, {});
    expect(res.statusCode).toBe(404);
    expect(
      (await send('POST', jana, `/tickets/${ticket.id}/canned-replies/${mine.id}/render`, {})).statusCode,
    ).toBe(200);
  });
});
