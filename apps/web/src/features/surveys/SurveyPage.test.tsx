import { screen, within } from '@testing-library/react';
import type { PublicSurvey } from '@kontakt/contracts';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../../test/api-mock.ts';
import { renderApp } from '../../test/render-app.tsx';
import { ApiError } from '../../api/client.ts';
import { problemKey } from './survey-problems.ts';
import { tokenLanguage } from './survey-token.ts';

/** A token shaped like the server's (38-byte payload, language in byte 33) — the server checks the signature. */
function token(language: 0 | 1 | 2) {
  const b = Buffer.alloc(38, 1);
  b.writeUInt8(language, 33);
  return `${b.toString('base64url')}c2lnbmF0dXJlLXNpZ25hdHVyZQ`;
}

const csat: PublicSurvey = {
  kind: 'csat',
  language: 'en',
  question: 'How satisfied are you with how we handled your request?',
  commentPrompt: 'Anything you would like to add?',
  thankYou: 'Thank you for your answer!',
  min: 1,
  max: 5,
  answer: null,
  expiresAt: '2026-12-01T00:00:00Z',
};

describe('the public survey page', { timeout: 120_000 }, () => {
  it('reads the language from the token', () => {
    expect(tokenLanguage(token(0))).toBe('pl');
    expect(tokenLanguage(token(1))).toBe('cs');
    expect(tokenLanguage('garbage')).toBeNull();
  });

  it('opens without signing in, offers accessible score buttons, and saves the answer with a comment', async () => {
    const t = token(2);
    const { calls } = mockApi({
      'GET /me': apiError(401, 'unauthenticated'),
      [`GET /public/surveys/${t}`]: { status: 200, body: csat },
      [`PUT /public/surveys/${t}/answer`]: {
        status: 200,
        body: { ...csat, answer: { score: 4, comment: 'Quick' } },
      },
    });
    const { user, location } = renderApp(`/survey/${t}`);
    const group = await screen.findByRole('radiogroup', { name: csat.question }, { timeout: 30_000 });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
      '1 of 5',
      '2 of 5',
      '3 of 5',
      '4 of 5',
      '5 of 5',
    ]);
    expect(location()).toBe(`/survey/${t}`);

    await user.click(screen.getByRole('button', { name: 'Send answer' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a score first.');

    await user.click(within(group).getByRole('radio', { name: '3 of 5' }));
    await user.keyboard('{ArrowRight}');
    expect(within(group).getByRole('radio', { name: '4 of 5' }).getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement?.getAttribute('aria-label')).toBe('4 of 5');
    await user.type(screen.getByRole('textbox', { name: csat.commentPrompt }), 'Quick');
    await user.click(screen.getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByRole('heading', { name: 'Thank you for your answer!' })).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ score: 4, comment: 'Quick' });
    await user.click(screen.getByRole('button', { name: 'Change my answer' }));
    expect(screen.getByRole('radio', { name: '4 of 5' }).getAttribute('aria-checked')).toBe('true');
  });

  it.each([
    { code: 'survey_link_expired', status: 410, key: 'survey.expired' },
    { code: 'survey_link_invalid', status: 400, key: 'survey.invalid' },
    { code: 'survey_not_found', status: 404, key: 'survey.notFound' },
    { code: 'rate_limited', status: 429, key: 'survey.tooMany' },
    { code: 'internal', status: 500, key: 'survey.failed' },
  ] as const)('explains $code to the customer', ({ code, status, key }) => {
    expect(problemKey(new ApiError(status, code, ''))).toBe(key);
  });
});
