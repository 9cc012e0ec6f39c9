import { describe, expect, it } from 'vitest';
import { extractText, getDocumentProxy } from 'unpdf';
import { startTestKontakt } from '../../../test/harness.ts';
import { orgWithAdmin } from '../../../test/factories.ts';
import { complaintsWorld, czComplaint, openTicket, plComplaint } from './complaints.test-kit.ts';

const k = await startTestKontakt();
const w = await complaintsWorld(k);
const RECEIVED = '2026-11-02T08:00:00Z';

async function complaintWith(body: object) {
  const t = await openTicket(k, w.agent, w.queue.id, w.agentRow.id);
  const res = await w.send('POST', w.agent, `/tickets/${t.id}/complaint`, body);
  expect(res.statusCode, res.body).toBe(201);
  return { ticketId: t.id, number: t.number as number };
}

/** The PDF's text, whitespace (including no-break spaces) folded to single spaces. */
async function pdfText(ticketId: string, s = w.agent) {
  const res = await w.get(s, `/tickets/${ticketId}/complaint/protocol.pdf`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const pdf = await getDocumentProxy(new Uint8Array(res.rawPayload));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/gu, ' ');
}

describe('complaint protocol PDF', () => {
  it('PL: every protocol field in Polish, with Polish letters intact', async () => {
    const c = await complaintWith(
      plComplaint(RECEIVED, {
        consumer: {
          name: 'Zofia Łukasiewicz',
          email: 'zofia@example.test',
          phone: '+48 600 100 200',
          address: 'ul. Źródlana 5, Łódź',
        },
        refundAccount: 'PL61 1090 1014 0000 0712 1981 2874',
        proofOfPurchase: 'Paragon 17/2026',
      }),
    );
    const text = await pdfText(c.ticketId);
    for (const expected of [
      'Protokół reklamacyjny',
      `Numer reklamacji ${c.number}`,
      'Data i godzina przyjęcia 2 listopada 2026',
      'Sposób złożenia telefon',
      'Konsument Zofia Łukasiewicz',
      'Status nabywcy konsument',
      'Adres ul. Źródlana 5, Łódź',
      'E-mail zofia@example.test',
      'Telefon +48 600 100 200',
      'Towar / usługa Pralka Żuraw 7 kg',
      'Model ZW-700',
      'Numer seryjny SN-1',
      'Numer zamówienia ZAM-2026-77',
      'Data zakupu 1 września 2026',
      'Data dostawy 3 września 2026',
      'Cena 1899,00 zł',
      'Dowód zakupu Paragon 17/2026',
      'Opis wady Pralka nie wiruje, bęben stoi.',
      'Data stwierdzenia wady 30 października 2026',
      'Żądanie konsumenta naprawa',
      'Stan towaru i akcesoria Kompletna, bez śladów użytkowania.',
      'Rachunek do zwrotu PL61 1090 1014 0000 0712 1981 2874',
      'Termin odpowiedzi 16 listopada 2026',
      'Sposób udzielenia odpowiedzi e-mail',
      'Ustawa o prawach konsumenta, art. 7a (pl_consumer_complaint, 2023-01-01)',
    ])
      expect(text).toContain(expected);
  });

  it('CZ: the confirmation in Czech with the four §19(2) fields, and the decision once made', async () => {
    const c = await complaintWith(czComplaint(RECEIVED));
    const text = await pdfText(c.ticketId);
    for (const expected of [
      'Potvrzení o reklamaci',
      'Datum a čas uplatnění 2. listopadu 2026',
      'Obsah reklamace (popis vady) Pračka neždímá.',
      'Požadovaný způsob vyřízení oprava',
      'Spotřebitel Jiří Dvořák',
      'E-mail jiri@example.test',
      'Lhůta pro vyřízení 2. prosince 2026',
      'Zákon o ochraně spotřebitele, § 19',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('Vyřízení reklamace');
    const decided = await w.send('POST', w.agent, `/tickets/${c.ticketId}/complaint/decision`, {
      version: 1,
      outcome: 'rejected',
      reasons: 'Vada vznikla nesprávným používáním – ždímání přetíženého bubnu.',
      answerChannel: 'email',
      rootCauseCode: 'usage.overload',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const after = await pdfText(c.ticketId);
    expect(after).toContain('Vyřízení reklamace');
    expect(after).toContain('Rozhodnutí reklamace zamítnuta');
    expect(after).toContain('Odůvodnění Vada vznikla nesprávným používáním – ždímání přetíženého bubnu.');
  });

  it('English for an English-speaking customer; hidden from other organizations', async () => {
    const c = await complaintWith(plComplaint(RECEIVED, { language: 'en' }));
    const text = await pdfText(c.ticketId);
    expect(text).toContain('Complaint protocol');
    expect(text).toContain("Consumer's demand repair");
    expect(text).toContain('Answer due by 16 November 2026');
    const other = await orgWithAdmin(k);
    expect((await w.get(other.session, `/tickets/${c.ticketId}/complaint/protocol.pdf`)).statusCode).toBe(
      404,
    );
  });
});
