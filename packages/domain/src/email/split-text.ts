import { findQuoteCuts, type MailLine } from './quote-detect.ts';

/** A message split into what the sender wrote now, their signature and the quoted history. */
export interface EmailParts {
  visible: string;
  /** Empty when no signature was found. */
  signature: string;
  /** Empty when no quoted history was found. */
  quoted: string;
  /** Source offset where the signature begins, or null. */
  signatureStart: number | null;
  /** Source offset where the quoted history begins, or null. */
  quoteStart: number | null;
}

/** The non-blank lines of plain text with their offsets; `>` lines are cited. */
export function textLines(text: string): MailLine[] {
  const lines: MailLine[] = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim()) lines.push({ text: line, cut: offset, cited: /^\s*>/.test(line) });
    offset += raw.length + 1;
  }
  return lines;
}

/**
 * Splits a plain-text message into `{ visible, signature, quoted }`: quoted history of Gmail,
 * Outlook, Apple Mail, Thunderbird, Seznam.cz, WP.pl and Onet clients in Polish, Czech, English
 * and German is found where it begins and runs to the end; a signature ends the visible part.
 * Inline replies and forwards stay visible. The parts are trimmed; the offsets cut the source.
 */
export function splitEmailText(text: string): EmailParts {
  const { quote, signature } = findQuoteCuts(textLines(text));
  const quoteStart = quote?.offset ?? null;
  const signatureStart = signature?.offset ?? null;
  const end = quoteStart ?? text.length;
  const visibleEnd = signatureStart ?? end;
  return {
    visible: text.slice(0, visibleEnd).trimEnd(),
    signature: signatureStart === null ? '' : text.slice(signatureStart, end).trim(),
    quoted: quoteStart === null ? '' : text.slice(quoteStart).trim(),
    signatureStart,
    quoteStart,
  };
}
