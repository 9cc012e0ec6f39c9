import { describe, expect, it } from 'vitest';
import { splitEmailText } from './split-text.ts';

/** A plain-text sample: what the agent sees first, and where the folded parts begin. */
interface Sample {
  name: string;
  text: string;
  visibleEnds: string;
  /** Start of the quoted part, or null when nothing may be folded. */
  quoted: string | null;
  signature?: string;
}

const lines = (...l: string[]) => l.join('\n');

const TOP_POSTED: Sample[] = [
  {
    name: 'Gmail (pl), attribution wrapped over two lines',
    text: lines(
      'Dzień dobry,',
      'paczka nadal nie dotarła.',
      '',
      'Pozdrawiam',
      'Jan Kowalski',
      '',
      'W dniu pon., 2 lis 2026 o 10:15 Sklep Pomoc <pomoc@sklep-demo.pl>',
      'napisał(a):',
      '',
      '> Dzień dobry,',
      '> paczka wyszła wczoraj kurierem.',
      '>',
    ),
    visibleEnds: 'Jan Kowalski',
    quoted: 'W dniu pon., 2 lis 2026',
  },
  {
    name: 'Gmail (cs) without "Dne", wrapped',
    text: lines(
      'Dobrý den,',
      'zboží stále nedorazilo.',
      '',
      'S pozdravem',
      'Jana Nováková',
      '',
      'po 2. 11. 2026 v 10:15 odesílatel Obchod Podpora <podpora@obchod-demo.cz>',
      'napsal:',
      '',
      '> Dobrý den, zásilka byla odeslána.',
    ),
    visibleEnds: 'Jana Nováková',
    quoted: 'po 2. 11. 2026 v 10:15',
  },
  {
    name: 'Gmail (cs) with "Dne … napsal(a):" on one line',
    text: lines(
      'Děkuji za rychlou odpověď.',
      '',
      'Dne po 2. 11. 2026 v 10:15 odesílatel Jan Novák <jan@obchod-demo.cz> napsal(a):',
      '> Vrácení peněz proběhne do 14 dnů.',
    ),
    visibleEnds: 'Děkuji za rychlou odpověď.',
    quoted: 'Dne po 2. 11. 2026',
  },
  {
    name: 'Gmail (en)',
    text: lines(
      'Thanks, received.',
      '',
      'On Mon, Nov 2, 2026 at 10:15 AM Shop Support <support@shop-demo.com> wrote:',
      '',
      '> Hello John,',
      '> your refund was issued.',
    ),
    visibleEnds: 'Thanks, received.',
    quoted: 'On Mon, Nov 2, 2026',
  },
  {
    name: 'Gmail (de), address wrapped after "<"',
    text: lines(
      'Vielen Dank für die schnelle Hilfe!',
      '',
      'Am Mo., 2. Nov. 2026 um 10:15 Uhr schrieb Shop Kundenservice <',
      'service@shop-demo.de>:',
      '',
      '> Guten Tag, Ihr Paket ist unterwegs.',
    ),
    visibleEnds: 'schnelle Hilfe!',
    quoted: 'Am Mo., 2. Nov. 2026',
  },
  {
    name: 'Outlook (en) "-----Original Message-----"',
    text: lines(
      'That works for me.',
      '',
      'John',
      '',
      '-----Original Message-----',
      'From: Shop Support <support@shop-demo.com>',
      'Sent: Monday, November 2, 2026 10:15 AM',
      'To: John Smith <john@customer-demo.com>',
      'Subject: RE: Order 123 [#42]',
      '',
      'Hello John, we can offer a replacement.',
    ),
    visibleEnds: 'John',
    quoted: '-----Original Message-----',
  },
  {
    name: 'Outlook (pl) header block under an underscore rule',
    text: lines(
      'Dziękuję, tak będzie dobrze.',
      '',
      '________________________________',
      'Od: Sklep Pomoc <pomoc@sklep-demo.pl>',
      'Wysłano: poniedziałek, 2 listopada 2026 10:15',
      'Do: Jan Kowalski',
      'Temat: Re: Zamówienie 123',
      '',
      'Dzień dobry, proponujemy wymianę.',
    ),
    visibleEnds: 'tak będzie dobrze.',
    quoted: '________________________________',
  },
  {
    name: 'Outlook (cs) header block "Od: … Odesláno:"',
    text: lines(
      'Souhlasím s výměnou.',
      '',
      'Od: Obchod Podpora <podpora@obchod-demo.cz>',
      'Odesláno: pondělí 2. listopadu 2026 10:15',
      'Komu: Jana Nováková <jana@seznam-demo.cz>',
      'Předmět: Re: Reklamace',
      '',
      'Dobrý den, nabízíme výměnu.',
    ),
    visibleEnds: 'Souhlasím s výměnou.',
    quoted: 'Od: Obchod Podpora',
  },
  {
    name: 'Outlook (de) "-----Ursprüngliche Nachricht-----"',
    text: lines(
      'Einverstanden.',
      '',
      '-----Ursprüngliche Nachricht-----',
      'Von: Shop Kundenservice <service@shop-demo.de>',
      'Gesendet: Montag, 2. November 2026 10:15',
      'An: Hans Müller',
      'Betreff: AW: Reklamation',
    ),
    visibleEnds: 'Einverstanden.',
    quoted: '-----Ursprüngliche Nachricht-----',
  },
  {
    name: 'Outlook (pl) "-----Wiadomość oryginalna-----"',
    text: lines('Proszę o fakturę.', '-----Wiadomość oryginalna-----', 'Od: Sklep', 'Temat: Zamówienie'),
    visibleEnds: 'Proszę o fakturę.',
    quoted: '-----Wiadomość oryginalna-----',
  },
  {
    name: 'Outlook (cs) "-----Původní zpráva-----"',
    text: lines('Prosím o fakturu.', '', '-----Původní zpráva-----', 'Od: Obchod', 'Předmět: Objednávka'),
    visibleEnds: 'Prosím o fakturu.',
    quoted: '-----Původní zpráva-----',
  },
  {
    name: 'Seznam.cz "---------- Původní e-mail ----------"',
    text: lines(
      'Dobrý den, posílám fotku vady.',
      '',
      'Jana',
      '',
      '---------- Původní e-mail ----------',
      'Od: Obchod Podpora <podpora@obchod-demo.cz>',
      'Komu: jana.novakova@seznam-demo.cz',
      'Datum: 2. 11. 2026 10:15:00',
      'Předmět: Re: Reklamace',
      '',
      '"Dobrý den, pošlete prosím fotografii."',
    ),
    visibleEnds: 'Jana',
    quoted: '---------- Původní e-mail ----------',
  },
  {
    name: 'GMX / web.de (de) header block starting with "Gesendet:"',
    text: lines(
      'Danke, das passt.',
      '',
      'Gesendet: Montag, 02. November 2026 um 10:15 Uhr',
      'Von: "Shop Kundenservice" <service@shop-demo.de>',
      'An: hans.mueller@gmx-demo.de',
      'Betreff: Re: Rücksendung',
      '',
      'Hallo Herr Müller,',
    ),
    visibleEnds: 'Danke, das passt.',
    quoted: 'Gesendet: Montag',
  },
  {
    name: 'Interia / WP.pl (pl) header block with "Wysłane:"',
    text: lines(
      'Czekam na zwrot.',
      '',
      'Od: "Sklep Pomoc" <pomoc@sklep-demo.pl>',
      'Do: jan.kowalski@wp-demo.pl;',
      'Wysłane: 10:15 Poniedziałek 2026-11-02',
      'Temat: Re: Zwrot',
      '',
      'Dzień dobry, zwrot przyjęty.',
    ),
    visibleEnds: 'Czekam na zwrot.',
    quoted: 'Od: "Sklep Pomoc"',
  },
  {
    name: 'Onet.pl (pl) "Dnia … napisał(a):"',
    text: lines(
      'Dziękuję bardzo.',
      '',
      'Dnia 2 listopada 2026 10:15 Sklep Pomoc <pomoc@sklep-demo.pl> napisał(a):',
      '> Dzień dobry,',
      '> zwrot przyjęty.',
    ),
    visibleEnds: 'Dziękuję bardzo.',
    quoted: 'Dnia 2 listopada 2026',
  },
  {
    name: 'Thunderbird (pl) "W dniu …, X pisze:"',
    text: lines(
      'Tak, adres jest poprawny.',
      '',
      'W dniu 2.11.2026 o 10:15, Sklep Pomoc pisze:',
      '> Czy adres dostawy jest poprawny?',
    ),
    visibleEnds: 'adres jest poprawny.',
    quoted: 'W dniu 2.11.2026',
  },
  {
    name: 'Thunderbird (cs) "Dne … napsal(a):"',
    text: lines(
      'Ano, adresa je správná.',
      '',
      'Dne 02. 11. 26 v 10:15 Obchod Podpora napsal(a):',
      '> Je adresa doručení správná?',
    ),
    visibleEnds: 'adresa je správná.',
    quoted: 'Dne 02. 11. 26',
  },
  {
    name: 'Apple Mail on iPhone (pl): phone signature, attribution inside the quote',
    text: lines(
      'Dziękuję!',
      '',
      "Wysłane z iPhone'a",
      '',
      '> Wiadomość napisana przez Sklep Pomoc <pomoc@sklep-demo.pl> w dniu 02.11.2026, o godz. 10:15:',
      '> ',
      '> Dzień dobry, paczka jest w drodze.',
    ),
    visibleEnds: 'Dziękuję!',
    quoted: '> Wiadomość napisana przez',
    signature: "Wysłane z iPhone'a",
  },
  {
    name: 'Apple Mail on iPhone (cs)',
    text: lines(
      'Děkuji',
      '',
      'Odesláno z iPhonu',
      '',
      '> 2. 11. 2026 v 10:15, Obchod Podpora <podpora@obchod-demo.cz>:',
      '> Dobrý den,',
    ),
    visibleEnds: 'Děkuji',
    quoted: '> 2. 11. 2026',
    signature: 'Odesláno z iPhonu',
  },
  {
    name: 'Apple Mail on iPhone (de)',
    text: lines(
      'Danke!',
      '',
      'Von meinem iPhone gesendet',
      '',
      '> Am 02.11.2026 um 10:15 schrieb Shop Kundenservice <service@shop-demo.de>:',
      '> Guten Tag,',
    ),
    visibleEnds: 'Danke!',
    quoted: '> Am 02.11.2026',
    signature: 'Von meinem iPhone gesendet',
  },
  {
    name: 'Apple Mail (en) on a Mac, attribution with the quote',
    text: lines(
      'Sounds good.',
      '',
      '> On 2 Nov 2026, at 10:15, Shop Support <support@shop-demo.com> wrote:',
      '> ',
      '> Hello, shall we send a courier?',
    ),
    visibleEnds: 'Sounds good.',
    quoted: '> On 2 Nov 2026',
  },
  {
    name: 'a quote whose history holds a forward is still folded (the reply comes first)',
    text: lines(
      'Thanks for forwarding it.',
      '',
      'On Mon, Nov 2, 2026 at 10:15 AM Shop Support <support@shop-demo.com> wrote:',
      '> ---------- Forwarded message ---------',
      '> From: Courier <noreply@courier-demo.com>',
    ),
    visibleEnds: 'Thanks for forwarding it.',
    quoted: 'On Mon, Nov 2, 2026',
  },
];

const KEPT_VISIBLE: Sample[] = [
  {
    name: 'Thunderbird (de) bottom-posting: the answer below the quote',
    text: lines(
      'Am 02.11.26 um 10:15 schrieb Shop Kundenservice:',
      '> Welche Größe brauchen Sie?',
      '',
      'Größe 42, bitte.',
      '',
      'Gruß',
      'Hans',
    ),
    visibleEnds: 'Hans',
    quoted: null,
  },
  {
    name: 'inline replies (en) between quoted questions',
    text: lines(
      'On Mon, Nov 2, 2026 at 10:15 AM Shop Support <support@shop-demo.com> wrote:',
      '> Could you send the order number?',
      '',
      '123456',
      '',
      '> And the delivery address?',
      '',
      'ul. Długa 5, 00-001 Warszawa',
    ),
    visibleEnds: 'Warszawa',
    quoted: null,
  },
  {
    name: 'a Gmail forward (en) that is the whole message',
    text: lines(
      '---------- Forwarded message ---------',
      'From: Courier <noreply@courier-demo.com>',
      'Date: Mon, Nov 2, 2026 at 10:15 AM',
      'Subject: Delivery failed',
      'To: <jan@customer-demo.pl>',
      '',
      'We could not deliver your parcel.',
    ),
    visibleEnds: 'We could not deliver your parcel.',
    quoted: null,
  },
  {
    name: 'a Gmail forward (cs) with a comment above it',
    text: lines(
      'Přeposílám zprávu od dopravce, prosím o vyjádření.',
      '',
      '---------- Přeposlaná zpráva ---------',
      'Od: Dopravce <info@dopravce-demo.cz>',
      'Date: po 2. 11. 2026 v 10:15',
      'Subject: Zásilka poškozena',
      '',
      'Zásilka byla poškozena při přepravě.',
    ),
    visibleEnds: 'poškozena při přepravě.',
    quoted: null,
  },
  {
    name: 'a Thunderbird forward (pl)',
    text: lines(
      'Proszę zobaczyć poniżej.',
      '',
      '-------- Przekazana wiadomość --------',
      'Temat: Reklamacja',
      'Data: Mon, 2 Nov 2026 10:15:00 +0100',
      'Od: Jan <jan@customer-demo.pl>',
    ),
    visibleEnds: 'Od: Jan <jan@customer-demo.pl>',
    quoted: null,
  },
  {
    name: 'an Outlook forward (de) with nothing above the header block',
    text: lines(
      '________________________________',
      'Von: Spedition <info@spedition-demo.de>',
      'Gesendet: Montag, 2. November 2026 10:15',
      'An: Hans Müller',
      'Betreff: Lieferung',
      '',
      'Die Lieferung verzögert sich.',
    ),
    visibleEnds: 'Die Lieferung verzögert sich.',
    quoted: null,
  },
  {
    name: 'a customer\'s own "Od: / Do:" lines about a parcel (pl)',
    text: lines('Paczka:', 'Od: Warszawa', 'Data: 2.11.2026', 'Do: Kraków', 'Temat: zniszczona', 'Co dalej?'),
    visibleEnds: 'Co dalej?',
    quoted: null,
  },
  {
    name: 'a sentence ending with "napisał:" and no quote after it',
    text: lines('Dzień dobry,', 'kurier 3 dni temu napisał:', 'przesyłka będzie jutro. Nie była.'),
    visibleEnds: 'Nie była.',
    quoted: null,
  },
];

describe('splitEmailText: quoted history', () => {
  it.each([...TOP_POSTED, ...KEPT_VISIBLE].map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const parts = splitEmailText(s.text);
    expect(parts.visible.endsWith(s.visibleEnds)).toBe(true);
    if (s.quoted === null) {
      expect(parts.quoteStart).toBeNull();
      expect(parts.quoted).toBe('');
    } else {
      expect(parts.quoted.startsWith(s.quoted)).toBe(true);
      expect(s.text.slice(parts.quoteStart!).trim()).toBe(parts.quoted);
    }
    expect(parts.signature).toBe(s.signature ?? '');
  });
});

describe('splitEmailText: signatures and trailing quotes', () => {
  it('folds an RFC 3676 signature after "-- "', () => {
    const parts = splitEmailText(
      lines('Hello,', 'where is my parcel?', '', '-- ', 'John Smith', 'ACME Ltd.', '+44 20 1234 5678'),
    );
    expect(parts.visible).toBe('Hello,\nwhere is my parcel?');
    expect(parts.signature).toBe('-- \nJohn Smith\nACME Ltd.\n+44 20 1234 5678');
    expect(parts.quoted).toBe('');
  });

  it('folds "Sent from my iPhone" and a signature above a quote, each on its own', () => {
    const parts = splitEmailText(
      lines(
        'OK thanks',
        '',
        'Sent from my iPhone',
        '',
        'On Nov 2, 2026, at 10:15 AM, Shop <s@shop-demo.com> wrote:',
        '> Hi',
      ),
    );
    expect(parts.visible).toBe('OK thanks');
    expect(parts.signature).toBe('Sent from my iPhone');
    expect(parts.quoted.startsWith('On Nov 2, 2026')).toBe(true);
  });

  it('keeps text after a bare "--" used as a separator in a long message', () => {
    const body = [
      'Order 1: blue, size M',
      '--',
      ...Array.from({ length: 8 }, (_, i) => `Order ${i + 2}: size L`),
    ];
    const parts = splitEmailText(lines(...body));
    expect(parts.signature).toBe('');
    expect(parts.visible.endsWith('Order 9: size L')).toBe(true);
  });

  it('keeps a signature of a bottom-posted reply and the quote above the answer', () => {
    const parts = splitEmailText(
      lines('On 11/2/26 10:15 AM, Shop Support wrote:', '> Size?', '', 'L, please.', '', '-- ', 'John'),
    );
    expect(parts.quoteStart).toBeNull();
    expect(parts.visible.endsWith('L, please.')).toBe(true);
    expect(parts.signature).toBe('-- \nJohn');
  });

  it('folds only the unanswered end of an inline reply', () => {
    const parts = splitEmailText(
      lines('> Q1: your order number?', '123', '> Thanks, our team will check it', '> Best regards, Shop'),
    );
    expect(parts.visible).toBe('> Q1: your order number?\n123');
    expect(parts.quoted).toBe('> Thanks, our team will check it\n> Best regards, Shop');
  });

  it('does not fold a message that is only a quote or only a signature', () => {
    expect(splitEmailText('> just a quote\n> nothing else').quoteStart).toBeNull();
    expect(splitEmailText('-- \nJohn').signatureStart).toBeNull();
  });

  it('handles CRLF line ends', () => {
    const parts = splitEmailText(
      'Thanks\r\n\r\nOn Mon, Nov 2, 2026 at 10:15 AM Shop <s@shop-demo.com> wrote:\r\n> Hi\r\n',
    );
    expect(parts.visible).toBe('Thanks');
    expect(parts.quoted).toBe('On Mon, Nov 2, 2026 at 10:15 AM Shop <s@shop-demo.com> wrote:\r\n> Hi');
  });
});
