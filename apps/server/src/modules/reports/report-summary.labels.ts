import type { Locale } from '@kontakt/contracts';

/** The words of the scheduled report documents (PDF, XLSX) and their e-mail, per language. */
export interface SummaryLabels {
  title: string;
  period: string;
  timeZone: string;
  metric: string;
  value: string;
  na: string;
  created: string;
  solved: string;
  firstResponseMedian: string;
  firstResponseMedianBusiness: string;
  resolutionMedian: string;
  slaCompliance: string;
  backlog: string;
  reopenRate: string;
  fcr: string;
  ahtChat: string;
  serviceLevel: string;
  abandonment: string;
  occupancy: string;
  utilization: string;
  csat: string;
  nps: string;
  ces: string;
  byChannel: string;
  byQueue: string;
  count: string;
  mailSubject: (name: string, period: string) => string;
  mailBody: (name: string, period: string) => string;
}

export const SUMMARY_LABELS: Record<Locale, SummaryLabels> = {
  en: {
    title: 'Contact center report',
    period: 'Period',
    timeZone: 'Time zone',
    metric: 'Metric',
    value: 'Value',
    na: 'n/a',
    created: 'Tickets created',
    solved: 'Tickets solved',
    firstResponseMedian: 'First response time, median (calendar)',
    firstResponseMedianBusiness: 'First response time, median (business hours)',
    resolutionMedian: 'Resolution time, median (calendar)',
    slaCompliance: 'SLA compliance',
    backlog: 'Backlog at the end of the period',
    reopenRate: 'Reopen rate',
    fcr: 'First contact resolution',
    ahtChat: 'Average handle time, chat',
    serviceLevel: 'Chat service level',
    abandonment: 'Chat abandonment',
    occupancy: 'Occupancy',
    utilization: 'Utilization (of logged-in time)',
    csat: 'CSAT',
    nps: 'NPS',
    ces: 'CES',
    byChannel: 'By channel',
    byQueue: 'By queue',
    count: 'Count',
    mailSubject: (name, period) => `Report "${name}" for ${period}`,
    mailBody: (name, period) => `Attached is the scheduled report "${name}" for ${period}.`,
  },
  pl: {
    title: 'Raport centrum kontaktu',
    period: 'Okres',
    timeZone: 'Strefa czasowa',
    metric: 'Wskaźnik',
    value: 'Wartość',
    na: 'b/d',
    created: 'Utworzone zgłoszenia',
    solved: 'Rozwiązane zgłoszenia',
    firstResponseMedian: 'Czas pierwszej odpowiedzi, mediana (kalendarzowy)',
    firstResponseMedianBusiness: 'Czas pierwszej odpowiedzi, mediana (godziny pracy)',
    resolutionMedian: 'Czas rozwiązania, mediana (kalendarzowy)',
    slaCompliance: 'Zgodność z SLA',
    backlog: 'Zaległości na koniec okresu',
    reopenRate: 'Odsetek ponownie otwartych',
    fcr: 'Rozwiązane przy pierwszym kontakcie',
    ahtChat: 'Średni czas obsługi, czat',
    serviceLevel: 'Poziom obsługi czatu',
    abandonment: 'Porzucone czaty',
    occupancy: 'Obłożenie',
    utilization: 'Wykorzystanie (czasu zalogowania)',
    csat: 'CSAT',
    nps: 'NPS',
    ces: 'CES',
    byChannel: 'Według kanału',
    byQueue: 'Według kolejki',
    count: 'Liczba',
    mailSubject: (name, period) => `Raport „${name}” za ${period}`,
    mailBody: (name, period) => `W załączniku zaplanowany raport „${name}” za ${period}.`,
  },
  cs: {
    title: 'Přehled kontaktního centra',
    period: 'Období',
    timeZone: 'Časové pásmo',
    metric: 'Ukazatel',
    value: 'Hodnota',
    na: 'n/a',
    created: 'Vytvořené požadavky',
    solved: 'Vyřešené požadavky',
    firstResponseMedian: 'Doba první odpovědi, medián (kalendářní)',
    firstResponseMedianBusiness: 'Doba první odpovědi, medián (pracovní doba)',
    resolutionMedian: 'Doba vyřešení, medián (kalendářní)',
    slaCompliance: 'Plnění SLA',
    backlog: 'Nevyřízené na konci období',
    reopenRate: 'Podíl znovu otevřených',
    fcr: 'Vyřešeno při prvním kontaktu',
    ahtChat: 'Průměrná doba obsluhy, chat',
    serviceLevel: 'Úroveň služby chatu',
    abandonment: 'Opuštěné chaty',
    occupancy: 'Vytížení',
    utilization: 'Využití (času přihlášení)',
    csat: 'CSAT',
    nps: 'NPS',
    ces: 'CES',
    byChannel: 'Podle kanálu',
    byQueue: 'Podle fronty',
    count: 'Počet',
    mailSubject: (name, period) => `Přehled „${name}“ za ${period}`,
    mailBody: (name, period) => `V příloze je plánovaný přehled „${name}“ za ${period}.`,
  },
};
