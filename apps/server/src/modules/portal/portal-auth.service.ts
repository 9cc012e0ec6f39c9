import { and, count, eq, gt, isNull } from 'drizzle-orm';
import type { Locale, PortalLinkInput, PortalOrganization } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import { newId, randomToken, sha256 } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { findIdentity, normalizeForOrg, resolveCustomer } from '../customers/index.ts';
import { organizations, settingsOf, type OrganizationRow } from '../organizations/index.ts';
import { signInLinkMail } from './portal.mails.ts';
import { portalLoginTokens, portalSessions, type PortalSessionRow } from './portal.table.ts';

/** How long a sign-in link works, and how many may be asked for per customer in that time. */
export const LINK_MINUTES = 15;
const LINKS_PER_WINDOW = 3;
/** How long a portal session lasts. */
const SESSION_HOURS = 12;
const TOUCH_EVERY_MS = 5 * 60_000;

const unknownOrg = () => new AppError(404, 'not_found', 'This portal does not exist.');

/** The organization of a portal address. */
export async function orgBySlug(db: Db, slug: string): Promise<OrganizationRow> {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  if (!org) throw unknownOrg();
  return org;
}

export function presentOrganization(org: OrganizationRow): PortalOrganization {
  const s = settingsOf(org);
  return { name: org.name, slug: org.slug, defaultLocale: s.defaultLocale, timeZone: s.timeZone };
}

/**
 * Sends a one-time sign-in link when the address belongs to a customer of the organization.
 * Unknown addresses and customers over their link budget get no e-mail, and the caller answers
 * the same in every case, so the answer cannot be used to probe for addresses.
 */
export async function requestSignInLink(deps: AppDeps, slug: string, input: PortalLinkInput) {
  const { db } = deps;
  const now = deps.clock.now();
  const org = await orgBySlug(db, slug);
  const email = await normalizeForOrg(db, org.id, { kind: 'email', value: input.email });
  const identity = await findIdentity(db, org.id, email);
  if (!identity) return;
  const customer = await resolveCustomer(db, org.id, identity.customerId);
  const since = new Date(now.getTime() - LINK_MINUTES * 60_000);
  const [recent] = await db
    .select({ n: count() })
    .from(portalLoginTokens)
    .where(and(eq(portalLoginTokens.customerId, customer.id), gt(portalLoginTokens.createdAt, since)));
  if ((recent?.n ?? 0) >= LINKS_PER_WINDOW) return;
  const token = randomToken(32);
  await db.insert(portalLoginTokens).values({
    id: newId(),
    organizationId: org.id,
    customerId: customer.id,
    email: email.value,
    tokenHash: sha256(token),
    language: input.language,
    createdAt: now,
    expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000),
  });
  const link = `${deps.config.publicUrl}/portal/${org.slug}/sign-in#token=${token}`;
  const mail = signInLinkMail(input.language, org.name, link, LINK_MINUTES);
  await deps.mailer.queue({
    organizationId: org.id,
    purpose: 'portal_sign_in',
    to: email.value,
    ...mail,
  });
}

/** Redeems a sign-in link once and opens a portal session; returns the cookie token. */
export async function redeemSignInLink(deps: AppDeps, slug: string, token: string) {
  const { db } = deps;
  const now = deps.clock.now();
  const org = await orgBySlug(db, slug);
  return db.transaction(async (tx) => {
    const [link] = await tx
      .update(portalLoginTokens)
      .set({ usedAt: now })
      .where(
        and(
          eq(portalLoginTokens.tokenHash, sha256(token)),
          eq(portalLoginTokens.organizationId, org.id),
          isNull(portalLoginTokens.usedAt),
          gt(portalLoginTokens.expiresAt, now),
        ),
      )
      .returning();
    if (!link)
      throw new AppError(400, 'invalid_token', 'This sign-in link is not valid any more. Ask for a new one.');
    const customer = await resolveCustomer(tx, org.id, link.customerId);
    const sessionToken = randomToken(32);
    const [session] = await tx
      .insert(portalSessions)
      .values({
        id: newId(),
        organizationId: org.id,
        customerId: customer.id,
        email: link.email,
        tokenHash: sha256(sessionToken),
        csrfToken: randomToken(24),
        language: link.language,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + SESSION_HOURS * 3600_000),
      })
      .returning();
    const who: PortalCustomer = {
      session: session!,
      org,
      customerId: customer.id,
      customerName: customer.name,
    };
    return { token: sessionToken, who };
  });
}

/** Who is signed in to the portal: one organization, one customer. */
export interface PortalCustomer {
  session: PortalSessionRow;
  org: OrganizationRow;
  /** The live customer (merges followed). */
  customerId: string;
  customerName: string | null;
}

/** The session of a cookie for the portal of `slug`, or null (unknown, expired, other organization). */
export async function portalSessionOf(
  db: Db,
  slug: string,
  cookie: string | undefined,
  now: Date,
): Promise<PortalCustomer | null> {
  if (!cookie) return null;
  const [row] = await db
    .select({ session: portalSessions, org: organizations })
    .from(portalSessions)
    .innerJoin(organizations, eq(organizations.id, portalSessions.organizationId))
    .where(
      and(
        eq(portalSessions.tokenHash, sha256(cookie)),
        isNull(portalSessions.revokedAt),
        gt(portalSessions.expiresAt, now),
      ),
    );
  if (!row || row.org.slug !== slug) return null;
  const customer = await resolveCustomer(db, row.org.id, row.session.customerId).catch(() => null);
  if (!customer) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
    await db.update(portalSessions).set({ lastSeenAt: now }).where(eq(portalSessions.id, row.session.id));
  return { session: row.session, org: row.org, customerId: customer.id, customerName: customer.name };
}

/** Ends a portal session. */
export async function revokePortalSession(db: Db, sessionId: string, now: Date) {
  await db.update(portalSessions).set({ revokedAt: now }).where(eq(portalSessions.id, sessionId));
}

/** Changes the session's language (the portal's language switch). */
export async function setPortalLanguage(db: Db, sessionId: string, language: Locale) {
  await db.update(portalSessions).set({ language }).where(eq(portalSessions.id, sessionId));
}
