import { eq } from 'drizzle-orm';
import type { Locale } from '@kontakt/contracts';
import type { Db } from '../../platform/db.ts';
import { hashPassword, newId, randomToken } from '../../platform/crypto.ts';
import { agents, teamMembers, teams } from '../agents/index.ts';
import { organizations } from '../organizations/index.ts';
import { queues } from '../tickets/index.ts';
import { seedDemoChat } from '../chat/demo-chat.ts';
import { cannedReplies, prepareVariants } from '../canned-replies/index.ts';

export const DEMO_SLUG = 'demo-sklep';

const PEOPLE = [
  {
    email: 'admin@demo-sklep.test',
    name: 'Anna Administratorka',
    role: 'admin',
    level: 'senior',
    languages: ['pl', 'en'],
    locale: 'pl',
    team: null,
  },
  {
    email: 'lead@demo-sklep.test',
    name: 'Łukasz Kierownik',
    role: 'lead',
    level: 'senior',
    languages: ['pl', 'cs', 'en'],
    locale: 'pl',
    team: 'all',
  },
  {
    email: 'qa@demo-sklep.test',
    name: 'Zofia Jakość',
    role: 'qa',
    level: 'senior',
    languages: ['pl', 'en'],
    locale: 'pl',
    team: null,
  },
  {
    email: 'agent.pl@demo-sklep.test',
    name: 'Małgorzata Wiśniewska',
    role: 'agent',
    level: 'regular',
    languages: ['pl'],
    locale: 'pl',
    team: 'Obsługa PL',
  },
  {
    email: 'agent.cs@demo-sklep.test',
    name: 'Jiří Dvořák',
    role: 'agent',
    level: 'junior',
    languages: ['cs'],
    locale: 'cs',
    team: 'Podpora CZ',
  },
  {
    email: 'agent.en@demo-sklep.test',
    name: 'Emily Carter',
    role: 'agent',
    level: 'regular',
    languages: ['en'],
    locale: 'en',
    team: 'Support EN',
  },
] as const;

const TEAMS = ['Obsługa PL', 'Podpora CZ', 'Support EN'];

/** Shared canned replies a newcomer can try with `/` or `::` in the composer. */
const DEMO_CANNED_REPLIES: Array<{
  title: string;
  shortcut: string;
  category: string;
  text: Partial<Record<Locale, string>>;
}> = [
  {
    title: 'Reklamacja przyjęta',
    shortcut: 'reklamacja',
    category: 'Reklamacje',
    text: {
      pl: 'Dzień dobry {{customer.first_name}},\n\ndziękujemy za zgłoszenie reklamacji (nr {{ticket.number}}). Rozpatrzymy ją w ciągu 14 dni i poinformujemy Panią/Pana o decyzji.\n\nPozdrawiamy,\n{{agent.name}}',
      cs: 'Dobrý den {{customer.first_name}},\n\nděkujeme za reklamaci (č. {{ticket.number}}). Vyřídíme ji do 30 dnů a o výsledku Vás budeme informovat.\n\nS pozdravem\n{{agent.name}}',
      en: 'Hello {{customer.first_name}},\n\nthank you for your complaint (no. {{ticket.number}}). We will decide on it within 14 days and let you know.\n\nKind regards,\n{{agent.name}}',
    },
  },
  {
    title: 'Prośba o zdjęcia',
    shortcut: 'zdjecia',
    category: 'Reklamacje',
    text: {
      pl: 'Dzień dobry {{customer.first_name}},\n\nprosimy o przesłanie zdjęć uszkodzonego produktu i opakowania w odpowiedzi na tę wiadomość.\n\n{{agent.name}}',
      cs: 'Dobrý den {{customer.first_name}},\n\nprosíme o zaslání fotografií poškozeného výrobku a obalu v odpovědi na tuto zprávu.\n\n{{agent.name}}',
      en: 'Hello {{customer.first_name}},\n\nplease reply to this message with photos of the damaged product and its packaging.\n\n{{agent.name}}',
    },
  },
  {
    title: 'Status zamówienia',
    shortcut: 'status',
    category: 'Zamówienia',
    text: {
      pl: 'Dzień dobry {{customer.first_name}},\n\nsprawdziliśmy Pani/Pana zamówienie: zostało przekazane kurierowi i powinno dotrzeć w ciągu 1–2 dni roboczych.\n\n{{agent.name}}',
      cs: 'Dobrý den {{customer.first_name}},\n\nověřili jsme Vaši objednávku: byla předána dopravci a měla by dorazit do 1–2 pracovních dnů.\n\n{{agent.name}}',
      en: 'Hello {{customer.first_name}},\n\nwe checked your order: it has been handed to the courier and should arrive within 1–2 working days.\n\n{{agent.name}}',
    },
  },
];

export interface DemoSeedResult {
  created: boolean;
  password?: string;
  logins: Array<{ email: string; role: string }>;
}

/**
 * Creates the demo organization "Demo Sklep" once. Idempotent: when it exists nothing changes.
 * Run under the migration lock so two instances starting together seed once.
 */
export async function seedDemo(
  db: Db,
  opts: { password?: string | undefined; now: Date },
): Promise<DemoSeedResult> {
  const logins = PEOPLE.map((p) => ({ email: p.email, role: p.role }));
  const [existing] = await db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, DEMO_SLUG));
  if (existing) {
    await seedDemoChat(db, existing.id, opts.now);
    return { created: false, logins };
  }

  const password = opts.password ?? randomToken(9);
  const passwordHash = await hashPassword(password);
  const orgId = newId();
  const now = opts.now;
  await db.transaction(async (tx) => {
    await tx.insert(organizations).values({
      id: orgId,
      name: 'Demo Sklep',
      slug: DEMO_SLUG,
      settings: { timeZone: 'Europe/Warsaw', defaultLocale: 'pl' },
      createdAt: now,
      updatedAt: now,
    });
    const teamIds = new Map(TEAMS.map((name) => [name, newId()]));
    await tx.insert(teams).values(
      TEAMS.map((name) => ({
        id: teamIds.get(name)!,
        organizationId: orgId,
        name,
        description: '',
        createdAt: now,
        updatedAt: now,
      })),
    );
    // One queue per team, so each team's agents see their queue's tickets; the Polish one takes
    // whatever arrives without a queue (the demo mailbox, the API).
    await tx.insert(queues).values(
      TEAMS.map((name, i) => ({
        id: newId(),
        organizationId: orgId,
        name,
        description: '',
        teamId: teamIds.get(name)!,
        isDefault: i === 0,
        createdAt: now,
        updatedAt: now,
      })),
    );
    await tx.insert(cannedReplies).values(
      DEMO_CANNED_REPLIES.map((r) => ({
        id: newId(),
        organizationId: orgId,
        title: r.title,
        shortcut: r.shortcut,
        category: r.category,
        scope: 'organization' as const,
        active: true,
        variants: prepareVariants(
          Object.entries(r.text).map(([language, text]) => ({
            language: language as Locale,
            body: { text },
          })),
        ),
        usageCount: 0,
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const p of PEOPLE) {
      const id = newId();
      await tx.insert(agents).values({
        id,
        organizationId: orgId,
        email: p.email,
        name: p.name,
        role: p.role,
        level: p.level,
        languages: [...p.languages],
        skills: [],
        locale: p.locale,
        active: true,
        passwordHash,
        totpEnabled: false,
        failedLoginCount: 0,
        createdAt: now,
        updatedAt: now,
      });
      const memberOf = p.team === 'all' ? TEAMS : p.team ? [p.team] : [];
      for (const t of memberOf) {
        await tx.insert(teamMembers).values({ teamId: teamIds.get(t)!, agentId: id, organizationId: orgId });
      }
    }
  });
  await seedDemoChat(db, orgId, now);
  return { created: true, password, logins };
}
