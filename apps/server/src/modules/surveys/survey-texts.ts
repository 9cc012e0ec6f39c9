import type { Locale, SurveyKind } from '@kontakt/contracts';

/** The texts of a survey in one language (stored per organization, or built in). */
export interface SurveyTexts {
  question: string;
  commentPrompt: string;
  thankYou: string;
  emailSubject: string;
  emailBody: string;
}

const COMMON: Record<Locale, Pick<SurveyTexts, 'commentPrompt' | 'thankYou'>> = {
  en: { commentPrompt: 'Anything you would like to add? (optional)', thankYou: 'Thank you for your answer!' },
  pl: { commentPrompt: 'Chcesz coś dodać? (opcjonalnie)', thankYou: 'Dziękujemy za odpowiedź!' },
  cs: { commentPrompt: 'Chcete něco dodat? (nepovinné)', thankYou: 'Děkujeme za odpověď!' },
};

const QUESTIONS: Record<SurveyKind, Record<Locale, string>> = {
  csat: {
    en: 'How satisfied are you with how we handled your request?',
    pl: 'Jak oceniasz obsługę Twojego zgłoszenia?',
    cs: 'Jak jste spokojeni s vyřízením vašeho požadavku?',
  },
  nps: {
    en: 'How likely are you to recommend us to a friend or colleague?',
    pl: 'Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?',
    cs: 'Jak pravděpodobně byste nás doporučili známému?',
  },
  ces: {
    en: 'How easy was it to get your issue resolved?',
    pl: 'Jak łatwo było załatwić Twoją sprawę?',
    cs: 'Jak snadné bylo vyřešit váš požadavek?',
  },
};

const MAIL: Record<Locale, { subject: string; csatSubject: string; body: string }> = {
  en: {
    csatSubject: 'How did we do? [#{{ticketNumber}}]',
    subject: 'A quick question for you',
    body: 'Hello {{customerName}},\n\nwe would like to know your opinion. It takes one click:\n\n{{link}}\n\nThank you.',
  },
  pl: {
    csatSubject: 'Jak nam poszło? [#{{ticketNumber}}]',
    subject: 'Krótkie pytanie do Ciebie',
    body: 'Dzień dobry {{customerName}},\n\nchcemy poznać Twoją opinię. To zajmie jedno kliknięcie:\n\n{{link}}\n\nDziękujemy.',
  },
  cs: {
    csatSubject: 'Jak jsme si vedli? [#{{ticketNumber}}]',
    subject: 'Krátká otázka pro vás',
    body: 'Dobrý den {{customerName}},\n\nrádi bychom znali váš názor. Stačí jedno kliknutí:\n\n{{link}}\n\nDěkujeme.',
  },
};

/** The built-in texts of a kind in a language. */
export function defaultTexts(kind: SurveyKind, language: Locale): SurveyTexts {
  const mail = MAIL[language];
  return {
    question: QUESTIONS[kind][language],
    ...COMMON[language],
    emailSubject: kind === 'csat' ? mail.csatSubject : mail.subject,
    emailBody: mail.body,
  };
}

/** Fills `{{name}}` placeholders; unknown ones are left as written. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (all, name: string) => values[name] ?? all);
}
