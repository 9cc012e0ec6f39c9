import type { CannedReply, CannedReplyScope, Locale } from '@kontakt/contracts';

/** One language's text as the form edits it. */
export interface VariantValues {
  language: Locale;
  text: string;
  /** HTML that came through the API, sent back as it was while `text` is unchanged. */
  html: string | null;
  originalText: string;
}

export interface CannedReplyValues {
  title: string;
  shortcut: string;
  category: string;
  scope: CannedReplyScope;
  teamId: string | null;
  active: boolean;
  variants: VariantValues[];
  [key: string]: unknown;
}

/** Languages in the order the form offers them. */
export const LANGUAGES: readonly Locale[] = ['pl', 'cs', 'en'];

/** Whether a stored body is more than its paragraphs (formatting the text box cannot show). */
const hasFormatting = (html: string) => /<(?!\/?(p|br)\b)[a-z]/i.test(html);

export function initialValues(reply: CannedReply | undefined, language: Locale): CannedReplyValues {
  return {
    title: reply?.title ?? '',
    shortcut: reply?.shortcut ?? '',
    category: reply?.category ?? '',
    scope: reply?.scope ?? 'personal',
    teamId: reply?.teamId ?? null,
    active: reply?.active ?? true,
    variants: reply
      ? reply.variants.map((v) => ({
          language: v.language,
          text: v.bodyText,
          html: hasFormatting(v.bodyHtml) ? v.bodyHtml : null,
          originalText: v.bodyText,
        }))
      : [{ language, text: '', html: null, originalText: '' }],
  };
}

/** The request body: empty category as none, team only for team replies, untouched HTML kept. */
export const toInput = (v: CannedReplyValues) => ({
  title: v.title,
  shortcut: v.shortcut,
  category: v.category.trim() || null,
  scope: v.scope,
  teamId: v.scope === 'team' ? v.teamId : null,
  active: v.active,
  variants: v.variants.map((x) => ({
    language: x.language,
    body: x.html && x.text === x.originalText ? { html: x.html } : { text: x.text },
  })),
});
