/**
 * Every durable job Kontakt runs, with its payload. A name here without a handler stops the
 * worker from starting (see JobQueue.start).
 */
export interface JobMap {
  'sessions.cleanup': Record<string, never>;
  'audit.retention': Record<string, never>;
  'mail.send': { outboxId: string };
}
export type JobName = keyof JobMap;

export const JOB_NAMES = [
  'sessions.cleanup',
  'audit.retention',
  'mail.send',
] as const satisfies readonly JobName[];

export type JobHandler<K extends JobName> = (data: JobMap[K]) => Promise<void>;
export type JobHandlers = { [K in JobName]: JobHandler<K> };

/** Jobs that run on a schedule (cron, in UTC). */
export const SCHEDULES: Partial<Record<JobName, string>> = {
  'sessions.cleanup': '17 * * * *',
  'audit.retention': '43 3 * * *',
};

/** Retries with exponential backoff; mail gets more tries because SMTP outages last. */
export const QUEUE_OPTIONS: Partial<Record<JobName, { retryLimit: number; retryDelay: number }>> = {
  'mail.send': { retryLimit: 12, retryDelay: 15 },
};
