import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PortalComplaintInput } from '@kontakt/contracts';
import { renderPortal, stubApi } from '../test/render.tsx';

const FILED = {
  ticketId: '0193a000-0000-7000-8000-0000000000aa',
  number: 31,
  jurisdiction: 'PL',
  regime: 'pl_consumer',
  receivedAt: '2026-11-02T09:00:00.000Z',
  product: { name: 'Czajnik', model: null },
  description: 'Przecieka.',
  demand: { kind: 'replacement', amount: null },
  state: 'running',
  dueDate: '2026-11-16',
  deadlineAt: '2026-11-16T23:00:00.000Z',
  timeZone: 'Europe/Warsaw',
  mustCarryOutDemand: false,
  decision: null,
  answerDeliveredAt: null,
  documents: [{ kind: 'protocol', url: '/api/portal/v1/orgs/zuraw/complaints/x/protocol.pdf' }],
};

describe('filing a complaint', () => {
  it('will not send without what the law needs, then sends the intake contract with the photo', async () => {
    const calls = stubApi((url, init) => {
      if (url.endsWith('/complaints') && init.method === 'POST') return { status: 201, body: FILED };
      if (url.endsWith(`/complaints/${FILED.ticketId}`)) return { status: 200, body: FILED };
      return undefined;
    });
    renderPortal('/zuraw/complaints/new', 'pl');
    const submit = await screen.findByRole('button', { name: 'Wyślij reklamację' });
    await userEvent.click(submit);
    expect(screen.getAllByText('Uzupełnij to pole.').length).toBeGreaterThanOrEqual(2);
    expect(calls.some((c) => c.init.method === 'POST')).toBe(false);

    await userEvent.type(screen.getByLabelText(/Produkt lub usługa/), 'Czajnik');
    await userEvent.type(screen.getByLabelText(/Co jest nie tak/), 'Przecieka.');
    await userEvent.selectOptions(screen.getByLabelText('Czego żądasz'), 'replacement');
    const photo = new File(['png'], 'czajnik.png', { type: 'image/png' });
    expect(screen.getByRole('button', { name: /Zdjęcia lub paragon/ })).toBeTruthy();
    await userEvent.upload(document.querySelector<HTMLInputElement>('input[type="file"]')!, photo);
    expect(await screen.findByText('Wybrano 1 plik')).toBeTruthy();
    await userEvent.click(submit);

    expect(await screen.findByRole('heading', { name: 'Reklamacja nr 31: Czajnik' })).toBeTruthy();
    const post = calls.find((c) => c.init.method === 'POST')!;
    const form = post.init.body as FormData;
    const input = PortalComplaintInput.parse(JSON.parse(String(form.get('complaint'))));
    expect(input).toMatchObject({
      jurisdiction: 'PL',
      regime: 'pl_consumer',
      consumer: { name: 'Zofia', email: null },
      product: { name: 'Czajnik' },
      description: 'Przecieka.',
      demand: { kind: 'replacement', amount: null },
      language: 'pl',
    });
    expect((form.getAll('files')[0] as File).name).toBe('czajnik.png');
    expect((post.init.headers as Record<string, string>)['x-csrf-token']).toBe('csrf-1');
  });
});
