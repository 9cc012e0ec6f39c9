import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChatChannel,
  ChatQueueRequirements,
  CreateChatChannelInput,
  ErrorBody,
  Id,
  Locale,
  UpdateChatChannelInput,
} from '@kontakt/contracts';
import { ctxOf, requireAuth } from '../../http/auth-guard.ts';
import {
  createChannel,
  listChannels,
  listQueueRequirements,
  setQueueRequirements,
  updateChannel,
} from './channels.service.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['chat'];
const QueueRequirementsOut = z.object({
  queueId: Id,
  requiredSkills: z.array(z.string()),
  languages: z.array(Locale),
});

/** Admin settings of live chat: channels (widget installations) and chat queue requirements. */
export const chatAdminRoutes: FastifyPluginAsyncZod = async (app) => {
  const admin = requireAuth({ scope: 'admin' });
  const read = requireAuth({ scope: 'tickets:read' });

  app.get(
    '/chat-channels',
    {
      preHandler: admin,
      schema: { tags, summary: 'Chat channels', response: { 200: z.array(ChatChannel), ...errors } },
    },
    async (req) => listChannels(app.deps.db, ctxOf(req).actor.organizationId),
  );

  app.post(
    '/chat-channels',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Create a chat channel',
        body: CreateChatChannelInput,
        response: { 201: ChatChannel, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await createChannel(ctxOf(req), req.body)),
  );

  app.patch(
    '/chat-channels/:id',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Change a chat channel',
        params: z.object({ id: Id }),
        body: UpdateChatChannelInput,
        response: { 200: ChatChannel, ...errors },
      },
    },
    async (req) => updateChannel(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/chat-queues',
    {
      preHandler: read,
      schema: {
        tags,
        summary: 'Chat routing requirements of queues',
        response: { 200: z.array(QueueRequirementsOut), ...errors },
      },
    },
    async (req) => listQueueRequirements(app.deps.db, ctxOf(req).actor.organizationId),
  );

  app.put(
    '/chat-queues/:queueId',
    {
      preHandler: admin,
      schema: {
        tags,
        summary: 'Set the skills and languages a queue’s chats need',
        params: z.object({ queueId: Id }),
        body: ChatQueueRequirements,
        response: { 200: QueueRequirementsOut, ...errors },
      },
    },
    async (req) => setQueueRequirements(ctxOf(req), req.params.queueId, req.body),
  );
};
