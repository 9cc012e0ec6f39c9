import type { Locale } from '@kontakt/contracts';
import { findPlaceholder, formatInstant, MISSING_INSTANT, type PlaceholderValues } from './placeholders.ts';
import type { TemplateToken } from './template.ts';

export interface RenderOptions {
  /** The reply's language: dates are written in it. */
  locale: Locale;
  /** IANA time zone dates are shown in (the organization's). */
  timeZone: string;
  /** Escapes a value for the output (HTML bodies); plain text leaves values as they are. */
  escape?: (value: string) => string;
}

/** The rendered text and the placeholders that had no value (rendered empty or "—"). */
export interface RenderResult {
  output: string;
  missing: string[];
}

/** Fills a parsed template's placeholders with values; unknown names never reach here (see parseTemplate). */
export function renderTokens(
  tokens: TemplateToken[],
  values: PlaceholderValues,
  opts: RenderOptions,
): RenderResult {
  const escape = opts.escape ?? ((s: string) => s);
  const missing = new Set<string>();
  let output = '';
  for (const token of tokens) {
    if (token.type === 'text') {
      output += token.value;
      continue;
    }
    const value = values[token.name];
    const instant = findPlaceholder(token.name)?.type === 'instant';
    if (value === undefined || value === null || value === '') {
      missing.add(token.name);
      output += instant ? MISSING_INSTANT : '';
    } else if (value instanceof Date) {
      output += escape(formatInstant(value, token.filter ?? 'datetime', opts.locale, opts.timeZone));
    } else {
      output += escape(value);
    }
  }
  return { output, missing: [...missing] };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes a value placed into HTML (text or an attribute). */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
