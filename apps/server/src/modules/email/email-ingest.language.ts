import type { ParsedEmail } from './email-parse.ts';

export type MailLanguage = 'pl' | 'cs' | 'en';

/** Letters only Polish uses, and letters only Czech uses (ó and é appear in both). */
const POLISH = /[ąęłńśźżĄĘŁŃŚŹŻ]/g;
const CZECH = /[ěščřůťďňĚŠČŘŮŤĎŇ]/g;
/** Words frequent in English customer mail and rare in Polish or Czech. */
const ENGLISH = /\b(the|and|please|order|my|you|thank|thanks|hello|regards|with|have)\b/gi;

/**
 * The language a new customer's mail is written in, for the ticket (and so for the mailbox's
 * acknowledgement template and signature): Polish and Czech by their own letters, English by
 * its common words; null when the text says too little. Only the first few KB are read.
 */
export function guessMailLanguage(mail: Pick<ParsedEmail, 'subject' | 'text'>): MailLanguage | null {
  const text = `${mail.subject}\n${mail.text}`.slice(0, 4000);
  const pl = text.match(POLISH)?.length ?? 0;
  const cs = text.match(CZECH)?.length ?? 0;
  if (pl + cs >= 2) return pl >= cs ? 'pl' : 'cs';
  return (text.match(ENGLISH)?.length ?? 0) >= 2 ? 'en' : null;
}
