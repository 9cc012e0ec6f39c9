import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi, type MockReply } from '../../test/api-mock.ts';
import { buildTicket, workspaceRoutes } from '../../test/factories.ts';
import { renderApp } from '../../test/render-app.tsx';

const ticket = buildTicket(7, { priority: 'normal', status: 'open' });
const path = `/tickets/${ticket.id}`;

function routes(patch: MockReply) {
  return {
    ...workspaceRoutes(),
    [`GET ${path}`]: { status: 200, body: ticket },
    [`GET ${path}/timeline`]: { status: 200, body: { items: [] } },
    'GET /tickets': { status: 200, body: { items: [], nextCursor: null } },
    [`PATCH ${path}`]: patch,
  };
}

async function choosePriority(user: ReturnType<typeof renderApp>['user'], label: string) {
  const panel = await screen.findByRole('region', { name: 'Properties' });
  await user.click(within(panel).getByRole('textbox', { name: 'Priority' }));
  await user.click(await screen.findByRole('option', { name: label }));
  return panel;
}

describe('ticket properties', { timeout: 30_000 }, () => {
  it('saves a change at once with the version it was based on', async () => {
    const { calls } = mockApi(routes({ status: 200, body: { ...ticket, priority: 'high', version: 2 } }));
    const { user } = renderApp(path);
    await choosePriority(user, 'High');
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ priority: 'high', version: 1 });
    expect((screen.getByRole('textbox', { name: 'Priority' }) as HTMLInputElement).value).toBe('High');
  });

  it('on 409 keeps the colleague’s change, shows their values and reloads on request', async () => {
    const current = { ...ticket, priority: 'low', status: 'pending_customer', version: 3 };
    let patched = false;
    mockApi({
      ...routes(apiError(409, 'conflict', { current })),
      // The server has the colleague's version from the moment the PATCH lost the race.
      [`GET ${path}`]: () => ({ status: 200, body: patched ? current : ticket }),
      [`PATCH ${path}`]: () => {
        patched = true;
        return apiError(409, 'conflict', { current });
      },
    });
    const { user } = renderApp(path);
    const panel = await choosePriority(user, 'Urgent');
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toContain('Changed by someone else — reload');
    expect(alert.textContent).toContain('Priority: Low (you chose Urgent)');
    // Rolled back, not overwritten: the form shows what was read until the agent reloads.
    const priority = within(panel).getByRole('textbox', { name: 'Priority' }) as HTMLInputElement;
    expect(priority.value).toBe('Normal');
    expect(priority.disabled).toBe(true);
    await user.click(within(alert).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(within(panel).queryByRole('alert')).toBeNull());
    expect((within(panel).getByRole('textbox', { name: 'Priority' }) as HTMLInputElement).value).toBe('Low');
    expect((within(panel).getByRole('textbox', { name: 'Status' }) as HTMLInputElement).value).toBe(
      'Waiting for customer',
    );
  });

  it('rolls back and says why when the server refuses the change', async () => {
    mockApi(routes(apiError(403, 'forbidden')));
    const { user } = renderApp(path);
    const panel = await choosePriority(user, 'High');
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toBe('Not saved: You do not have permission to do this.');
    expect((within(panel).getByRole('textbox', { name: 'Priority' }) as HTMLInputElement).value).toBe(
      'Normal',
    );
  });
});
