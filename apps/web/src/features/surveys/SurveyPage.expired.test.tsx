import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { renderApp } from '../../test/render-app.tsx';

/** A token shaped like the server's, made for Polish (byte 33 = 0); its signature is the server's business. */
const token = () => {
  const b = Buffer.alloc(38, 1);
  b.writeUInt8(0, 33);
  return `${b.toString('base64url')}c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
};

describe('an expired survey link', { timeout: 120_000 }, () => {
  it('shows a clear page in the language of the link, without the form', async () => {
    const t = token();
    mockApi({
      'GET /me': apiError(401, 'unauthenticated'),
      [`GET /public/surveys/${t}`]: apiError(410, 'survey_link_expired'),
    });
    renderApp(`/survey/${t}`);
    const message = await screen.findByText(
      'Link do ankiety wygasł. Dziękujemy za zainteresowanie.',
      {},
      { timeout: 30_000 },
    );
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByRole('heading', { name: 'Ankieta dla klienta' })).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });
});
