import type {
  CreateMailboxInput,
  InboundListenerInfo,
  Mailbox,
  MailboxTestInput,
  MailboxTestResult,
  UpdateMailboxInput,
} from '@kontakt/contracts';
import { request } from './client.ts';

const enc = encodeURIComponent;

/** Mailboxes of the organization (admin). */
export async function listMailboxes(): Promise<Mailbox[]> {
  return (await request<{ items: Mailbox[] }>('GET', '/mailboxes')).items;
}

export function createMailbox(input: CreateMailboxInput): Promise<Mailbox> {
  return request<Mailbox>('POST', '/mailboxes', { body: input });
}

export function updateMailbox(id: string, input: UpdateMailboxInput): Promise<Mailbox> {
  return request<Mailbox>('PATCH', `/mailboxes/${enc(id)}`, { body: input });
}

/** Where Kontakt's own SMTP listener takes mail. */
export function getInboundListener(): Promise<InboundListenerInfo> {
  return request<InboundListenerInfo>('GET', '/mailboxes/listener');
}

/** Tries IMAP and SMTP with settings from the form (not saved yet). */
export function testMailboxSettings(input: MailboxTestInput): Promise<MailboxTestResult> {
  return request<MailboxTestResult>('POST', '/mailboxes/test', { body: input });
}

/** Tries IMAP and SMTP with a saved mailbox's stored settings. */
export function testSavedMailbox(id: string): Promise<MailboxTestResult> {
  return request<MailboxTestResult>('POST', `/mailboxes/${enc(id)}/test`);
}
