import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import type { Locale } from '@kontakt/contracts';
import { PortalRoutes, Providers, createQueryClient } from '../App.tsx';
import { createI18n } from '../i18n/index.ts';

export const ORG = { name: 'Sklep Żuraw', slug: 'zuraw', defaultLocale: 'pl', timeZone: 'Europe/Warsaw' };
export const ME = {
  name: 'Zofia',
  email: 'zofia@example.test',
  language: 'pl',
  csrfToken: 'csrf-1',
  organization: ORG,
  sections: { orders: false, returns: false },
};

type Handler = (url: string, init: RequestInit) => { status: number; body?: unknown } | undefined;

/** A fake API: each call goes to `handler`; `/orgs/zuraw` and `/me` answer by default. */
export function stubApi(handler: Handler, opts: { signedIn?: boolean } = {}) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    const hit =
      handler(url, init) ??
      (url.endsWith('/orgs/zuraw')
        ? { status: 200, body: ORG }
        : url.endsWith('/me')
          ? opts.signedIn === false
            ? { status: 401, body: { error: { code: 'unauthenticated', message: 'x' } } }
            : { status: 200, body: ME }
          : { status: 404, body: { error: { code: 'not_found', message: 'x' } } });
    return new Response(hit.status === 204 ? null : JSON.stringify(hit.body), {
      status: hit.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

export function renderPortal(path: string, lng: Locale = 'en') {
  return render(
    <Providers i18n={createI18n(lng)} queryClient={createQueryClient()} env="test">
      <MemoryRouter initialEntries={[path]}>
        <PortalRoutes />
      </MemoryRouter>
    </Providers>,
  );
}
