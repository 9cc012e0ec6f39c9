import type {
  CreateMailboxInput,
  ImapDeadLetter,
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

/** Messages an IMAP mailbox set aside (too large, or failing ingestion), newest first. */
export async function listDeadLetters(mailboxId: string): Promise<ImapDeadLetter[]> {
  return (await request<{ items: ImapDeadLetter[] }>('GET', `/mailboxes/${enc(mailboxId)}/dead-letters`))
    .items;
}

/** Ingests a set-aside message again from its kept source. */
export function retryDeadLetter(mailboxId: string, deadLetterId: string): Promise<ImapDeadLetter> {
  return request<ImapDeadLetter>(
    'POST',
    `/mailboxes/${enc(mailboxId)}/dead-letters/${enc(deadLetterId)}/retry`,
  );
}
