import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComplaintCause } from '@kontakt/contracts';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const id = (n: number) => `0190a000-0000-7000-8000-0000000004${String(n).padStart(2, '0')}`;
const cause = (n: number, code: string, name: string, parentId: string | null): ComplaintCause => ({
  id: id(n),
  parentId,
  code,
  name,
  active: true,
  position: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});
const causes = [cause(1, 'quality', 'Jakość', null), cause(2, 'quality.seam', 'Szew', id(1))];

describe('admin: complaint causes', { timeout: 180_000 }, () => {
  it('shows the tree by code, adds a sub-cause under its parent and reports a taken code', async () => {
    const { calls } = mockApi({
      ...workspaceRoutes(),
      'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
      'GET /complaint-causes': { status: 200, body: { items: causes } },
      'GET /complaint-rejection-templates': { status: 200, body: { items: [] } },
      'POST /complaint-causes': [
        apiError(409, 'cause_code_taken'),
        { status: 201, body: cause(3, 'quality.seam_x', 'Inne', id(1)) },
      ],
      [`PATCH /complaint-causes/${id(2)}`]: { status: 200, body: { ...causes[1], active: false } },
    });
    const { user } = renderApp('/admin/complaint-causes');
    const tree = await screen.findByRole('list', { name: 'Complaint causes' }, { timeout: 90_000 });
    const items = within(tree).getAllByRole('listitem');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('Jakośćquality'),
      expect.stringContaining('Szewquality.seam'),
    ]);

    await user.click(within(items[0]!).getByRole('button', { name: 'Add sub-cause' }));
    const form = screen.getByRole('form', { name: 'Add a cause' });
    expect(within(form).getByText('quality.…')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /Code/ }), 'Seam!');
    expect(within(form).getByText('Lower-case letters, digits and _ only.')).toBeTruthy();
    await user.clear(within(form).getByRole('textbox', { name: /Code/ }));
    await user.type(within(form).getByRole('textbox', { name: /Code/ }), 'seam');
    await user.type(within(form).getByRole('textbox', { name: /Name/ }), 'Inne');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This cause code is already used.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      parentId: id(1),
      segment: 'seam',
      name: 'Inne',
    });

    await user.click(within(items[1]!).getByRole('switch', { name: 'Active' }));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ active: false }));
  });
});
