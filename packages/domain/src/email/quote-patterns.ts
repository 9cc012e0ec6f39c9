/**
 * What mail clients write around quoted history, forwards and signatures, in Polish, Czech,
 * English and German (plus the French / Spanish / Dutch forms that reach Central European shops).
 * Every pattern is tested against one line, or a line joined with the next one or two (Gmail
 * wraps its attribution line in the plain-text part), after whitespace was collapsed.
 */

/** Verbs of "X wrote:" lines. */
const WROTE = String.raw`(wrote|napisał\(a\)|napisał\/a|napisała|napisał|pisze|napsal\(a\)|napsala|napsal|schrieb|a écrit|escribió|schreef)`;
/** An address in angle brackets, as Gmail and Apple Mail put it into the attribution. */
const ADDRESS = String.raw`<[^<>\s@]+@[^<>\s]+>`;

/** Attribution lines clients put above a quote; each names a date (a digit is required). */
const ATTRIBUTIONS: RegExp[] = [
  // Gmail, Apple Mail, Thunderbird, Outlook: "On Mon, Nov 2, 2026 at 10:15 AM John <j@x> wrote:"
  new RegExp(String.raw`^On\s.*\d.*\swrote\s?:$`, 'i'),
  // Gmail / Thunderbird / Onet / WP (pl): "W dniu pon., 2 lis 2026 o 10:15 Jan <j@x> napisał(a):", "Dnia … pisze:"
  new RegExp(String.raw`^(W dniu|Dnia|Dn\.)\s.*\d.*\s${WROTE}\s?:$`, 'i'),
  // Apple Mail (pl): "Wiadomość napisana przez Jan <j@x> w dniu 2 lis 2026, o godz. 10:15:"
  /^Wiadomość napisana przez\s.+\sw dniu\s.*\d.*:$/i,
  // Gmail / Thunderbird / Apple Mail (cs): "Dne po 2. 11. 2026 v 10:15 odesílatel Jan <j@x> napsal:"
  new RegExp(String.raw`^Dne\s.*\d.*\s${WROTE}\s?:$`, 'i'),
  // Gmail (cs) without "Dne": "po 2. 11. 2026 v 10:15 odesílatel Jan <j@x> napsal:"
  new RegExp(String.raw`\d.*\sodesílatel\s.+\s${WROTE}\s?:$`, 'i'),
  // Gmail, Apple Mail, Thunderbird (de): "Am Mo., 2. Nov. 2026 um 10:15 Uhr schrieb Hans <h@x>:"
  /^Am\s.*\d.*\sschrieb\s.+:$/i,
  // Outlook, GMX (de): "Hans <h@x> schrieb am 02.11.2026 10:15:", "… hat am 02.11.2026 geschrieben:"
  /\sschrieb am\s.*\d.*:$/i,
  /\shat am\s.*\d.*\sgeschrieben\s?:$/i,
  // French, Spanish, Dutch: "Le 2 nov. 2026 à 10:15, Jean <j@x> a écrit :"
  new RegExp(String.raw`^(Le|El|Op)\s.*\d.*\s${WROTE}\s?:$`, 'i'),
  // Any client, any language prefix (Gmail pl/cs drop "W dniu"/"Dne"): a date, an address, a verb.
  new RegExp(String.raw`\d.*${ADDRESS}.*\s${WROTE}\s?:$`, 'i'),
];

/** A line that may introduce a quote when a quoted block follows right after it: a date or an address, then ":". */
const WEAK_ATTRIBUTION = /(\d|@).*\S\s?:$/;

/** Outlook-style separators above a quoted message ("-----Original Message-----" and kin). */
const SEPARATOR =
  /^-{2,}\s*(Original Message|Ursprüngliche Nachricht|Originalnachricht|Wiadomość oryginalna|Oryginalna wiadomość|Původní zpráva|Původní e-mail|Původní email|Message d'origine|Mensaje original)\s*-{2,}$/i;

/** A horizontal rule drawn with underscores or dashes (Outlook's plain-text reply separator). */
const RULE = /^(_{10,}|-{10,})$/;

/** Forward headers: what follows is content the customer hands over, not history to hide. */
const FORWARDS: RegExp[] = [
  /^-{2,}\s*(Forwarded message|Forwarded Message|Wiadomość przekazana|Przekazana wiadomość|Przesłana wiadomość|Wiadomość przesłana dalej|Přeposlaná zpráva|Přeposlaný e-mail|Přeposlaný email|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado)\s*-{2,}$/i,
  /^(Begin forwarded message|Początek przekazywanej wiadomości|Początek przekazanej wiadomości|Začátek přeposlané zprávy|Anfang der weitergeleiteten Nachricht|Début du message réexpédié)\s*:$/i,
];

type HeaderKey = 'from' | 'date' | 'to' | 'cc' | 'subject';
const HEADER_LABELS: Record<HeaderKey, string> = {
  from: 'From|Od|Von|De|Van',
  date: 'Sent|Date|Wysłano|Wysłane|Data|Odesláno|Datum|Gesendet|Envoyé|Enviado|Verzonden',
  to: 'To|Do|Komu|An|À|Para|Aan',
  cc: 'Cc|DW|Kopia|Kopie|Kopie \\(CC\\)',
  subject: 'Subject|Temat|Předmět|Betreff|Objet|Asunto|Onderwerp',
};
const HEADER_LINES = Object.entries(HEADER_LABELS).map(
  ([key, labels]) =>
    [key as HeaderKey, new RegExp(String.raw`^\*?\s*(${labels})\s*\*?\s*:\*?\s*(.*)$`, 'i')] as const,
);

/** Which header ("From:", "Wysłano:", "Předmět:", …) a line of a quoted header block is, if any. */
export function headerKeyOf(line: string): { key: HeaderKey; value: string } | null {
  for (const [key, re] of HEADER_LINES) {
    const m = re.exec(line);
    if (m) return { key, value: m[2] ?? '' };
  }
  return null;
}

/**
 * Whether `lines` begins with a quoted header block as Outlook, Seznam.cz, WP.pl or GMX write it:
 * From / Sent (or Date) / Subject among at most eight header lines, the sender with an address
 * or the date with a time, so that a customer's own "Od: Warszawa / Do: Krakowa" stays visible.
 */
export function isHeaderBlock(lines: readonly string[]): boolean {
  const seen = new Map<HeaderKey, string>();
  for (const line of lines.slice(0, 8)) {
    const h = headerKeyOf(line);
    if (!h) {
      if (seen.size === 0) return false;
      continue; // a wrapped To: or Cc: list
    }
    if (!seen.has(h.key)) seen.set(h.key, h.value);
  }
  const from = seen.get('from');
  const date = seen.get('date');
  if (from === undefined || date === undefined || !seen.has('subject')) return false;
  return /@|\[mailto:/.test(from) || /\d{1,2}:\d{2}/.test(date);
}

/** Whether the text is a known attribution line ("On … wrote:", "W dniu … napisał(a):", …). */
export const isAttribution = (text: string): boolean =>
  text.length <= 400 && ATTRIBUTIONS.some((re) => re.test(text));

/** Whether the line could introduce a quote that follows it directly ("Jan <j@x> napisał:"). */
export const isWeakAttribution = (text: string): boolean =>
  text.length <= 300 && (isAttribution(text) || WEAK_ATTRIBUTION.test(text));

export const isSeparator = (text: string): boolean => SEPARATOR.test(text);
export const isRule = (text: string): boolean => RULE.test(text);
export const isForwardMarker = (text: string): boolean => FORWARDS.some((re) => re.test(text));

/** RFC 3676 signature delimiter "-- " (strong) or "--" without the space (weak: short signatures only). */
export function sigDashOf(raw: string): 'strong' | 'weak' | null {
  if (/^--[ \u00a0]\s*$/.test(raw)) return 'strong';
  return /^--$/.test(raw.trim()) ? 'weak' : null;
}

const PHONE_SIGNATURE =
  /^(Sent from my\s.{2,40}|Sent from (Outlook|Mail|Yahoo Mail|Gmail|my mobile)\b.{0,40}|Get Outlook for (iOS|Android)|(Wysłane|Wysłano) z\s(mojego\s|mojej\s)?(iPhone|iPad|telefonu|smartfona|smartfonu|urządzenia|aplikacji|Android|Samsung|Galaxy|Huawei|Xiaomi|Outlook|poczty|programu|Poczta|tabletu)\S*.{0,40}|Odesláno z\s(mého\s|mé\s)?(iPhon|iPad|telefonu|mobilu|mobilního|Android|aplikace|Outlook|Samsung|Galaxy|Seznam|zařízení|Pošty)\S*.{0,40}|Von meinem\s.{2,40}\sgesendet|Gesendet (von|mit) (meinem\s)?(iPhone|iPad|Android|Samsung|Galaxy|Outlook|der|Mail|GMX|WEB\.DE|Yahoo|mobilen|Handy|Smartphone)\S*.{0,40}|Pobierz aplikację Outlook.{0,40}|Získat Outlook pro (iOS|Android)|Outlook für (iOS|Android) herunterladen)\.?$/i;

/** "Sent from my iPhone", "Wysłane z iPhone'a", "Odesláno z iPhonu", "Von meinem iPhone gesendet", … */
export const isPhoneSignature = (text: string): boolean =>
  text.length <= 80 && PHONE_SIGNATURE.test(text.trim());
