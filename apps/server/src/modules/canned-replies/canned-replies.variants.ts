import type { CreateCannedReplyInput } from '@kontakt/contracts';
import { parseTemplate, type TemplateProblem } from '@kontakt/domain';
import { AppError } from '../../http/errors.ts';
import { htmlToText, sanitizeHtml, textToHtml } from '../../platform/html.ts';
import type { StoredVariant } from './canned-replies.table.ts';

const MESSAGES: Record<TemplateProblem['code'], string> = {
  unknown_placeholder: 'is not a known placeholder',
  syntax: 'is not a well-formed placeholder',
  unknown_filter: 'uses an unknown filter (known: date, datetime)',
  filter_not_applicable: 'uses a date filter on a placeholder that is not a date',
};

/** The body as stored: sanitized HTML, and its text derived from it (or the text as given). */
function storedBody(body: { html?: string | undefined; text?: string | undefined }) {
  if (body.html?.trim()) {
    const html = sanitizeHtml(body.html);
    return { html, text: htmlToText(html) };
  }
  const text = (body.text ?? '').trim();
  return { html: textToHtml(text), text };
}

/**
 * Sanitizes each language variant and checks its placeholders, so a reply that would fail to
 * render is refused now (400 `unknown_placeholder` / `invalid_placeholder`), not when it is sent.
 */
export function prepareVariants(variants: CreateCannedReplyInput['variants']): StoredVariant[] {
  return variants.map((variant, index) => {
    const { html, text } = storedBody(variant.body);
    // The HTML is what gets rendered; plain-text input is checked as typed (escaping cannot add braces).
    const parsed = parseTemplate(variant.body.html?.trim() ? html : text);
    if (!parsed.ok) {
      const [first] = parsed.problems as [TemplateProblem];
      throw new AppError(
        400,
        first.code === 'unknown_placeholder' ? 'unknown_placeholder' : 'invalid_placeholder',
        `"${first.placeholder}" ${MESSAGES[first.code]} (${variant.language} variant).`,
        {
          field: `variants.${index}.body`,
          language: variant.language,
          placeholder: first.placeholder,
          reason: first.code,
          problems: parsed.problems,
        },
      );
    }
    return { language: variant.language, html, text };
  });
}
