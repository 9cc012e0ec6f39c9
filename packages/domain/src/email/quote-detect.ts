import {
  isAttribution,
  isForwardMarker,
  isHeaderBlock,
  isPhoneSignature,
  isRule,
  isSeparator,
  isWeakAttribution,
  sigDashOf,
} from './quote-patterns.ts';

/** Structural marks a sender's client leaves in HTML (class or id names), by what they start. */
export type QuoteMark = 'cite' | 'rest' | 'signature' | 'forward';

/** One non-blank line of a message, in the shape both the text and the HTML reader produce. */
export interface MailLine {
  /** The line's text (for HTML: its text content with whitespace collapsed). */
  text: string;
  /** Offset in the source where a cut before this line goes. */
  cut: number;
  /** Inside quoted material: a `>` prefix or a `<blockquote>`. */
  cited: boolean;
  /**
   * A client's structural mark starting at this line, with the offset of the marked element
   * (a cut there takes the earlier of it and `cut`).
   */
  mark?: { kind: QuoteMark; cut: number };
}

/** Where a fold begins: the line index and the source offset. */
export interface QuoteCut {
  line: number;
  offset: number;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The lines and their whitespace-collapsed texts, computed once. */
interface Doc {
  lines: readonly MailLine[];
  texts: readonly string[];
}

/** Every attribution ends with ":"; testing that first keeps long messages fast. */
const attribution = (text: string) => text.endsWith(':') && isAttribution(text);

/** Lines i..i+k-1 forming a known attribution (Gmail wraps it in plain text), or 0. */
function attributionSpan({ lines, texts }: Doc, i: number): number {
  let joined = '';
  for (let k = 1; k <= 3 && i + k - 1 < lines.length; k++) {
    const text = texts[i + k - 1]!;
    if (lines[i + k - 1]!.cited) return 0;
    if (k > 1) {
      const prev = texts[i + k - 2]!;
      // A wrapped line is long and unfinished; a sentence before a real attribution is not part of it.
      if (prev.length < 40 || /[.!?]$/.test(prev) || attribution(text)) return 0;
    }
    joined = k === 1 ? text : joined.endsWith('<') ? joined + text : `${joined} ${text}`;
    if (attribution(joined)) return k;
  }
  return 0;
}

/** Skips the attribution a client put inside its quote container (Gmail's `gmail_attr`). */
function bodyAfterMark({ lines, texts }: Doc, i: number): number {
  for (let j = i; j < Math.min(i + 3, lines.length) && !lines[j]!.cited; j++) {
    if (texts[j]!.endsWith(':')) return j + 1;
  }
  return i;
}

interface Candidate extends QuoteCut {
  kind: 'cite' | 'rest';
  /** First line of the quoted body (after the attribution). */
  body: number;
}

function quoteAt(doc: Doc, i: number): Candidate | null {
  const { lines, texts } = doc;
  const line = lines[i]!;
  const text = texts[i]!;
  const at = (kind: Candidate['kind'], body: number, offset = line.cut): Candidate => ({
    line: i,
    offset,
    kind,
    body,
  });
  const marked = line.mark && Math.min(line.mark.cut, line.cut);
  if (line.mark?.kind === 'rest') return at('rest', i, marked);
  if (line.mark?.kind === 'cite') return at('cite', bodyAfterMark(doc, i), marked);
  if (line.cited) return i === 0 || !lines[i - 1]!.cited ? at('cite', i) : null;
  if (isSeparator(text)) return at('rest', i);
  if (isRule(text) && isHeaderBlock(texts.slice(i + 1, i + 9))) return at('rest', i);
  if (isHeaderBlock(texts.slice(i, i + 8))) return at('rest', i);
  const span = attributionSpan(doc, i);
  if (span) return at(lines[i + span]?.cited ? 'cite' : 'rest', i + span);
  if (lines[i + 1]?.cited && isWeakAttribution(text)) return at('cite', i + 1);
  return null;
}

/**
 * The first quote that runs to the end of the message. A `>` or blockquote quote with the
 * sender's own text after it is an inline or bottom-posted reply and is not folded; nothing
 * from a forward header on is folded; a quote with nothing of the sender's above it stays.
 */
function findQuote(doc: Doc, forward: number): QuoteCut | null {
  const { lines } = doc;
  for (let i = 0; i < lines.length && i < forward; i++) {
    const c = quoteAt(doc, i);
    if (!c) continue;
    if (c.kind === 'cite' && !lines.slice(c.body).every((l) => l.cited)) continue;
    return i === 0 ? null : { line: c.line, offset: c.offset };
  }
  return null;
}

/** A signature ("-- ", a client's signature block, "Sent from my iPhone") ending the visible part. */
function findSignature({ lines, texts }: Doc, end: number, forward: number): QuoteCut | null {
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    if (line.cited || (forward > i && forward < end)) continue;
    const dash = sigDashOf(line.text);
    const ok =
      line.mark?.kind === 'signature' ||
      dash === 'strong' ||
      (dash === 'weak' && end - i - 1 <= 6) ||
      (isPhoneSignature(texts[i]!) && texts.slice(i + 1, end).every(isPhoneSignature));
    if (ok) return { line: i, offset: Math.min(line.cut, line.mark?.cut ?? line.cut) };
  }
  return null;
}

/** Where the quoted history and the signature of a message begin, if anywhere. */
export function findQuoteCuts(lines: readonly MailLine[]): {
  quote: QuoteCut | null;
  signature: QuoteCut | null;
} {
  const doc: Doc = { lines, texts: lines.map((l) => norm(l.text)) };
  const f = lines.findIndex((l, i) => l.mark?.kind === 'forward' || isForwardMarker(doc.texts[i]!));
  const forward = f === -1 ? lines.length : f;
  const quote = findQuote(doc, forward);
  const signature = findSignature(doc, quote?.line ?? lines.length, forward);
  return { quote, signature };
}
