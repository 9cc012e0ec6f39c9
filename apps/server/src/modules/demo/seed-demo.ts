import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import { hashPassword, newId, randomToken } from '../../platform/crypto.ts';
import { agents, teamMembers, teams } from '../agents/index.ts';
import { organizations } from '../organizations/index.ts';
import { queues } from '../tickets/index.ts';

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
  if (existing) return { created: false, logins };

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
  return { created: true, password, logins };
}
