import type { z } from 'zod';
import type {
  Complaint,
  ComplaintAnswerInput,
  ComplaintCause,
  ComplaintRootCauseInput,
  RefundPaidInput,
  RejectionTemplate,
  RemedyCarriedOutInput,
  SendDecisionLetterInput,
  ComplaintClockState,
  ComplaintDecisionInput,
  ComplaintDeadlineInput,
  ComplaintExtensionInput,
  CreateComplaintInput,
  StatutoryDeadline,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;

/** TanStack Query keys of complaints (the ticket's record and the list). */
export const complaintKeys = {
  all: ['complaints'] as const,
  ofTicket: (ticketId: string) => ['complaints', 'ticket', ticketId] as const,
  list: (filters: ComplaintFilters) => ['complaints', 'list', filters] as const,
};

/** Filters of `GET /complaints` as the list page sends them. */
export interface ComplaintFilters {
  state?: ComplaintClockState[];
  dueWithinDays?: number;
  cause?: string;
  product?: string;
  sort?: 'due' | 'received';
}

/** The statutory deadline a complaint received at an instant would have (nothing is saved). */
export function previewComplaintDeadline(
  input: z.input<typeof ComplaintDeadlineInput>,
): Promise<StatutoryDeadline> {
  return request<StatutoryDeadline>('POST', '/complaints/deadline', { body: input });
}

/** The complaint record of a ticket (404 `not_found` when it has none). */
export function getTicketComplaint(ticketId: string): Promise<Complaint> {
  return request<Complaint>('GET', `/tickets/${enc(ticketId)}/complaint`);
}

/** Records the ticket's complaint; defaults of the contract may be left out. */
export function createTicketComplaint(
  ticketId: string,
  input: z.input<typeof CreateComplaintInput>,
): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint`, { body: input });
}

/** Accepts or rejects the complaint, with remedy and root cause. */
export function decideTicketComplaint(
  ticketId: string,
  input: z.input<typeof ComplaintDecisionInput>,
): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/decision`, { body: input });
}

/** Records the answer sent and/or delivered (the events that stop the clock). */
export function recordComplaintAnswer(ticketId: string, input: ComplaintAnswerInput): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/answer`, { body: input });
}

/** CZ: a later due date by the consumer's recorded agreement. */
export function extendTicketComplaint(ticketId: string, input: ComplaintExtensionInput): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/extension`, { body: input });
}

/** Where the protocol (PL) / confirmation (CZ) PDF is downloaded from. */
export const complaintProtocolUrl = (ticketId: string) =>
  `/api/v1/tickets/${enc(ticketId)}/complaint/protocol.pdf`;

/** Complaints on tickets the agent sees, soonest statutory deadline first. */
export async function listComplaints(filters: ComplaintFilters = {}): Promise<Complaint[]> {
  const params = new URLSearchParams();
  if (filters.state?.length) params.set('state', filters.state.join(','));
  if (filters.dueWithinDays !== undefined) params.set('dueWithinDays', String(filters.dueWithinDays));
  if (filters.cause) params.set('cause', filters.cause);
  if (filters.product) params.set('product', filters.product);
  params.set('sort', filters.sort ?? 'due');
  params.set('limit', '200');
  return (await request<{ items: Complaint[] }>('GET', `/complaints?${params}`)).items;
}

/** The root-cause taxonomy (admin-managed, "Complaint causes"). */
export const causeKeys = { all: ['complaint-causes'] as const };
export async function listComplaintCauses(): Promise<ComplaintCause[]> {
  return (await request<{ items: ComplaintCause[] }>('GET', '/complaint-causes')).items;
}

/** Rejection texts per language for the decision form. */
export const templateKeys = { all: ['complaint-rejection-templates'] as const };
export async function listRejectionTemplates(): Promise<RejectionTemplate[]> {
  return (await request<{ items: RejectionTemplate[] }>('GET', '/complaint-rejection-templates')).items;
}

/** Sets or changes the complaint's root cause (required to close the ticket). */
export function setComplaintRootCause(ticketId: string, input: ComplaintRootCauseInput): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/root-cause`, { body: input });
}

/** Records the date the remedy was carried out. */
export function recordRemedyCarriedOut(ticketId: string, input: RemedyCarriedOutInput): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/remedy`, { body: input });
}

/** Records the refund paid (stops the refund clock). */
export function recordRefundPaid(ticketId: string, input: RefundPaidInput): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/refund`, { body: input });
}

/** Generates the decision letter PDF and e-mails it to the consumer (through the outbox). */
export function sendDecisionLetter(
  ticketId: string,
  input: SendDecisionLetterInput = {},
): Promise<Complaint> {
  return request<Complaint>('POST', `/tickets/${enc(ticketId)}/complaint/letter`, { body: input });
}

/** Where the stored decision letter PDF is downloaded from. */
export const decisionLetterUrl = (ticketId: string) =>
  `/api/v1/tickets/${enc(ticketId)}/complaint/letter.pdf`;
