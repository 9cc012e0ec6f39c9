import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ContactReason } from '../../../api/types.ts';
import { apiError, mockApi, type MockReply } from '../../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const id = (n: number) => `0190a000-0000-7000-8000-0000000003${String(n).padStart(2, '0')}`;
const reason = (n: number, name: string, parentId: string | null, position = 0): ContactReason => ({
  id: id(n),
  parentId,
  name,
  active: true,
  position,
});
const reasons = [
  reason(1, 'Payment', null),
  reason(2, 'Delivery', null),
  reason(3, 'Late', id(2)),
  reason(4, 'Refunded', id(3)),
];
const organization = {
  id: '0190a000-0000-7000-8000-0000000000aa',
  name: 'Acme s.r.o.',
  slug: 'acme',
  settings: {
    ticketsVisibleToAll: false,
    contactReasonRequiredToSolve: false,
    timeZone: 'Europe/Prague',
    defaultLocale: 'cs',
    defaultCountry: 'CZ',
  },
};

function routes(extra: Record<string, MockReply | MockReply[]> = {}) {
  return {
    ...workspaceRoutes(),
    'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
    'GET /contact-reasons': { status: 200, body: { items: reasons } },
    'GET /organization': { status: 200, body: organization },
    ...extra,
  };
}

/** The page, once its lazily loaded code and the tree are there. */
async function openTree() {
  const app = renderApp('/admin/contact-reasons');
  const tree = await screen.findByRole('list', { name: 'Reasons' }, { timeout: 30_000 });
  await within(tree).findByRole('listitem', { name: 'Reason: Delivery' });
  return { ...app, tree };
}

describe('contact reason tree', { timeout: 60_000 }, () => {
  it('nests reason › sub-reason › outcome in order and offers no fourth level', async () => {
    mockApi(routes());
    const { tree } = await openTree();
    const top = within(tree)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === tree);
    // Equal positions sort by name.
    expect(top.map((li) => li.getAttribute('aria-label'))).toEqual(['Reason: Delivery', 'Reason: Payment']);
    const late = within(top[0]!).getByRole('listitem', { name: 'Sub-reason: Late' });
    const refunded = within(late).getByRole('listitem', { name: 'Outcome: Refunded' });
    expect(within(late).getByRole('button', { name: 'Add an outcome to Late' })).toBeTruthy();
    expect(within(refunded).queryByRole('button', { name: /^Add/ })).toBeNull();
  });

  it('adds a child after its siblings', async () => {
    const created = reason(5, 'Replaced', id(3), 10);
    const { calls } = mockApi(
      routes({
        'GET /contact-reasons': [
          { status: 200, body: { items: reasons } },
          { status: 200, body: { items: [...reasons, created] } },
        ],
        'POST /contact-reasons': { status: 201, body: created },
      }),
    );
    const { user, tree } = await openTree();
    await user.click(within(tree).getByRole('button', { name: 'Add an outcome to Late' }));
    await user.type(within(tree).getByRole('textbox', { name: 'Name of the new outcome' }), 'Replaced');
    await user.click(within(tree).getByRole('button', { name: 'Add' }));

    expect(await within(tree).findByRole('listitem', { name: 'Outcome: Replaced' })).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'Replaced',
      parentId: id(3),
      position: 10,
    });
    expect(within(tree).queryByRole('textbox')).toBeNull();
  });

  it('checks a new name before sending and shows the server’s refusal next to it', async () => {
    const { calls } = mockApi(
      routes({
        [`PATCH /contact-reasons/${id(1)}`]: apiError(400, 'validation_failed', {
          issues: [{ path: ['body', 'name'], code: 'too_big', message: 'Too long' }],
        }),
      }),
    );
    const { user, tree } = await openTree();
    await user.click(within(tree).getByRole('button', { name: 'Rename Payment' }));
    const input = within(tree).getByRole('textbox', { name: 'Rename Payment' });
    await user.clear(input);
    await user.click(within(tree).getByRole('button', { name: 'Save changes' }));
    expect(await within(tree).findByText('Fill this in.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    await user.type(input, 'Payments and refunds');
    await user.click(within(tree).getByRole('button', { name: 'Save changes' }));
    expect(await within(tree).findByText('This value is not accepted.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ name: 'Payments and refunds' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });

  it('reorders siblings and deactivates a reason', async () => {
    const { calls } = mockApi(
      routes({
        [`PATCH /contact-reasons/${id(2)}`]: { status: 200, body: { ...reasons[1], position: 10 } },
        [`PATCH /contact-reasons/${id(1)}`]: { status: 200, body: { ...reasons[0], active: false } },
      }),
    );
    const { user, tree } = await openTree();
    expect(within(tree).getByRole('button', { name: 'Move Delivery up' })).toHaveProperty('disabled', true);
    await user.click(within(tree).getByRole('button', { name: 'Move Payment up' }));
    // Payment takes place 0 (its position already), Delivery moves to 10: one request.
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')).toMatchObject({
      path: `/contact-reasons/${id(2)}`,
      body: { position: 10 },
    });

    await waitFor(() =>
      expect(within(tree).getByRole('button', { name: 'Deactivate Payment' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    await user.click(within(tree).getByRole('button', { name: 'Deactivate Payment' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PATCH')[1]).toMatchObject({
      path: `/contact-reasons/${id(1)}`,
      body: { active: false },
    });
  });

  it('switches "required to solve" in the organization settings', async () => {
    const { calls } = mockApi(
      routes({
        'PATCH /organization': {
          status: 200,
          body: {
            ...organization,
            settings: { ...organization.settings, contactReasonRequiredToSolve: true },
          },
        },
      }),
    );
    const { user } = await openTree();
    const toggle = await screen.findByRole('switch', {
      name: /^A contact reason is required to solve a ticket/,
    });
    expect(toggle).toHaveProperty('checked', false);
    await user.click(toggle);
    await waitFor(() => expect(toggle).toHaveProperty('checked', true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      settings: { contactReasonRequiredToSolve: true },
    });
  });
});
