import type { Locale } from '@kontakt/contracts';

/** The password-reset e-mail in the agent's language. */
export function resetMail(locale: Locale, name: string, link: string): { subject: string; text: string } {
  const t = {
    en: {
      subject: 'Reset your Kontakt password',
      body: `Hello ${name},\n\nto choose a new password, open this link within one hour:\n${link}\n\nIf you did not ask for it, ignore this message; your password stays as it is.\n\nKontakt`,
    },
    pl: {
      subject: 'Ustaw nowe hasło do Kontaktu',
      body: `Dzień dobry, ${name},\n\naby ustawić nowe hasło, otwórz ten link w ciągu godziny:\n${link}\n\nJeśli to nie Ty prosiłeś o zmianę, zignoruj tę wiadomość – hasło pozostanie bez zmian.\n\nKontakt`,
    },
    cs: {
      subject: 'Nastavte si nové heslo do Kontaktu',
      body: `Dobrý den, ${name},\n\nnové heslo si nastavíte otevřením tohoto odkazu do jedné hodiny:\n${link}\n\nPokud jste o změnu nežádali, zprávu ignorujte – heslo zůstane beze změny.\n\nKontakt`,
    },
  }[locale];
  return { subject: t.subject, text: t.body };
}
