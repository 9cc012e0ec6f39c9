import type { ComplaintRegime, Locale } from '@kontakt/contracts';

/** The decision letter's own words (field labels and values come from the protocol's labels). */
export interface LetterLabels {
  title: string;
  subject: (number: number) => string;
  dear: (name: string) => string;
  intro: (number: number, received: string) => string;
  accepted: string;
  rejected: string;
  refundDue: string;
  date: string;
  statutes: string;
  /** The law behind the answer, per regime. */
  law: Record<ComplaintRegime, string>;
  /** The remedy rules (PL art. 43d–43e, CZ §2169–2172 OZ). */
  remedyLaw: Record<'PL' | 'CZ', string>;
  /** CZ §19(5): what the settlement confirmation must say. */
  czSettlement: string;
  /** The e-mail that carries the letter. */
  mailBody: (number: number) => string;
  filename: (number: number) => string;
}

const pl: LetterLabels = {
  title: 'Odpowiedź na reklamację',
  subject: (n) => `Odpowiedź na reklamację nr ${n}`,
  dear: (name) => `Szanowna Pani / Szanowny Panie ${name},`,
  intro: (n, r) => `odpowiadamy na reklamację nr ${n} złożoną ${r}.`,
  accepted: 'Reklamację uznajemy.',
  rejected: 'Reklamacji nie uznajemy z następujących przyczyn:',
  refundDue: 'Termin zwrotu środków',
  date: 'Data odpowiedzi',
  statutes: 'Podstawa prawna',
  law: {
    pl_consumer: 'Ustawa o prawach konsumenta, art. 7a (odpowiedź w terminie 14 dni)',
    pl_financial: 'Ustawa o rozpatrywaniu reklamacji przez podmioty rynku finansowego, art. 6–8',
    cz_consumer: 'Zákon o ochraně spotřebitele, § 19 odst. 3 a 5',
  },
  remedyLaw: {
    PL: 'Ustawa o prawach konsumenta, art. 43d–43f (naprawa, wymiana, obniżenie ceny, odstąpienie; zwrot w 14 dni)',
    CZ: 'Občanský zákoník, § 2169–2172',
  },
  czSettlement: 'Potwierdzenie załatwienia reklamacji (§ 19 ust. 5): data i sposób załatwienia.',
  mailBody: (n) =>
    `W załączniku przesyłamy odpowiedź na reklamację nr ${n} (PDF). Ta wiadomość stanowi odpowiedź na trwałym nośniku.`,
  filename: (n) => `odpowiedz-na-reklamacje-${n}.pdf`,
};

const cs: LetterLabels = {
  title: 'Vyřízení reklamace',
  subject: (n) => `Vyřízení reklamace č. ${n}`,
  dear: (name) => `Vážená paní / vážený pane ${name},`,
  intro: (n, r) => `sdělujeme Vám vyřízení reklamace č. ${n} uplatněné ${r}.`,
  accepted: 'Reklamaci uznáváme.',
  rejected: 'Reklamaci zamítáme z těchto důvodů:',
  refundDue: 'Lhůta pro vrácení peněz',
  date: 'Datum vyřízení',
  statutes: 'Právní předpisy',
  law: {
    pl_consumer: 'Ustawa o prawach konsumenta, art. 7a',
    pl_financial: 'Ustawa o rozpatrywaniu reklamacji przez podmioty rynku finansowego, art. 6–8',
    cz_consumer: 'Zákon o ochraně spotřebitele, § 19 odst. 3 a 5 (vyřízení do 30 dnů)',
  },
  remedyLaw: {
    PL: 'Ustawa o prawach konsumenta, art. 43d–43f',
    CZ: 'Občanský zákoník, § 2169–2172 (oprava, výměna, sleva, odstoupení od smlouvy)',
  },
  czSettlement: 'Potvrzení o vyřízení reklamace (§ 19 odst. 5): datum a způsob vyřízení.',
  mailBody: (n) =>
    `V příloze zasíláme vyřízení reklamace č. ${n} (PDF). Tato zpráva je odpovědí na trvalém nosiči dat.`,
  filename: (n) => `vyrizeni-reklamace-${n}.pdf`,
};

const en: LetterLabels = {
  title: 'Decision on your complaint',
  subject: (n) => `Decision on complaint no. ${n}`,
  dear: (name) => `Dear ${name},`,
  intro: (n, r) => `this is our answer to complaint no. ${n}, received ${r}.`,
  accepted: 'We accept the complaint.',
  rejected: 'We reject the complaint for the following reasons:',
  refundDue: 'Refund due by',
  date: 'Date of the answer',
  statutes: 'Statutory references',
  law: {
    pl_consumer: 'Polish Consumer Rights Act, art. 7a (answer within 14 days)',
    pl_financial: 'Polish Act on complaints in the financial sector, art. 6–8',
    cz_consumer: 'Czech Consumer Protection Act, § 19(3) and (5) (settlement within 30 days)',
  },
  remedyLaw: {
    PL: 'Polish Consumer Rights Act, art. 43d–43f (repair, replacement, price reduction, withdrawal; refund within 14 days)',
    CZ: 'Czech Civil Code, § 2169–2172',
  },
  czSettlement: 'Confirmation of settlement (§ 19(5)): the date and method of settlement.',
  mailBody: (n) =>
    `Please find attached our decision on complaint no. ${n} (PDF). This message is our answer on a durable medium.`,
  filename: (n) => `complaint-decision-${n}.pdf`,
};

export const LETTER_LABELS: Record<Locale, LetterLabels> = { pl, cs, en };
