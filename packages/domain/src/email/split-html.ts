import { findQuoteCuts, type MailLine, type QuoteMark } from './quote-detect.ts';
import { attrsOf, parseMailHtml, type HtmlElement, type HtmlNode } from './mail-html.ts';
import type { EmailParts } from './split-text.ts';

/**
 * Class names and ids mail clients put on quoted history and signatures (Gmail, Thunderbird,
 * Yahoo, Outlook on the web and for phones). The sanitizer keeps exactly these, so folding can
 * rely on them; everything else is found by the text of the lines.
 */
export const QUOTE_MARKER_CLASSES: Record<QuoteMark, readonly string[]> = {
  cite: ['gmail_quote', 'gmail_quote_container', 'gmail_attr', 'moz-cite-prefix'],
  // Yahoo quotes without a blockquote: all inside and after the marked element is history.
  rest: ['OutlookMessageHeader', 'yahoo_quoted'],
  signature: ['gmail_signature', 'gmail_signature_prefix', 'moz-signature'],
  forward: ['moz-forward-container'],
};
export const QUOTE_MARKER_IDS: Record<QuoteMark, readonly string[]> = {
  cite: [],
  rest: ['divRplyFwdMsg', 'appendonsend'],
  signature: ['Signature', 'ms-outlook-mobile-signature'],
  forward: [],
};

const BLOCK = new Set(
  'address article blockquote caption center dd div dl dt footer h1 h2 h3 h4 h5 h6 header li ol p pre section table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const KINDS: QuoteMark[] = ['forward', 'rest', 'cite', 'signature'];

const marksOf = new WeakMap<HtmlElement, QuoteMark | null>();

/** The mark a client put on an element by class, id or `type="cite"`; remembered per element. */
function markOf(el: HtmlElement): QuoteMark | null {
  let mark = marksOf.get(el);
  if (mark === undefined) marksOf.set(el, (mark = readMark(el)));
  return mark;
}

function readMark(el: HtmlElement): QuoteMark | null {
  if (!/\b(class|id|type)\s*=/i.test(el.attrSource)) return null;
  const attrs = attrsOf(el);
  if (el.tag === 'blockquote' && attrs.type?.toLowerCase() === 'cite') return 'cite';
  const classes = (attrs.class ?? '').split(/\s+/);
  const id = attrs.id ?? '';
  return (
    KINDS.find(
      (k) => QUOTE_MARKER_IDS[k].includes(id) || QUOTE_MARKER_CLASSES[k].some((c) => classes.includes(c)),
    ) ?? null
  );
}

const hasContent = (n: HtmlNode): boolean =>
  n.kind === 'text' ? n.text.trim() !== '' : n.tag === 'img' || n.children.some(hasContent);

/** The outermost element that begins with `node` (nothing with content before it inside). */
function hoist(node: HtmlNode): number {
  let n = node;
  while (n.parent && n.parent.tag !== '#root') {
    const siblings = n.parent.children;
    if (siblings.slice(0, siblings.indexOf(n)).some(hasContent)) break;
    n = n.parent;
  }
  return n.start;
}

/** Reads the non-blank lines of a parsed message: `<br>` and block elements end a line. */
function htmlLines(root: HtmlElement): MailLine[] {
  const lines: MailLine[] = [];
  let text = '';
  let first: HtmlNode | null = null;
  let cited = false;
  let lead: number | null = null;
  let marks: HtmlElement[] = [];
  const flush = () => {
    if (!first || !text.trim()) {
      text = '';
      first = null;
      return;
    }
    const [node, at, leadAt] = [first, first.start, lead];
    const el = marks.find((m) => (m.start <= at && at < m.end) || (m.end <= at && markOf(m) === 'rest'));
    // Where a cut goes is worked out only for the line that becomes one.
    let cut: number | undefined;
    const line: MailLine = {
      text,
      cited,
      get cut() {
        return (cut ??= leadAt ?? hoist(node));
      },
    };
    if (el) line.mark = { kind: markOf(el)!, cut: el.start };
    lines.push(line);
    [text, first, lead, marks] = ['', null, null, []];
  };
  const append = (node: HtmlNode, s: string, inQuote: boolean) => {
    if (!first && !s.trim()) return;
    if (!first) [first, cited] = [node, inQuote || /^\s*>/.test(s)];
    text += s;
  };
  const walk = (node: HtmlNode, inQuote: boolean, pre: boolean) => {
    if (node.kind === 'text') {
      if (!pre) return append(node, node.text.replace(/\s+/g, ' '), inQuote);
      node.text.split('\n').forEach((part, i) => {
        if (i > 0) flush();
        append(node, part, inQuote);
      });
      return;
    }
    if (node.tag === 'br' || node.tag === 'hr') {
      flush();
      if (node.tag === 'hr') lead ??= node.start;
      return;
    }
    if (node.tag === 'img') return append(node, '\uFFFC', inQuote);
    const block = BLOCK.has(node.tag);
    if (block) flush();
    if (markOf(node)) marks.push(node);
    for (const child of node.children)
      walk(child, inQuote || node.tag === 'blockquote', pre || node.tag === 'pre');
    if (block) flush();
  };
  walk(root, false, false);
  flush();
  return lines;
}

/** Elements open at `pos` (a node boundary), outermost first. */
function openAt(root: HtmlElement, pos: number): HtmlElement[] {
  const out: HtmlElement[] = [];
  let e: HtmlElement | undefined = root;
  while (e) {
    e = e.children.find((c): c is HtmlElement => c.kind === 'element' && c.openEnd <= pos && pos < c.end);
    if (e) out.push(e);
  }
  return out;
}

/** `html[from, to)` made whole: open elements reopened before it and closed after it. */
function fragment(html: string, root: HtmlElement, from: number, to: number): string {
  if (to <= from) return '';
  const before = openAt(root, from).map((e) => html.slice(e.start, e.openEnd));
  const after = openAt(root, to)
    .reverse()
    .map((e) => `</${e.tag}>`);
  return before.join('') + html.slice(from, to) + after.join('');
}

/**
 * Splits a message's sanitized HTML into `{ visible, signature, quoted }`, each a well-formed
 * fragment: by the marks clients leave (Gmail's `gmail_quote`, `<blockquote type="cite">`,
 * Outlook's `divRplyFwdMsg`) and by the text of the lines, as {@link splitEmailText} does.
 */
export function splitEmailHtml(html: string): EmailParts {
  const root = parseMailHtml(html);
  const { quote, signature } = findQuoteCuts(htmlLines(root));
  const quoteStart = quote?.offset ?? null;
  const signatureStart = signature?.offset ?? null;
  const end = quoteStart ?? html.length;
  return {
    visible: fragment(html, root, 0, signatureStart ?? end),
    signature: signatureStart === null ? '' : fragment(html, root, signatureStart, end),
    quoted: quoteStart === null ? '' : fragment(html, root, quoteStart, html.length),
    signatureStart,
    quoteStart,
  };
}
