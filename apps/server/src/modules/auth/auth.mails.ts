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

/** The invitation of a new agent (or a repeated one), in the agent's language. */
export function invitationMail(
  locale: Locale,
  name: string,
  link: string,
): { subject: string; text: string } {
  const t = {
    en: {
      subject: 'Your Kontakt account is ready',
      body: `Hello ${name},\n\nan account in Kontakt has been created for you. To choose your password and sign in, open this link within three days:\n${link}\n\nIf the link has expired, ask your administrator to send a new one.\n\nKontakt`,
    },
    pl: {
      subject: 'Twoje konto w Kontakcie jest gotowe',
      body: `Dzień dobry, ${name},\n\nzałożyliśmy dla Ciebie konto w Kontakcie. Aby ustawić hasło i się zalogować, otwórz ten link w ciągu trzech dni:\n${link}\n\nJeśli link wygasł, poproś administratora o wysłanie nowego.\n\nKontakt`,
    },
    cs: {
      subject: 'Váš účet v Kontaktu je připraven',
      body: `Dobrý den, ${name},\n\nv Kontaktu pro vás byl založen účet. Heslo si nastavíte a přihlásíte se otevřením tohoto odkazu do tří dnů:\n${link}\n\nPokud platnost odkazu vypršela, požádejte správce o zaslání nového.\n\nKontakt`,
    },
  }[locale];
  return { subject: t.subject, text: t.body };
}
