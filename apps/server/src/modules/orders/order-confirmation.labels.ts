import type { Locale } from '@kontakt/contracts';

/** The texts of the order confirmation (PDF and e-mail) in the customer's language. */
export interface ConfirmationLabels {
  title: string;
  subject: (n: number, org: string) => string;
  greeting: (name: string | null) => string;
  body: string;
  closing: string;
  number: string;
  date: string;
  customer: string;
  product: string;
  sku: string;
  quantity: string;
  unitGross: string;
  vat: string;
  lineNet: string;
  lineGross: string;
  netTotal: string;
  vatTotal: string;
  grossTotal: string;
  delivery: string;
  payment: string;
  note: string;
  values: Record<string, string>;
}

export const CONFIRMATION_LABELS: Record<Locale, ConfirmationLabels> = {
  pl: {
    title: 'Potwierdzenie zamówienia',
    subject: (n, org) => `Potwierdzenie zamówienia nr ${n} – ${org}`,
    greeting: (name) => (name ? `Dzień dobry, ${name},` : 'Dzień dobry,'),
    body: 'dziękujemy za zamówienie. Potwierdzamy jego przyjęcie; szczegóły znajdują się w załączonym dokumencie PDF.',
    closing: 'Z poważaniem',
    number: 'Numer zamówienia',
    date: 'Data potwierdzenia',
    customer: 'Zamawiający',
    product: 'Produkt lub usługa',
    sku: 'Kod (SKU)',
    quantity: 'Ilość',
    unitGross: 'Cena jedn. brutto',
    vat: 'VAT',
    lineNet: 'Wartość netto',
    lineGross: 'Wartość brutto',
    netTotal: 'Razem netto',
    vatTotal: 'Razem VAT',
    grossTotal: 'Do zapłaty (brutto)',
    delivery: 'Dostawa',
    payment: 'Płatność',
    note: 'Uwagi',
    values: {
      courier: 'kurier',
      parcel_locker: 'paczkomat',
      post: 'poczta',
      pickup: 'odbiór osobisty',
      electronic: 'elektronicznie',
      card: 'karta płatnicza',
      transfer: 'przelew',
      cash_on_delivery: 'za pobraniem',
      blik: 'BLIK',
      invoice: 'faktura z odroczonym terminem',
      other: 'inna',
      pending: 'oczekuje na płatność',
      paid: 'opłacone',
      refunded: 'zwrócone',
      failed: 'nieudana',
    },
  },
  cs: {
    title: 'Potvrzení objednávky',
    subject: (n, org) => `Potvrzení objednávky č. ${n} – ${org}`,
    greeting: (name) => (name ? `Dobrý den, ${name},` : 'Dobrý den,'),
    body: 'děkujeme za objednávku. Potvrzujeme její přijetí; podrobnosti najdete v přiloženém dokumentu PDF.',
    closing: 'S pozdravem',
    number: 'Číslo objednávky',
    date: 'Datum potvrzení',
    customer: 'Objednatel',
    product: 'Zboží nebo služba',
    sku: 'Kód (SKU)',
    quantity: 'Množství',
    unitGross: 'Cena za kus s DPH',
    vat: 'DPH',
    lineNet: 'Bez DPH',
    lineGross: 'S DPH',
    netTotal: 'Celkem bez DPH',
    vatTotal: 'DPH celkem',
    grossTotal: 'Celkem k úhradě',
    delivery: 'Doprava',
    payment: 'Platba',
    note: 'Poznámka',
    values: {
      courier: 'kurýr',
      parcel_locker: 'výdejní box',
      post: 'pošta',
      pickup: 'osobní odběr',
      electronic: 'elektronicky',
      card: 'platební karta',
      transfer: 'bankovní převod',
      cash_on_delivery: 'dobírka',
      blik: 'BLIK',
      invoice: 'faktura se splatností',
      other: 'jiná',
      pending: 'čeká na platbu',
      paid: 'zaplaceno',
      refunded: 'vráceno',
      failed: 'nezdařila se',
    },
  },
  en: {
    title: 'Order confirmation',
    subject: (n, org) => `Order confirmation no. ${n} – ${org}`,
    greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
    body: 'thank you for your order. We confirm that we have accepted it; the details are in the attached PDF.',
    closing: 'Kind regards',
    number: 'Order number',
    date: 'Confirmed on',
    customer: 'Customer',
    product: 'Product or service',
    sku: 'SKU',
    quantity: 'Qty',
    unitGross: 'Unit price incl. VAT',
    vat: 'VAT',
    lineNet: 'Net',
    lineGross: 'Gross',
    netTotal: 'Total net',
    vatTotal: 'Total VAT',
    grossTotal: 'Total to pay (gross)',
    delivery: 'Delivery',
    payment: 'Payment',
    note: 'Note',
    values: {
      courier: 'courier',
      parcel_locker: 'parcel locker',
      post: 'post',
      pickup: 'personal pick-up',
      electronic: 'electronic',
      card: 'card',
      transfer: 'bank transfer',
      cash_on_delivery: 'cash on delivery',
      blik: 'BLIK',
      invoice: 'invoice with payment terms',
      other: 'other',
      pending: 'awaiting payment',
      paid: 'paid',
      refunded: 'refunded',
      failed: 'failed',
    },
  },
};
