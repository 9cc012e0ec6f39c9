/**
 * Every durable job Kontakt runs, with its payload. A name here without a handler stops the
 * worker from starting (see JobQueue.start).
 */
export interface JobMap {
  'sessions.cleanup': Record<string, never>;
  'audit.retention': Record<string, never>;
  'mail.send': { outboxId: string };
  /** Sends the outbound e-mail of a ticket message (reply or acknowledgement); keyed by message id. */
  'email.send': { messageId: string };
  /** Re-enqueues outbound e-mail left queued (e.g. a crash between commit and enqueue). */
  'email.sweep': Record<string, never>;
  /** Announces an SLA warning or breach of a ticket target; one job id per ticket, target and kind. */
  'sla.fire': {
    ticketId: string;
    target: 'first_response' | 'next_response' | 'resolution';
    kind: 'warning' | 'breach';
    at: number;
  };
  /** Announces SLA warnings and breaches whose job was lost (crash between commit and scheduling). */
  'sla.sweep': Record<string, never>;
  /** Announces complaint deadlines (D−3, D−1, missed) and moves their stored state; idempotent. */
  'complaints.sweep': Record<string, never>;
  /** Runs time-based automation rules on the tickets now due; re-enqueues stray webhooks. */
  'automation.sweep': Record<string, never>;
  /** POSTs one stored webhook of an automation rule (signed); retried with backoff. */
  'automation.webhook': { deliveryId: string };
  /** Mails one survey invitation when due (CSAT after a solve, or a campaign recipient); once. */
  'surveys.send': { requestId: string };
  /** Mails a survey campaign's invitations in batches, recording progress. */
  'surveys.campaign': { campaignId: string };
  /** Mails due survey invitations whose job was lost; idempotent. */
  'surveys.sweep': Record<string, never>;
  /** Hands one confirmed order to fulfilment (signed webhook); job id = delivery id; retried with backoff. */
  'orders.fulfil': { orderId: string; deliveryId: string };
  /** Recomputes the SLA of open tickets after a policy or calendar change, in batches (sla_recompute_runs). */
  'sla.recompute': { runId: string };
  /** Brings the report rollups up to date with the history written since the last sweep; idempotent. */
  'reports.rollup': Record<string, never>;
  /** Writes one report export (CSV/XLSX) into the blob store with progress. */
  'reports.export': { exportId: string };
  /** Sends the scheduled reports that are due (each claimed once). */
  'reports.schedules': Record<string, never>;
}
export type JobName = keyof JobMap;

export const JOB_NAMES = [
  'sessions.cleanup',
  'audit.retention',
  'mail.send',
  'email.send',
  'email.sweep',
  'sla.fire',
  'sla.sweep',
  'complaints.sweep',
  'automation.sweep',
  'automation.webhook',
  'surveys.send',
  'surveys.campaign',
  'surveys.sweep',
  'orders.fulfil',
  'sla.recompute',
  'reports.rollup',
  'reports.export',
  'reports.schedules',
] as const satisfies readonly JobName[];

export type JobHandler<K extends JobName> = (data: JobMap[K]) => Promise<void>;
export type JobHandlers = { [K in JobName]: JobHandler<K> };

/** Jobs that run on a schedule (cron, in UTC). */
export const SCHEDULES: Partial<Record<JobName, string>> = {
  'sessions.cleanup': '17 * * * *',
  'audit.retention': '43 3 * * *',
  'email.sweep': '* * * * *',
  'sla.sweep': '* * * * *',
  'complaints.sweep': '* * * * *',
  'automation.sweep': '* * * * *',
  'reports.rollup': '* * * * *',
  'reports.schedules': '*/10 * * * *',
  'surveys.sweep': '* * * * *',
};

/** Retries with exponential backoff; mail gets more tries because SMTP outages last. */
export const QUEUE_OPTIONS: Partial<Record<JobName, { retryLimit: number; retryDelay: number }>> = {
  'mail.send': { retryLimit: 12, retryDelay: 15 },
  'email.send': { retryLimit: 12, retryDelay: 30 },
  'automation.webhook': { retryLimit: 8, retryDelay: 15 },
  'orders.fulfil': { retryLimit: 8, retryDelay: 30 },
  'sla.recompute': { retryLimit: 10, retryDelay: 30 },
};
