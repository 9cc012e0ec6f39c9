import { describe, expect, it } from 'vitest';
import { parseMailHtml, textOf } from './mail-html.ts';
import { splitEmailHtml } from './split-html.ts';

/** An HTML sample as Kontakt stores it (sanitized: markers kept, other classes and ids gone). */
interface Sample {
  name: string;
  html: string;
  /** Text the visible part ends with (whitespace collapsed). */
  visibleEnds: string;
  /** Text the quoted part starts with, or null when nothing may be folded. */
  quoted: string | null;
  signature?: string;
}

/** The text of a fragment, a line break read as a space. */
const text = (html: string) =>
  textOf(parseMailHtml(html.replace(/<br \/>/g, ' ')))
    .replace(/\s+/g, ' ')
    .trim();

const SAMPLES: Sample[] = [
  {
    name: 'Gmail (pl) with its signature and quote markers',
    html:
      '<div dir="ltr">Dzień dobry,<div>paczka nadal nie dotarła.</div><div><br /></div>' +
      '<span class="gmail_signature_prefix">-- </span><br /><div dir="ltr" class="gmail_signature">Jan Kowalski<br />tel. 600 100 200</div></div><br />' +
      '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">W dniu pon., 2 lis 2026 o 10:15 Sklep Pomoc &lt;<a href="mailto:pomoc@sklep-demo.pl">pomoc@sklep-demo.pl</a>&gt; napisał(a):<br /></div>' +
      '<blockquote class="gmail_quote" style="margin:0px">Dzień dobry,<br />paczka wyszła wczoraj.</blockquote></div>',
    visibleEnds: 'paczka nadal nie dotarła.',
    quoted: 'W dniu pon., 2 lis 2026',
    signature: '-- Jan Kowalski tel. 600 100 200',
  },
  {
    name: 'Gmail (en) stored before the markers were kept: found by the attribution text',
    html:
      '<div dir="ltr">Thanks!</div><br /><div><div dir="ltr">On Mon, Nov 2, 2026 at 10:15 AM Shop Support &lt;<a href="mailto:s@shop-demo.com">s@shop-demo.com</a>&gt; wrote:<br /></div>' +
      '<blockquote style="margin:0px">Hello, your refund was issued.</blockquote></div>',
    visibleEnds: 'Thanks!',
    quoted: 'On Mon, Nov 2, 2026',
  },
  {
    name: 'Gmail (de) attribution',
    html:
      '<div dir="ltr">Danke!</div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Am Mo., 2. Nov. 2026 um 10:15 Uhr schrieb Shop &lt;service@shop-demo.de&gt;:<br /></div>' +
      '<blockquote class="gmail_quote">Guten Tag</blockquote></div>',
    visibleEnds: 'Danke!',
    quoted: 'Am Mo., 2. Nov. 2026',
  },
  {
    name: 'Outlook desktop (pl): header block in a separator div',
    html:
      '<div><p>Dziękuję, zgadzam się.</p><p> </p><div><div><p><b>Od:</b> Sklep Pomoc &lt;pomoc@sklep-demo.pl&gt; <br />' +
      '<b>Wysłano:</b> poniedziałek, 2 listopada 2026 10:15<br /><b>Do:</b> Jan Kowalski &lt;jan@customer-demo.pl&gt;<br />' +
      '<b>Temat:</b> RE: Zamówienie 123</p></div></div><p>Dzień dobry, proponujemy wymianę.</p></div>',
    visibleEnds: 'zgadzam się.',
    quoted: 'Od: Sklep Pomoc',
  },
  {
    name: 'Outlook on the web (cs): appendonsend, rule and divRplyFwdMsg',
    html:
      '<div dir="ltr">Děkuji, souhlasím.</div><div id="appendonsend"></div><hr style="display:inline-block" />' +
      '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri" color="#000000"><b>Od:</b> Obchod &lt;podpora@obchod-demo.cz&gt;<br />' +
      '<b>Odesláno:</b> pondělí 2. listopadu 2026 10:15<br /><b>Komu:</b> Jana<br /><b>Předmět:</b> Re: Reklamace</font><div> </div></div>' +
      '<div>Dobrý den, nabízíme výměnu.</div>',
    visibleEnds: 'Děkuji, souhlasím.',
    quoted: 'Od: Obchod',
  },
  {
    name: 'Outlook (de) "Von: … Gesendet:" without any marker',
    html:
      '<p>Einverstanden.</p><hr /><p><b>Von:</b> Shop &lt;service@shop-demo.de&gt;<br /><b>Gesendet:</b> Montag, 2. November 2026 10:15<br />' +
      '<b>An:</b> Hans<br /><b>Betreff:</b> AW: Reklamation</p><p>Guten Tag</p>',
    visibleEnds: 'Einverstanden.',
    quoted: 'Von: Shop',
  },
  {
    name: 'Outlook for iOS (en): mobile signature, then the quote',
    html:
      '<div dir="ltr">Thanks</div><div id="ms-outlook-mobile-signature"><div dir="ltr">Get Outlook for iOS</div></div><hr />' +
      '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Shop &lt;s@shop-demo.com&gt;<br /><b>Sent:</b> Monday, November 2, 2026 10:15:00 AM<br />' +
      '<b>To:</b> John<br /><b>Subject:</b> Re: Order</div><div>Hello</div>',
    visibleEnds: 'Thanks',
    quoted: 'From: Shop',
    signature: 'Get Outlook for iOS',
  },
  {
    name: 'Apple Mail (de): attribution in its own cite blockquote',
    html:
      '<div dir="ltr">Danke!</div><div dir="ltr"><br /><blockquote type="cite">Am 02.11.2026 um 10:15 schrieb Shop &lt;service@shop-demo.de&gt;:<br /><br /></blockquote></div>' +
      '<blockquote type="cite"><div dir="ltr">Guten Tag, Ihr Paket ist unterwegs.</div></blockquote>',
    visibleEnds: 'Danke!',
    quoted: 'Am 02.11.2026',
  },
  {
    name: 'Apple Mail on iPhone (pl): phone signature and quote',
    html:
      '<div dir="ltr">Dziękuję!</div><div dir="ltr"><br /><div dir="ltr">Wysłane z iPhone&#39;a</div><div dir="ltr"><br /><blockquote type="cite">Wiadomość napisana przez Sklep &lt;pomoc@sklep-demo.pl&gt; w dniu 02.11.2026, o godz. 10:15:<br /><br /></blockquote></div>' +
      '<blockquote type="cite"><div dir="ltr">Dzień dobry</div></blockquote></div>',
    visibleEnds: 'Dziękuję!',
    quoted: 'Wiadomość napisana przez',
    signature: "Wysłane z iPhone'a",
  },
  {
    name: 'Thunderbird (cs): signature above the quote',
    html:
      '<p>Děkuji, platí.</p><div class="moz-signature">-- <br />Jana Nováková</div>' +
      '<div class="moz-cite-prefix">Dne 02. 11. 26 v 10:15 Obchod Podpora napsal(a):<br /></div><blockquote type="cite">Platí adresa?</blockquote>',
    visibleEnds: 'Děkuji, platí.',
    quoted: 'Dne 02. 11. 26',
    signature: '-- Jana Nováková',
  },
  {
    name: 'Seznam.cz (cs)',
    html:
      '<div>Dobrý den,</div><div>posílám fotku vady.</div><div><br /></div><div>---------- Původní e-mail ----------<br />Od: Obchod &lt;podpora@obchod-demo.cz&gt;<br />' +
      'Komu: jana@seznam-demo.cz<br />Datum: 2. 11. 2026 10:15:00<br />Předmět: Re: Reklamace<br /></div><blockquote>Pošlete prosím fotografii.</blockquote>',
    visibleEnds: 'posílám fotku vady.',
    quoted: '---------- Původní e-mail',
  },
  {
    name: 'WP.pl (pl)',
    html:
      '<p>Dziękuję za informację.</p><p>Dnia 2.11.2026 o godz. 10:15 Sklep Pomoc &lt;pomoc@sklep-demo.pl&gt; napisał(a):</p>' +
      '<blockquote style="color:#555555">Zwrot został przyjęty.</blockquote>',
    visibleEnds: 'Dziękuję za informację.',
    quoted: 'Dnia 2.11.2026',
  },
  {
    name: 'Onet.pl (pl) in one div with line breaks',
    html:
      '<div>Ok, czekam.<br /><br />Dnia 2 listopada 2026 10:15 Sklep Pomoc &lt;pomoc@sklep-demo.pl&gt; napisał(a):<br /></div>' +
      '<blockquote>Paczka wyszła.</blockquote>',
    visibleEnds: 'Ok, czekam.',
    quoted: 'Dnia 2 listopada 2026',
  },
  {
    name: 'Yahoo Mail (en): the quote is not a blockquote',
    html:
      '<div>Thanks, got it.</div><div class="yahoo_quoted"><div>On Monday, November 2, 2026, 10:15:00 AM GMT+1, Shop &lt;s@shop-demo.com&gt; wrote:</div>' +
      '<div><br /></div><div><div>Your order has shipped.</div></div></div>',
    visibleEnds: 'Thanks, got it.',
    quoted: 'On Monday, November 2, 2026',
  },
  {
    name: 'plain text turned into HTML (en) with ">" lines',
    html: '<p>OK.</p><p>On Mon, Nov 2, 2026 at 10:15 AM Shop &lt;s@shop-demo.com&gt; wrote:<br />&gt; Hello<br />&gt; more</p>',
    visibleEnds: 'OK.',
    quoted: 'On Mon, Nov 2, 2026',
  },
];

const KEPT: Sample[] = [
  {
    name: 'Gmail forward (pl) that is the whole message',
    html:
      '<div dir="ltr"><br /><br /><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br />' +
      'Od: <strong dir="auto">Kurier</strong> <span dir="auto">&lt;<a href="mailto:noreply@kurier-demo.pl">noreply@kurier-demo.pl</a>&gt;</span><br />' +
      'Date: pon., 2 lis 2026 o 10:15<br />Subject: Przesyłka<br />To: &lt;jan@customer-demo.pl&gt;<br /></div><br /><br />Paczka nie została doręczona.</div></div>',
    visibleEnds: 'Paczka nie została doręczona.',
    quoted: null,
  },
  {
    name: 'Gmail forward (cs) with a comment above it',
    html:
      '<div dir="ltr">Přeposílám zprávu od dopravce.<br /><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Přeposlaná zpráva ---------<br />' +
      'Od: Dopravce &lt;info@dopravce-demo.cz&gt;<br />Date: po 2. 11. 2026 v 10:15<br />Subject: Zásilka<br /></div>Zásilka poškozena.</div></div>',
    visibleEnds: 'Zásilka poškozena.',
    quoted: null,
  },
  {
    name: 'Gmail inline replies (en) inside the quote container',
    html:
      '<div dir="ltr"><div class="gmail_quote"><div class="gmail_attr">On Mon, Nov 2, 2026 at 10:15 AM Shop &lt;s@shop-demo.com&gt; wrote:<br /></div>' +
      '<blockquote class="gmail_quote">Your order number?</blockquote><div>123456</div><blockquote class="gmail_quote">Your address?</blockquote>' +
      '<div>ul. Długa 5, Warszawa</div></div></div>',
    visibleEnds: 'ul. Długa 5, Warszawa',
    quoted: null,
  },
  {
    name: 'Thunderbird (en) bottom-posting with a signature',
    html:
      '<div class="moz-cite-prefix">On 11/2/26 10:15 AM, Shop Support wrote:<br /></div><blockquote type="cite">Could you send the order number?</blockquote>' +
      '<p>It is 123456.</p><div class="moz-signature">-- <br />John</div>',
    visibleEnds: 'It is 123456.',
    quoted: null,
    signature: '-- John',
  },
  {
    name: 'a quotation the customer cites in the middle of their own text',
    html: '<p>Your terms say:</p><blockquote>Returns within 30 days.</blockquote><p>So why was mine refused?</p>',
    visibleEnds: 'So why was mine refused?',
    quoted: null,
  },
];

describe('splitEmailHtml', () => {
  it.each([...SAMPLES, ...KEPT].map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const parts = splitEmailHtml(s.html);
    expect(text(parts.visible).endsWith(s.visibleEnds)).toBe(true);
    if (s.quoted === null) expect(parts.quoted).toBe('');
    else expect(text(parts.quoted).startsWith(s.quoted)).toBe(true);
    expect(text(parts.signature)).toBe(s.signature ?? '');
    // Nothing is lost: the three parts hold the whole text, in order.
    expect(text(parts.visible + parts.signature + parts.quoted)).toBe(text(s.html));
  });

  it('cuts inside nested elements into well-formed fragments', () => {
    const parts = splitEmailHtml(
      '<div dir="ltr"><p>Ok</p><div><b>On Mon, Nov 2, 2026 at 10:15 AM A &lt;a@x-demo.com&gt; wrote:</b><br /><blockquote>Hi</blockquote></div></div>',
    );
    expect(parts.visible).toBe('<div dir="ltr"><p>Ok</p></div>');
    expect(parts.quoted).toBe(
      '<div dir="ltr"><div><b>On Mon, Nov 2, 2026 at 10:15 AM A &lt;a@x-demo.com&gt; wrote:</b><br /><blockquote>Hi</blockquote></div></div>',
    );
  });

  it("folds Outlook's rule and empty appendonsend marker with the quote", () => {
    const owa = SAMPLES.find((s) => s.name.startsWith('Outlook on the web'))!;
    expect(splitEmailHtml(owa.html).quoted.startsWith('<div id="appendonsend"></div><hr')).toBe(true);
    const desktop = SAMPLES.find((s) => s.name.startsWith('Outlook (de)'))!;
    expect(splitEmailHtml(desktop.html).quoted.startsWith('<hr />')).toBe(true);
  });

  it('keeps inline images (cid: served as attachments) in the visible part', () => {
    const parts = splitEmailHtml(
      '<p>Zdjęcie: <img src="/api/v1/attachments/1?inline=1" alt="zdjęcie" /></p><p>W dniu 2.11.2026 o 10:15, Sklep pisze:</p><blockquote type="cite">Prosimy o zdjęcie.</blockquote>',
    );
    expect(parts.visible).toContain('<img src="/api/v1/attachments/1?inline=1"');
    expect(parts.quoted).not.toContain('<img');
  });

  it('leaves a message without quote or signature whole', () => {
    const html = '<p>Dzień dobry,</p><p>gdzie jest moja paczka?</p>';
    expect(splitEmailHtml(html)).toEqual({
      visible: html,
      signature: '',
      quoted: '',
      signatureStart: null,
      quoteStart: null,
    });
  });
});
