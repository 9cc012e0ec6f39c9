import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';
import { buildComplaint } from './test-complaint.ts';

const ticket = buildTicket(42, { type: 'complaint', language: 'pl' });
const path = `/tickets/${ticket.id}`;

describe('the protocol e-mailed to the consumer', { timeout: 180_000 }, () => {
  it('is sent from the complaint panel and says where it went; a failure is told', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      [`GET ${path}`]: { status: 200, body: ticket },
      [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
      'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
      'GET /complaint-causes': { status: 200, body: { items: [] } },
      'GET /complaint-rejection-templates': { status: 200, body: { items: [] } },
      [`GET ${path}/complaint`]: { status: 200, body: buildComplaint(42) },
      [`POST ${path}/complaint/protocol/send`]: [
        apiError(409, 'no_recipient', { field: 'to' }),
        {
          status: 202,
          body: { messageId: '0190a000-0000-7000-8000-000000000999', recipient: 'jan@example.pl' },
        },
      ],
    });
    const { user } = renderApp(path);
    const button = await screen.findByRole(
      'button',
      { name: 'E-mail the protocol to the customer' },
      { timeout: 90_000 },
    );
    await user.click(button);
    expect(await screen.findByText(/e-mail/i, { selector: '[role="alert"]' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'E-mail the protocol to the customer' }));
    expect(await screen.findByText('Sent to jan@example.pl')).toBeTruthy();
    await waitFor(() =>
      expect(
        calls.filter((c) => c.method === 'POST' && c.path === `${path}/complaint/protocol/send`),
      ).toHaveLength(2),
    );
  });
});
