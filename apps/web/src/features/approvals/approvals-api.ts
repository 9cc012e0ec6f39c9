import type { ApprovalStats, ReplyApproval } from '@kontakt/contracts';
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;

export const approvalKeys = {
  all: ['approvals'] as const,
  list: (status?: string) => ['approvals', 'list', status ?? 'all'] as const,
  stats: (from: string, to: string) => ['approvals', 'stats', from, to] as const,
  queues: ['approvals', 'queues'] as const,
};

export async function listApprovals(filters: {
  status?: string;
  ticketId?: string;
}): Promise<ReplyApproval[]> {
  const q = Object.entries(filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${enc(v!)}`)
    .join('&');
  return (await request<{ items: ReplyApproval[] }>('GET', `/reply-approvals${q ? `?${q}` : ''}`)).items;
}
export const approveReply = (a: ReplyApproval, text?: string) =>
  request<ReplyApproval>('POST', `/reply-approvals/${enc(a.id)}/approve`, {
    body: { version: a.version, ...(text !== undefined && text !== a.bodyText ? { body: { text } } : {}) },
  });
export const returnReply = (a: ReplyApproval, note: string) =>
  request<ReplyApproval>('POST', `/reply-approvals/${enc(a.id)}/return`, {
    body: { note, version: a.version },
  });
export const withdrawReply = (a: ReplyApproval) => request<void>('DELETE', `/reply-approvals/${enc(a.id)}`);
export const getApprovalStats = (from: string, to: string) =>
  request<ApprovalStats>('GET', `/reply-approvals/stats?from=${enc(from)}&to=${enc(to)}`);
export async function getReviewQueues(): Promise<string[]> {
  return (await request<{ queueIds: string[] }>('GET', '/reply-approvals/queues')).queueIds;
}
export async function setReviewQueues(queueIds: string[]): Promise<string[]> {
  return (await request<{ queueIds: string[] }>('PUT', '/reply-approvals/queues', { body: { queueIds } }))
    .queueIds;
}
