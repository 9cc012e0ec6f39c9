import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { newId } from '../platform/crypto.ts';
import type { AppDeps } from './deps.ts';
import { installErrorHandler, installNotFound } from './error-handler.ts';
import { AppError } from './errors.ts';
import { installMetrics } from './metrics.ts';
import { installCacheInvalidation } from './auth-cache.ts';
import { agentsRoutes } from '../modules/agents/agents.routes.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { customersRoutes } from '../modules/customers/customers.routes.ts';
import { authRoutes } from '../modules/auth/auth.routes.ts';
import { invitationRoutes } from '../modules/auth/invitation.routes.ts';
import { outboxRoutes } from '../modules/outbox/outbox.routes.ts';
import { systemRoutes } from '../modules/system/system.routes.ts';
import { widgetAssetsRoutes } from '../modules/widget-assets/widget-assets.routes.ts';
import { organizationRoutes } from '../modules/organizations/organizations.routes.ts';
import { ticketsRoutes } from '../modules/tickets/tickets.routes.ts';
import { queuesRoutes } from '../modules/tickets/queues.routes.ts';
import { ticketSettingsRoutes } from '../modules/tickets/ticket-settings.routes.ts';
import { ticketActionsRoutes } from '../modules/tickets/ticket-actions.routes.ts';
import { attachmentsRoutes } from '../modules/tickets/attachments.routes.ts';
import { emailRoutes } from '../modules/email/email.routes.ts';
import { cannedRepliesRoutes } from '../modules/canned-replies/index.ts';
import { draftsRoutes } from '../modules/tickets/drafts.routes.ts';
import { chatAdminRoutes, chatsRoutes, widgetRoutes } from '../modules/chat/index.ts';
import { presenceRoutes } from '../modules/presence/index.ts';
import { calendarsRoutes, slaPoliciesRoutes, slaRecomputeRoutes } from '../modules/sla/index.ts';
import { macrosRoutes } from '../modules/macros/index.ts';
import { catalogRoutes, orderHooksRoutes, ordersRoutes } from '../modules/orders/index.ts';
import { staffingRoutes } from '../modules/staffing/index.ts';
import { timeTrackingRoutes } from '../modules/time-tracking/index.ts';
import {
  complaintCausesRoutes,
  complaintReportsRoutes,
  complaintsRoutes,
  deadlinesRoutes,
} from '../modules/complaints/index.ts';
import { returnsRoutes } from '../modules/returns/index.ts';
import { automationRoutes } from '../modules/automation/index.ts';
import { surveyPublicRoutes, surveysRoutes } from '../modules/surveys/index.ts';
import { portalRoutes, servePortal } from '../modules/portal/index.ts';
import { qualityRoutes } from '../modules/quality/index.ts';
import { approvalsRoutes } from '../modules/approvals/index.ts';
import { wallboardRoutes } from '../modules/wallboard/index.ts';
import { reportSchedulesRoutes, reportsRoutes } from '../modules/reports/index.ts';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Builds the HTTP app: plugins, error shape, OpenAPI, routes and the web app. */
export async function buildApp(
  deps: AppDeps,
  opts: { webDist?: string | null } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => newId(),
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('deps', deps);
  app.decorateRequest('actor', null);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let inFlight = 0;
  app.addHook('onRequest', async () => {
    inFlight++;
  });
  app.addHook('onResponse', async () => {
    inFlight--;
  });
  app.decorate('inFlight', () => inFlight);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  installErrorHandler(app);
  installCacheInvalidation(app);
  const registry = installMetrics(app);

  const https = deps.config.publicUrl.startsWith('https://');
  await app.register(helmet, {
    hsts: https,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: https ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        frameAncestors: ["'self'"],
      },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => {
      const seconds = Math.max(1, Math.ceil(context.ttl / 1000));
      return new AppError(429, 'rate_limited', `Too many attempts. Try again in ${seconds} seconds.`, {
        retryAfterSeconds: seconds,
      });
    },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Kontakt API',
        version: '1',
        description:
          'Omnichannel contact-center API. Authenticate with the session cookie (web app; send `X-CSRF-Token` on writes) or `Authorization: Bearer ktk_…` API tokens. Errors: `{ "error": { "code", "message", "details" } }`.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'kontakt_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(systemRoutes(registry));
  await app.register(widgetAssetsRoutes());
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(authRoutes);
      await api.register(agentsRoutes);
      await api.register(invitationRoutes);
      await api.register(organizationRoutes);
      await api.register(auditRoutes);
      await api.register(outboxRoutes);
      await api.register(customersRoutes);
      await api.register(ticketsRoutes);
      await api.register(queuesRoutes);
      await api.register(ticketSettingsRoutes);
      await api.register(ticketActionsRoutes);
      await api.register(attachmentsRoutes);
      await api.register(emailRoutes);
      await api.register(cannedRepliesRoutes);
      await api.register(draftsRoutes);
      await api.register(chatAdminRoutes);
      await api.register(chatsRoutes);
      await api.register(presenceRoutes);
      await api.register(calendarsRoutes);
      await api.register(automationRoutes);
      await api.register(slaPoliciesRoutes);
      await api.register(complaintsRoutes);
      await api.register(deadlinesRoutes);
      await api.register(complaintCausesRoutes);
      await api.register(complaintReportsRoutes);
      await api.register(returnsRoutes);
      await api.register(slaRecomputeRoutes);
      await api.register(macrosRoutes);
      await api.register(surveysRoutes);
      await api.register(surveyPublicRoutes);
      await api.register(catalogRoutes);
      await api.register(ordersRoutes);
      await api.register(orderHooksRoutes);
      await api.register(staffingRoutes);
      await api.register(timeTrackingRoutes);
      await api.register(qualityRoutes);
      await api.register(approvalsRoutes);
      await api.register(wallboardRoutes);
      await api.register(reportsRoutes);
      await api.register(reportSchedulesRoutes);
    },
    { prefix: '/api/v1' },
  );
  // The chat widget's public API (open to every origin, visitor tokens instead of sessions).
  await app.register(widgetRoutes, { prefix: '/widget/v1' });
  // The customer portal's API (its own session cookie) and, when built, the portal at /portal/.
  await app.register(portalRoutes, { prefix: '/api/portal/v1' });
  if (opts.webDist !== null) await servePortal(app);

  const webDist = opts.webDist === undefined ? WEB_DIST : opts.webDist;
  if (webDist && existsSync(`${webDist}/index.html`)) await serveWebApp(app, webDist);
  else installNotFound(app, false);
  return app;
}

/** The built web app at `/`, with client-side routes falling back to index.html. */
async function serveWebApp(app: FastifyInstance, root: string) {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    // Hashed bundles never change; index.html must be revalidated so a deploy shows at once.
    setHeaders: (res, path) => {
      res.setHeader(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  installNotFound(app, true);
}
