import { findPlaceholder, isPlaceholderFilter, type PlaceholderFilter } from './placeholders.ts';

/**
 * The placeholder grammar of canned replies:
 *
 * ```
 * template    := ( text | placeholder )*
 * placeholder := "{{" ws name ( "." name )+ ws ( "|" ws filter ws )? "}}"
 * name        := letter ( letter | digit | "_" )*          (known names are lower case)
 * filter      := "date" | "datetime"                       (only on instants)
 * ```
 *
 * Text may not contain `{{` or `}}` outside a placeholder: a stray or unclosed brace pair is a
 * syntax error, so a typo such as `{customer.name}}` is caught when the reply is saved.
 */

/** Why a template was refused; `placeholder` is the offending text as written. */
export interface TemplateProblem {
  code: 'syntax' | 'unknown_placeholder' | 'unknown_filter' | 'filter_not_applicable';
  placeholder: string;
  /** Where it starts in the template (UTF-16 offset). */
  index: number;
}

export type TemplateToken =
  | { type: 'text'; value: string }
  | { type: 'placeholder'; name: string; filter: PlaceholderFilter | null; raw: string; index: number };

const INNER = /^([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)+)\s*(?:\|\s*([A-Za-z][A-Za-z0-9_]*)\s*)?$/;
const EXCERPT = 60;

function placeholderToken(raw: string, index: number): TemplateToken | TemplateProblem {
  const match = INNER.exec(raw.slice(2, -2).trim());
  if (!match) return { code: 'syntax', placeholder: raw, index };
  const [, name, filter] = match as unknown as [string, string, string | undefined];
  const definition = findPlaceholder(name);
  if (!definition) return { code: 'unknown_placeholder', placeholder: name, index };
  if (filter !== undefined && !isPlaceholderFilter(filter))
    return { code: 'unknown_filter', placeholder: raw, index };
  if (filter !== undefined && definition.type !== 'instant')
    return { code: 'filter_not_applicable', placeholder: raw, index };
  return { type: 'placeholder', name, filter: (filter as PlaceholderFilter | undefined) ?? null, raw, index };
}

/** Splits a template into text and placeholders, or lists every problem in it. */
export function parseTemplate(
  source: string,
): { ok: true; tokens: TemplateToken[] } | { ok: false; problems: TemplateProblem[] } {
  const tokens: TemplateToken[] = [];
  const problems: TemplateProblem[] = [];
  let pos = 0;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    const close = source.indexOf('}}', pos);
    if (close >= 0 && (open < 0 || close < open)) {
      problems.push({
        code: 'syntax',
        placeholder: source.slice(Math.max(pos, close - EXCERPT + 2), close + 2),
        index: close,
      });
      pos = close + 2;
      continue;
    }
    if (open < 0) break;
    if (open > pos) tokens.push({ type: 'text', value: source.slice(pos, open) });
    const end = source.indexOf('}}', open + 2);
    const nextOpen = source.indexOf('{{', open + 2);
    if (end < 0 || (nextOpen >= 0 && nextOpen < end)) {
      const stop = nextOpen >= 0 ? nextOpen : source.length;
      problems.push({
        code: 'syntax',
        placeholder: source.slice(open, Math.min(stop, open + EXCERPT)),
        index: open,
      });
      pos = stop;
      continue;
    }
    const token = placeholderToken(source.slice(open, end + 2), open);
    if ('code' in token) problems.push(token);
    else tokens.push(token);
    pos = end + 2;
  }
  if (pos < source.length && problems.length === 0) tokens.push({ type: 'text', value: source.slice(pos) });
  return problems.length ? { ok: false, problems } : { ok: true, tokens };
}

/** The names of the placeholders a valid template uses, each once. */
export const placeholderNames = (tokens: TemplateToken[]): string[] => [
  ...new Set(tokens.flatMap((t) => (t.type === 'placeholder' ? [t.name] : []))),
];
