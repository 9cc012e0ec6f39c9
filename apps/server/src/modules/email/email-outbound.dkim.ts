import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { Readable } from 'node:stream';
import DKIM from 'nodemailer/lib/dkim/index.js';
import type { DkimSettingsInput, UpdateMailboxInput } from '@kontakt/contracts';
import { AppError } from '../../http/errors.ts';
import type { SecretBox } from '../../platform/secret-box.ts';
import type { MailboxRow } from './email.table.ts';

const invalidKey = (why: string) =>
  new AppError(
    400,
    'dkim_key_invalid',
    `The DKIM private key cannot be used: ${why}. Give an unencrypted RSA (at least 1024 bits) or Ed25519 private key in PEM format.`,
    { field: 'dkim.privateKey' },
  );

/** The key as Node reads it; 400 `dkim_key_invalid` unless it is an RSA (≥ 1024 bits) or Ed25519 private key. */
export function readDkimKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw invalidKey('it is not an unencrypted private key in PEM format');
  }
  const type = key.asymmetricKeyType;
  if (type === 'ed25519') return key;
  if (type !== 'rsa') throw invalidKey(`${type ?? 'this'} keys are not used for DKIM`);
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 1024)
    throw invalidKey('the RSA key is shorter than 1024 bits');
  return key;
}

type DkimColumns = Pick<
  MailboxRow,
  'dkimDomain' | 'dkimSelector' | 'dkimPrivateKey' | 'dkimPublicKey' | 'dkimKeyType'
>;
const NONE: DkimColumns = {
  dkimDomain: null,
  dkimSelector: null,
  dkimPrivateKey: null,
  dkimPublicKey: null,
  dkimKeyType: null,
};

/** The `p=` of the DNS record: the SPKI for RSA (RFC 6376), the bare 32-byte key for Ed25519 (RFC 8463). */
function publicKeyValue(key: KeyObject): string {
  const spki = createPublicKey(key).export({ type: 'spki', format: 'der' });
  return (key.asymmetricKeyType === 'ed25519' ? spki.subarray(-32) : spki).toString('base64');
}

/** Columns for a new mailbox's DKIM settings: the key validated and sealed. */
export function dkimColumns(input: DkimSettingsInput | null, secrets: SecretBox): DkimColumns {
  if (!input) return NONE;
  const key = readDkimKey(input.privateKey);
  return {
    dkimDomain: input.domainName,
    dkimSelector: input.keySelector,
    dkimPrivateKey: secrets.seal(input.privateKey),
    dkimPublicKey: publicKeyValue(key),
    dkimKeyType: key.asymmetricKeyType === 'ed25519' ? 'ed25519' : 'rsa',
  };
}

/** Columns for a changed mailbox: undefined leaves them, null clears them, no key keeps the stored one. */
export function changedDkimColumns(
  input: UpdateMailboxInput['dkim'],
  before: MailboxRow,
  secrets: SecretBox,
): Partial<DkimColumns> {
  if (input === undefined) return {};
  if (input === null) return NONE;
  if (input.privateKey !== undefined) return dkimColumns({ ...input, privateKey: input.privateKey }, secrets);
  if (!before.dkimPrivateKey)
    throw new AppError(400, 'validation_failed', 'Enter the DKIM private key.', {
      field: 'dkim.privateKey',
      issues: [{ path: ['body', 'dkim', 'privateKey'], code: 'invalid_type', message: 'Required' }],
    });
  return { dkimDomain: input.domainName, dkimSelector: input.keySelector };
}

/** What admins read back: domain, selector, the DNS record to publish, and whether a key is stored (never the key). */
export const presentDkim = (m: MailboxRow) => ({
  dkim:
    m.dkimDomain && m.dkimSelector
      ? {
          domainName: m.dkimDomain,
          keySelector: m.dkimSelector,
          dnsRecord: {
            name: `${m.dkimSelector}._domainkey.${m.dkimDomain}`,
            value: `v=DKIM1; k=${m.dkimKeyType ?? 'rsa'}; p=${m.dkimPublicKey ?? ''}`,
          },
        }
      : null,
  dkimKeySet: Boolean(m.dkimPrivateKey),
});

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Signs a composed message with the mailbox's DKIM key, when it has one (relaxed/relaxed, SHA-256):
 * RSA keys through nodemailer's DKIM signer, Ed25519 keys (RFC 8463, which nodemailer does not
 * sign) through signEd25519. The key is opened only here and never logged.
 */
export async function signDkim(raw: Buffer, mailbox: MailboxRow | null, secrets: SecretBox): Promise<Buffer> {
  if (!mailbox?.dkimPrivateKey || !mailbox.dkimDomain || !mailbox.dkimSelector) return raw;
  const pem = secrets.open(mailbox.dkimPrivateKey);
  // MailComposer leaves bare LFs in text parts and SMTP sends them as CRLF: sign what is sent.
  const crlf = Buffer.from(raw.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  const key = readDkimKey(pem);
  const opts = { domainName: mailbox.dkimDomain, keySelector: mailbox.dkimSelector };
  if (key.asymmetricKeyType === 'ed25519') return signEd25519(crlf, opts, key);
  return collect(new DKIM({ ...opts, privateKey: pem }).sign(crlf));
}

/** The header fields nodemailer signs (RFC 6376 §5.4.1), for the Ed25519 signature too. */
const SIGNED = (
  'from:sender:reply-to:subject:date:message-id:to:cc:mime-version:content-type:' +
  'content-transfer-encoding:content-id:content-description:resent-date:resent-from:resent-sender:' +
  'resent-to:resent-cc:resent-message-id:in-reply-to:references:list-id:list-help:list-unsubscribe:' +
  'list-subscribe:list-post:list-owner:list-archive'
).split(':');

/** RFC 6376 §3.4.2: lower-case name, unfolded, runs of white space made one space, trimmed. */
const relaxedHeader = (name: string, value: string) =>
  `${name.toLowerCase()}:${value
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()}`;

/** RFC 6376 §3.4.4: no trailing white space, runs made one space, no empty lines at the end. */
function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''));
  while (lines.length && lines.at(-1) === '') lines.pop();
  return lines.length ? lines.join('\r\n') + '\r\n' : '';
}

/** An `ed25519-sha256` DKIM-Signature (RFC 8463) prepended to the message. */
function signEd25519(raw: Buffer, o: { domainName: string; keySelector: string }, key: KeyObject): Buffer {
  const text = raw.toString('latin1');
  const split = text.indexOf('\r\n\r\n');
  const head = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? '' : text.slice(split + 4);
  const fields = head.split(/\r\n(?![ \t])/).map((f) => {
    const colon = f.indexOf(':');
    return { name: f.slice(0, colon).trim().toLowerCase(), value: f.slice(colon + 1) };
  });
  const picked = SIGNED.map((name) => fields.findLast((f) => f.name === name)).filter((f) => f !== undefined);
  const bh = createHash('sha256').update(relaxedBody(body), 'latin1').digest('base64');
  const tags = `v=1; a=ed25519-sha256; c=relaxed/relaxed; d=${o.domainName}; q=dns/txt; s=${o.keySelector}; bh=${bh}; h=${picked.map((f) => f.name).join(':')}; b=`;
  const signed = [
    ...picked.map((f) => relaxedHeader(f.name, f.value) + '\r\n'),
    relaxedHeader('DKIM-Signature', tags),
  ];
  const digest = createHash('sha256').update(signed.join(''), 'latin1').digest();
  const b = sign(null, digest, key).toString('base64');
  return Buffer.concat([Buffer.from(`DKIM-Signature: ${tags}${b}\r\n`, 'latin1'), raw]);
}
