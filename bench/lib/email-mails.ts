/**
 * Realistic inbound mail for the e-mail benchmark (bench/lib/email.ts): Polish, Czech and English
 * customers writing to the demo mailbox, multipart/alternative (quoted-printable UTF-8 text and
 * HTML, as Gmail and Outlook send), half of them new threads and half replies to an earlier thread
 * (In-Reply-To, References, "Re:" subject, the quoted history of the client's language). Built
 * with nodemailer's MailComposer before the clock starts, so generating mail costs the run nothing.
 */
import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { LANG_WEIGHTS, NAMES, SENTENCES, SUBJECTS, type Lang } from './names.ts';

export type BenchMail = {
  raw: Buffer;
  from: string;
  /** True when the mail opens a thread (so a ticket); false for a reply to an earlier thread. */
  opensThread: boolean;
};

export type MailSetOptions = {
  count: number;
  /** The recipient: a mailbox on Kontakt's listener. */
  to: string;
  /** Approximate size of the whole message in bytes (bodies are filled up to it). */
  size: number;
  /** Size of one binary attachment per message (0: none). */
  attachmentBytes: number;
  /** Replies only refer to threads opened at least this many messages earlier (about the concurrency). */
  replyDistance: number;
};

type Customer = { name: string; address: string; lang: Lang };
type Thread = { customer: Customer; subject: string; ids: string[] };

const REPLY_PREFIX: Record<Lang, string> = { pl: 'Odp: ', cs: 'Re: ', en: 'Re: ' };
const QUOTE_INTRO: Record<Lang, (who: string) => string> = {
  pl: (who) => `W dniu pon., 2 lis 2026 o 10:14 ${who} napisał(a):`,
  cs: (who) => `Dne po 2. 11. 2026 v 10:14 ${who} napsal(a):`,
  en: (who) => `On Mon, 2 Nov 2026 at 10:14, ${who} wrote:`,
};

/** A seeded generator, so a run's mail set is the same every time (figures stay comparable). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .toLowerCase();

function makeCustomers(n: number, rand: () => number, run: string): Customer[] {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const out: Customer[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    const lang: Lang = r < LANG_WEIGHTS.pl ? 'pl' : r < LANG_WEIGHTS.pl + LANG_WEIGHTS.cs ? 'cs' : 'en';
    const names = NAMES[lang];
    const female = rand() < 0.5;
    const first = pick(female ? names.female : names.male);
    const surname = pick(names.surnames)[female ? 1 : 0];
    const local = `${fold(first)}.${fold(surname)}.${run}${i}`.replace(/[^a-z0-9.]/g, '');
    out.push({ name: `${first} ${surname}`, address: `${local}@${pick(names.domains)}`, lang });
  }
  return out;
}

/** Sentences of the customer's language until `bytes` of text. */
function prose(lang: Lang, bytes: number, rand: () => number): string {
  const list = SENTENCES[lang].customer;
  const paragraphs: string[] = [];
  const para: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = list[Math.floor(rand() * list.length)]!;
    para.push(s);
    size += Buffer.byteLength(s) + 1;
    if (para.length >= 5) paragraphs.push(para.splice(0).join(' '));
  }
  if (para.length) paragraphs.push(para.join(' '));
  return paragraphs.join('\n\n');
}

const html = (text: string) =>
  '<div dir="ltr">' +
  text
    .split('\n\n')
    .map((p) => `<p style="margin:0 0 1em">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('') +
  '</div>';

/**
 * `count` messages to `to`: even ones open a thread (a returning customer half the time), odd
 * ones answer a thread opened at least `replyDistance` messages earlier, from that customer.
 */
export async function makeMails(o: MailSetOptions, seed = 1): Promise<BenchMail[]> {
  const rand = rng(seed);
  const run = randomBytes(3).toString('hex');
  const customers = makeCustomers(Math.max(50, Math.ceil(o.count / 4)), rand, run);
  const threads: Thread[] = [];
  const blob = o.attachmentBytes ? randomBytes(o.attachmentBytes) : null;
  // Text and HTML each take a bit under half of the budget (quoted-printable adds a little).
  const textBytes = Math.max(500, Math.round((o.size - (o.attachmentBytes ? 0 : 1500)) / 2.6));
  const mails: BenchMail[] = [];
  for (let i = 0; i < o.count; i++) {
    const earlier = threads.length - Math.ceil(o.replyDistance / 2);
    const thread = i % 2 === 1 && earlier > 0 ? threads[Math.floor(rand() * earlier)]! : null;
    const customer = thread?.customer ?? customers[Math.floor(rand() * customers.length)]!;
    const lang = customer.lang;
    const id = `<${run}.${i}.${randomBytes(4).toString('hex')}@mail.${customer.address.split('@')[1]}>`;
    const fresh = prose(lang, thread ? Math.min(textBytes, 1500) : textBytes, rand);
    const quote = thread
      ? `\n\n${QUOTE_INTRO[lang](`${customer.name} <${customer.address}>`)}\n` +
        prose(lang, textBytes - 1500, rand)
          .split('\n')
          .map((l) => `> ${l}`)
          .join('\n')
      : '';
    const subjects = SUBJECTS[lang];
    const subject = thread
      ? REPLY_PREFIX[lang] + thread.subject
      : subjects[Math.floor(rand() * subjects.length)]!;
    const attachment = blob
      ? [{ filename: `zdjęcie_uszkodzenia_${i}.jpg`, contentType: 'image/jpeg', content: unique(blob, i) }]
      : [];
    const raw = await new MailComposer({
      from: { name: customer.name, address: customer.address },
      to: o.to,
      subject,
      messageId: id,
      date: new Date(Date.UTC(2026, 10, 2, 9, 14) + i * 1000),
      ...(thread ? { inReplyTo: thread.ids.at(-1)!, references: thread.ids.join(' ') } : {}),
      text: fresh + quote,
      html: html(fresh + quote),
      attachments: attachment,
      headers: { 'X-Mailer': 'Microsoft Outlook 16.0' },
    })
      .compile()
      .build();
    if (thread) thread.ids.push(id);
    else threads.push({ customer, subject, ids: [id] });
    mails.push({ raw, from: customer.address, opensThread: !thread });
  }
  return mails;
}

/** A copy of the attachment with its first bytes changed, so every message stores its own blob. */
function unique(blob: Buffer, i: number): Buffer {
  const copy = Buffer.from(blob);
  copy.writeUInt32BE(i, 0);
  return copy;
}
