import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ComplaintDeadlineInput,
  ErrorBody,
  ReturnDeadlineInput,
  StatutoryDeadline,
} from '@kontakt/contracts';
import { regimeBelongsTo, REGIME_RULES } from '@kontakt/domain';
import { requireAuth } from '../../http/auth-guard.ts';
import { AppError } from '../../http/errors.ts';
import { statutoryDeadline } from './complaint-clock.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** Deadline previews: what the agent tells the customer before anything is saved. */
export const deadlinesRoutes: FastifyPluginAsyncZod = async (app) => {
  const read = requireAuth({ scope: 'tickets:read' });

  app.post(
    '/complaints/deadline',
    {
      preHandler: read,
      schema: {
        tags: ['complaints'],
        summary:
          'The statutory deadline of a complaint received at an instant: due date, rule and version, shifts',
        body: ComplaintDeadlineInput,
        response: { 200: StatutoryDeadline, ...errors },
      },
    },
    async (req) => {
      const { jurisdiction, regime, receivedAt, extended } = req.body;
      if (!regimeBelongsTo(regime, jurisdiction))
        throw new AppError(
          400,
          'regime_not_in_jurisdiction',
          `The ${regime} regime is not the law of ${jurisdiction}.`,
          {
            field: 'regime',
          },
        );
      return statutoryDeadline({
        ruleId: REGIME_RULES[regime].ruleId,
        jurisdiction,
        startAt: new Date(receivedAt),
        extended,
      });
    },
  );

  app.post(
    '/returns/deadline',
    {
      preHandler: read,
      schema: {
        tags: ['returns'],
        summary: 'The EU withdrawal (14 days; +12 months if not informed) or refund (14 days) deadline',
        body: ReturnDeadlineInput,
        response: { 200: StatutoryDeadline, ...errors },
      },
    },
    async (req) => {
      const b = req.body;
      return statutoryDeadline({
        ruleId: b.kind === 'withdrawal' ? 'eu_withdrawal' : 'eu_refund',
        jurisdiction: b.jurisdiction,
        startAt: new Date(b.startAt),
        informed: b.kind === 'withdrawal' ? b.informed : true,
      });
    },
  );
};
