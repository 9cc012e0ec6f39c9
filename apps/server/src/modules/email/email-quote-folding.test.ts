import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseMailHtml, splitEmailHtml, splitEmailText, textOf } from '@kontakt/domain';
import { parseEmail } from './email-parse.ts';

const DIR = fileURLToPath(new URL('../../../test/fixtures/email-quotes/', import.meta.url));

/** What the agent must see first, and where the folded parts begin, in both stored forms. */
interface QuoteCase {
  file: string;
  visibleEnds: string;
  /** Start of the folded history, or null when nothing may be folded. */
  quoted: string | null;
  signature?: string;
}

const CASES: QuoteCase[] = [
  {
    file: 'q01-gmail-pl-top-posting.eml',
    visibleEnds: 'Proszę o sprawdzenie.',
    quoted: 'W dniu pon., 2 lis 2026 o 10:15',
    signature: '-- Jan Kowalski tel. 600 100 200',
  },
  {
    file: 'q02-outlook-cs-header-block.eml',
    visibleEnds: 'Jana Nováková',
    quoted: 'Od: Obchod Demo – Podpora',
  },
  {
    file: 'q03-apple-iphone-de.eml',
    visibleEnds: 'Danke, dann warte ich noch.',
    quoted: 'Am 02.11.2026 um 10:15 schrieb',
    signature: 'Von meinem iPhone gesendet',
  },
  {
    file: 'q04-thunderbird-pl.eml',
    visibleEnds: 'adres dostawy jest poprawny.',
    quoted: 'W dniu 2.11.2026 o 10:15, Sklep Demo - Pomoc pisze:',
    signature: '-- Anna Nowak',
  },
  {
    file: 'q05-seznam-cs-html-only.eml',
    visibleEnds: 'Jana',
    quoted: '---------- Původní e-mail ----------',
  },
  { file: 'q06-outlook-web-en.eml', visibleEnds: 'John', quoted: 'From: Shop Demo Support' },
  { file: 'q07-gmail-forward-pl.eml', visibleEnds: 'Odbiór w punkcie do 9 listopada.', quoted: null },
  {
    file: 'q08-onet-pl-text-only.eml',
    visibleEnds: 'czekam na zwrot pieniędzy.',
    quoted: 'Dnia 2 listopada 2026 10:15',
  },
  {
    file: 'q09-thunderbird-en-inline.eml',
    visibleEnds: 'Size L, please.',
    quoted: null,
    signature: '-- Peter Brown',
  },
];

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The text of an HTML part, line breaks and block ends read as spaces. */
const htmlText = (html: string) =>
  flat(textOf(parseMailHtml(html.replace(/<br \/>/g, ' ').replace(/<\/?(div|p|blockquote)\b/g, ' $&'))));
/** The quoted part without `>` prefixes (Apple Mail quotes its attribution) or Outlook's rule line. */
const unquote = (s: string) => flat(s.replace(/^[ \t]*>[ \t]?/gm, '').replace(/^_{10,}\s*/, ''));

describe('quoted history and signatures in real client mail, after parsing and sanitizing', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const mail = await parseEmail(readFileSync(`${DIR}/${c.file}`));
    const html = splitEmailHtml(mail.html);
    const text = splitEmailText(mail.text);
    for (const [form, parts, read] of [
      ['html', html, htmlText],
      ['text', text, flat],
    ] as const) {
      expect(read(parts.visible), `${form} visible`).toMatch(new RegExp(`${escape(c.visibleEnds)}$`));
      if (c.quoted === null) expect(parts.quoteStart, `${form} quote`).toBeNull();
      else
        expect(unquote(read(parts.quoted)).startsWith(c.quoted), `${form} quoted: ${parts.quoted}`).toBe(
          true,
        );
      expect(read(parts.signature), `${form} signature`).toBe(c.signature ?? '');
    }
  });

  it('keeps the markers of Gmail, Outlook and Apple Mail through the sanitizer', async () => {
    const html = async (file: string) => (await parseEmail(readFileSync(`${DIR}/${file}`))).html;
    expect(await html('q01-gmail-pl-top-posting.eml')).toContain(
      '<div class="gmail_quote gmail_quote_container">',
    );
    expect(await html('q03-apple-iphone-de.eml')).toContain('<blockquote type="cite">');
    const owa = await html('q06-outlook-web-en.eml');
    expect(owa).toContain('<div id="appendonsend"></div>');
    expect(owa).toContain('id="divRplyFwdMsg"');
    expect(owa).not.toContain('elementToProof');
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
