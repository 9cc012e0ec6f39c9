export * from './email.table.ts';
export {
  queueEmailReply,
  watchOutboundMessages,
  sweepQueuedEmail,
  enqueueEmailSend,
} from './email-outbound.queue.ts';
export { emailSendJob, createRawSender, type SendRaw } from './email-outbound.job.ts';
export { emailDeliveryByMessage } from './email-delivery.ts';
export { ingestRawEmail, type IngestDeps, type IngestResult } from './email-ingest.service.ts';
export { startInboundSmtp, type InboundSmtp } from './email-smtp.listener.ts';
export { seedDemoMailbox, DEMO_MAILBOX } from './email-demo.ts';
export { findMailboxesByAddress, presentMailbox } from './mailboxes.service.ts';
export { emailRoutes } from './email.routes.ts';
export { startImapSupervisor, type ImapSupervisor } from './imap-supervisor.ts';
export { sealPlainMailboxSecrets } from './imap-secrets.ts';
