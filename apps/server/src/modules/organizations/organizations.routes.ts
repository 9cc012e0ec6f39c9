import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { ErrorBody, OrganizationDetails, UpdateOrganizationInput } from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import { notFound } from '../../http/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { organizations, type OrganizationRow } from './organizations.table.ts';
import { settingsOf } from './organizations.settings.ts';

const present = (o: OrganizationRow) => ({ id: o.id, name: o.name, slug: o.slug, settings: settingsOf(o) });
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const load = async (id: string) => {
    const [o] = await db.select().from(organizations).where(eq(organizations.id, id));
    if (!o) throw notFound('Organization');
    return o;
  };
  app.get(
    '/organization',
    {
      preHandler: requireAuth(),
      schema: {
        tags: ['organization'],
        summary: 'Your organization and its settings',
        response: { 200: OrganizationDetails, ...errors },
      },
    },
    async (req) => present(await load(ctxOf(req).actor.organizationId)),
  );
  app.patch(
    '/organization',
    {
      preHandler: requireAuth({ scope: 'admin' }),
      schema: {
        tags: ['organization'],
        summary: 'Change the name or settings',
        body: UpdateOrganizationInput,
        response: { 200: OrganizationDetails, ...errors },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const before = await load(ctx.actor.organizationId);
      const settings = { ...before.settings, ...(req.body.settings ?? {}) };
      const [row] = await db
        .update(organizations)
        .set({ ...(req.body.name ? { name: req.body.name } : {}), settings, updatedAt: ctx.now })
        .where(eq(organizations.id, before.id))
        .returning();
      await recordAudit(db, {
        organizationId: before.id,
        actor: ctx.actor,
        action: 'organization.updated',
        subjectType: 'organization',
        subjectId: before.id,
        meta: ctx.meta,
        details: {
          before: { name: before.name, settings: before.settings },
          after: { name: row!.name, settings },
        },
        at: ctx.now,
      });
      return present(row!);
    },
  );
};
