import type { z } from 'zod';
import type {
  CreateMailboxInput,
  ImapAuth,
  Locale,
  Mailbox,
  MailboxTestInput,
  UpdateMailboxInput,
} from '@kontakt/contracts';
import { LOCALES } from '../../../i18n/index.ts';

/**
 * The mailbox form's values, shaped like the contract so that an issue's path (`imap.password`,
 * `autoAckTemplates.pl.subject`) names the input it belongs to.
 */
export interface MailboxFormValues extends Record<string, unknown> {
  address: string;
  displayName: string;
  queueId: string;
  inboundKind: 'smtp' | 'imap';
  imap: {
    host: string;
    port: number | string;
    tls: boolean;
    user: string;
    auth: ImapAuth;
    /** Write-only (the password, or the OAuth2 access token): empty keeps the stored one when editing. */
    password: string;
    folder: string;
    processedFolder: string;
    /** With `oauth2`: Kontakt renews access tokens itself; the two secrets are write-only. */
    oauth2Refresh: {
      enabled: boolean;
      tokenUrl: string;
      clientId: string;
      clientSecret: string;
      refreshToken: string;
    };
  };
  /** Shown without its password; sent only when changed, so the stored password stays. */
  outboundSmtpUrl: string;
  /** DKIM signing of outbound mail; the private key is write-only: empty keeps the stored one when editing. */
  dkim: { enabled: boolean; domainName: string; keySelector: string; privateKey: string };
  signatures: Record<Locale, string>;
  autoAck: boolean;
  autoAckTemplates: Record<Locale, { subject: string; body: string }>;
  active: boolean;
}

const perLocale = <T>(make: (locale: Locale) => T) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, T>;

/** The form for a mailbox, or for a new one in the given queue. */
export function mailboxToForm(mailbox: Mailbox | null, defaultQueueId = ''): MailboxFormValues {
  return {
    address: mailbox?.address ?? '',
    displayName: mailbox?.displayName ?? '',
    queueId: mailbox?.queueId ?? defaultQueueId,
    inboundKind: mailbox?.inboundKind ?? 'smtp',
    imap: {
      host: mailbox?.imap?.host ?? '',
      port: mailbox?.imap?.port ?? 993,
      tls: mailbox?.imap?.tls ?? true,
      user: mailbox?.imap?.user ?? '',
      auth: mailbox?.imap?.auth ?? 'password',
      password: '',
      folder: mailbox?.imap?.folder ?? 'INBOX',
      processedFolder: mailbox?.imap?.processedFolder ?? '',
      oauth2Refresh: {
        enabled: Boolean(mailbox?.imap?.oauth2Refresh),
        tokenUrl: mailbox?.imap?.oauth2Refresh?.tokenUrl ?? '',
        clientId: mailbox?.imap?.oauth2Refresh?.clientId ?? '',
        clientSecret: '',
        refreshToken: '',
      },
    },
    outboundSmtpUrl: mailbox?.outboundSmtpUrl ?? '',
    dkim: {
      enabled: Boolean(mailbox?.dkim),
      domainName: mailbox?.dkim?.domainName ?? '',
      keySelector: mailbox?.dkim?.keySelector ?? '',
      privateKey: '',
    },
    signatures: perLocale((locale) => mailbox?.signatures[locale] ?? ''),
    autoAck: mailbox?.autoAck ?? false,
    autoAckTemplates: perLocale((locale) => ({
      subject: mailbox?.autoAckTemplates[locale]?.subject ?? '',
      body: mailbox?.autoAckTemplates[locale]?.body ?? '',
    })),
    active: mailbox?.active ?? true,
  };
}

/** IMAP settings as sent; an empty password is left out (kept on the server, or required there). */
function imapInput(imap: MailboxFormValues['imap']) {
  return {
    host: imap.host.trim(),
    port: imap.port === '' ? undefined : Number(imap.port),
    tls: imap.tls,
    user: imap.user,
    auth: imap.auth,
    password: imap.password === '' ? undefined : imap.password,
    folder: imap.folder,
    processedFolder: imap.processedFolder.trim() === '' ? null : imap.processedFolder.trim(),
    oauth2Refresh:
      imap.auth === 'oauth2' && imap.oauth2Refresh.enabled ? refreshInput(imap.oauth2Refresh) : null,
  };
}

/** The token refresh as sent; empty secrets are left out (kept on the server). */
function refreshInput(r: MailboxFormValues['imap']['oauth2Refresh']) {
  return {
    tokenUrl: r.tokenUrl.trim(),
    clientId: r.clientId.trim(),
    clientSecret: r.clientSecret === '' ? undefined : r.clientSecret,
    refreshToken: r.refreshToken === '' ? undefined : r.refreshToken,
  };
}

/** Languages with a text; the others are left out, so the server falls back to another language. */
function filledLocales<T>(values: Record<Locale, T>, filled: (value: T) => boolean) {
  return Object.fromEntries(LOCALES.filter((l) => filled(values[l])).map((l) => [l, values[l]]));
}

/**
 * DKIM as sent: null when off; an empty key is left out (kept on the server, or required there); an
 * unchanged setting of a mailbox is not sent at all.
 */
function dkimInput(dkim: MailboxFormValues['dkim'], original: Mailbox | null) {
  if (!dkim.enabled) return original && !original.dkim && !original.dkimKeySet ? undefined : null;
  const domainName = dkim.domainName.trim();
  const keySelector = dkim.keySelector.trim();
  const privateKey = dkim.privateKey.trim() === '' ? undefined : dkim.privateKey;
  const unchanged =
    original?.dkim &&
    privateKey === undefined &&
    domainName.toLowerCase() === original.dkim.domainName &&
    keySelector.toLowerCase() === original.dkim.keySelector;
  return unchanged ? undefined : { domainName, keySelector, privateKey };
}

const smtpUrl = (url: string) => (url.trim() === '' ? null : url.trim());

/** The request body of a create (`original` null) or of a change of `original`. */
export function mailboxInput(
  values: MailboxFormValues,
  original: Mailbox | null,
): z.input<typeof CreateMailboxInput> | z.input<typeof UpdateMailboxInput> {
  const url = smtpUrl(values.outboundSmtpUrl);
  // The URL is shown without its password: sending it back unchanged would erase the password.
  const urlChanged = !original || url !== original.outboundSmtpUrl;
  const dkim = dkimInput(values.dkim, original);
  return {
    address: values.address.trim(),
    displayName: values.displayName,
    queueId: values.queueId === '' ? undefined : values.queueId,
    inboundKind: values.inboundKind,
    imap: values.inboundKind === 'imap' ? imapInput(values.imap) : null,
    ...(urlChanged ? { outboundSmtpUrl: url } : {}),
    ...(dkim === undefined ? {} : { dkim }),
    signatures: filledLocales(values.signatures, (text) => text.trim() !== ''),
    autoAck: values.autoAck,
    autoAckTemplates: filledLocales(
      values.autoAckTemplates,
      (tpl) => tpl.subject.trim() !== '' || tpl.body.trim() !== '',
    ),
    active: values.active,
  } as z.input<typeof CreateMailboxInput>;
}

/** What "Test connection" sends: the unsaved settings, and the mailbox whose stored passwords fill gaps. */
export function mailboxTestInput(
  values: MailboxFormValues,
  mailboxId: string | null,
): z.input<typeof MailboxTestInput> {
  return {
    ...(mailboxId ? { mailboxId } : {}),
    imap: values.inboundKind === 'imap' ? imapInput(values.imap) : null,
    outboundSmtpUrl: smtpUrl(values.outboundSmtpUrl),
  };
}

/** Whether any auto-acknowledgement template has text (without one, none is sent). */
export const hasAutoAckTemplate = (values: MailboxFormValues) =>
  LOCALES.some((l) => values.autoAckTemplates[l].subject.trim() || values.autoAckTemplates[l].body.trim());
