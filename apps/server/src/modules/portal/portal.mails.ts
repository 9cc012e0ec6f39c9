import type { Locale } from '@kontakt/contracts';

/** The portal's sign-in link e-mail, in the customer's language. */
export function signInLinkMail(
  locale: Locale,
  org: string,
  link: string,
  minutes: number,
): { subject: string; text: string } {
  const t = {
    en: {
      subject: `Your sign-in link to ${org}`,
      body: `Hello,\n\nto see your requests and complaints at ${org}, open this link within ${minutes} minutes:\n${link}\n\nThe link works once. If you did not ask for it, ignore this message.\n\n${org}`,
    },
    pl: {
      subject: `Link do logowania – ${org}`,
      body: `Dzień dobry,\n\naby zobaczyć swoje zgłoszenia i reklamacje w ${org}, otwórz ten link w ciągu ${minutes} minut:\n${link}\n\nLink działa jeden raz. Jeśli to nie Ty o niego prosiłeś, zignoruj tę wiadomość.\n\n${org}`,
    },
    cs: {
      subject: `Odkaz pro přihlášení – ${org}`,
      body: `Dobrý den,\n\npro zobrazení vašich požadavků a reklamací u ${org} otevřete tento odkaz do ${minutes} minut:\n${link}\n\nOdkaz funguje jen jednou. Pokud jste o něj nežádali, zprávu ignorujte.\n\n${org}`,
    },
  }[locale];
  return { subject: t.subject, text: t.body };
}
