import type { Locale } from '@kontakt/contracts';

/**
 * The document's words in the customer's language. Documents are rendered on the server, so
 * their texts live here rather than in the web app's locale files.
 */
export interface ProtocolLabels {
  title: Record<'pl' | 'cz', string>;
  number: string;
  received: string;
  channel: string;
  recordedBy: string;
  consumer: string;
  consumerKind: string;
  address: string;
  email: string;
  phone: string;
  product: string;
  model: string;
  serialNumber: string;
  orderNumber: string;
  purchaseDate: string;
  deliveryDate: string;
  price: string;
  proofOfPurchase: string;
  description: string;
  noticedOn: string;
  demand: string;
  demandAmount: string;
  condition: string;
  attachments: string;
  refundAccount: string;
  toldDeadline: string;
  answerChannel: string;
  rule: string;
  decision: string;
  outcome: string;
  reasons: string;
  remedy: string;
  carriedOutOn: string;
  none: string;
  values: Record<string, string>;
}

const pl: ProtocolLabels = {
  title: { pl: 'Protokół reklamacyjny', cz: 'Potwierdzenie złożenia reklamacji' },
  number: 'Numer reklamacji',
  received: 'Data i godzina przyjęcia',
  channel: 'Sposób złożenia',
  recordedBy: 'Przyjął(-ęła)',
  consumer: 'Konsument',
  consumerKind: 'Status nabywcy',
  address: 'Adres',
  email: 'E-mail',
  phone: 'Telefon',
  product: 'Towar / usługa',
  model: 'Model',
  serialNumber: 'Numer seryjny',
  orderNumber: 'Numer zamówienia',
  purchaseDate: 'Data zakupu',
  deliveryDate: 'Data dostawy',
  price: 'Cena',
  proofOfPurchase: 'Dowód zakupu',
  description: 'Opis wady',
  noticedOn: 'Data stwierdzenia wady',
  demand: 'Żądanie konsumenta',
  demandAmount: 'Kwota żądania',
  condition: 'Stan towaru i akcesoria',
  attachments: 'Załączniki',
  refundAccount: 'Rachunek do zwrotu',
  toldDeadline: 'Termin odpowiedzi',
  answerChannel: 'Sposób udzielenia odpowiedzi',
  rule: 'Podstawa terminu',
  decision: 'Rozstrzygnięcie',
  outcome: 'Decyzja',
  reasons: 'Uzasadnienie',
  remedy: 'Sposób załatwienia',
  carriedOutOn: 'Data wykonania',
  none: '—',
  values: {
    consumer: 'konsument',
    sole_trader_as_consumer: 'przedsiębiorca na prawach konsumenta',
    business: 'przedsiębiorca',
    repair: 'naprawa',
    replacement: 'wymiana',
    price_reduction: 'obniżenie ceny',
    withdrawal: 'odstąpienie od umowy i zwrot ceny',
    email: 'e-mail',
    phone: 'telefon',
    chat: 'czat',
    portal: 'portal klienta',
    in_person: 'osobiście',
    post: 'poczta',
    web_form: 'formularz internetowy',
    accepted: 'reklamacja uznana',
    rejected: 'reklamacja nieuznana',
  },
};

const cs: ProtocolLabels = {
  title: { pl: 'Protokol reklamace', cz: 'Potvrzení o reklamaci' },
  number: 'Číslo reklamace',
  received: 'Datum a čas uplatnění',
  channel: 'Způsob uplatnění',
  recordedBy: 'Přijal(a)',
  consumer: 'Spotřebitel',
  consumerKind: 'Postavení kupujícího',
  address: 'Adresa',
  email: 'E-mail',
  phone: 'Telefon',
  product: 'Zboží / služba',
  model: 'Model',
  serialNumber: 'Sériové číslo',
  orderNumber: 'Číslo objednávky',
  purchaseDate: 'Datum nákupu',
  deliveryDate: 'Datum převzetí',
  price: 'Cena',
  proofOfPurchase: 'Doklad o koupi',
  description: 'Obsah reklamace (popis vady)',
  noticedOn: 'Datum zjištění vady',
  demand: 'Požadovaný způsob vyřízení',
  demandAmount: 'Požadovaná částka',
  condition: 'Stav zboží a příslušenství',
  attachments: 'Přílohy',
  refundAccount: 'Účet pro vrácení peněz',
  toldDeadline: 'Lhůta pro vyřízení',
  answerChannel: 'Způsob vyrozumění',
  rule: 'Právní základ lhůty',
  decision: 'Vyřízení reklamace',
  outcome: 'Rozhodnutí',
  reasons: 'Odůvodnění',
  remedy: 'Způsob vyřízení',
  carriedOutOn: 'Datum provedení',
  none: '—',
  values: {
    consumer: 'spotřebitel',
    sole_trader_as_consumer: 'podnikatel jako spotřebitel',
    business: 'podnikatel',
    repair: 'oprava',
    replacement: 'výměna',
    price_reduction: 'sleva z ceny',
    withdrawal: 'odstoupení od smlouvy a vrácení ceny',
    email: 'e-mail',
    phone: 'telefon',
    chat: 'chat',
    portal: 'zákaznický portál',
    in_person: 'osobně',
    post: 'pošta',
    web_form: 'webový formulář',
    accepted: 'reklamace uznána',
    rejected: 'reklamace zamítnuta',
  },
};

const en: ProtocolLabels = {
  title: { pl: 'Complaint protocol', cz: 'Confirmation of complaint' },
  number: 'Complaint number',
  received: 'Received on',
  channel: 'Lodged by',
  recordedBy: 'Recorded by',
  consumer: 'Consumer',
  consumerKind: 'Buyer status',
  address: 'Address',
  email: 'E-mail',
  phone: 'Phone',
  product: 'Product / service',
  model: 'Model',
  serialNumber: 'Serial number',
  orderNumber: 'Order number',
  purchaseDate: 'Purchase date',
  deliveryDate: 'Delivery date',
  price: 'Price',
  proofOfPurchase: 'Proof of purchase',
  description: 'Description of the defect',
  noticedOn: 'Defect noticed on',
  demand: "Consumer's demand",
  demandAmount: 'Amount demanded',
  condition: 'Condition of goods and accessories',
  attachments: 'Attachments',
  refundAccount: 'Refund account',
  toldDeadline: 'Answer due by',
  answerChannel: 'Answer by',
  rule: 'Legal basis of the deadline',
  decision: 'Decision',
  outcome: 'Outcome',
  reasons: 'Reasons',
  remedy: 'Remedy',
  carriedOutOn: 'Carried out on',
  none: '—',
  values: {
    consumer: 'consumer',
    sole_trader_as_consumer: 'sole trader buying as a consumer',
    business: 'business',
    repair: 'repair',
    replacement: 'replacement',
    price_reduction: 'price reduction',
    withdrawal: 'withdrawal with refund',
    email: 'e-mail',
    phone: 'phone',
    chat: 'chat',
    portal: 'customer portal',
    in_person: 'in person',
    post: 'post',
    web_form: 'web form',
    accepted: 'complaint accepted',
    rejected: 'complaint rejected',
  },
};

export const PROTOCOL_LABELS: Record<Locale, ProtocolLabels> = { pl, cs, en };
