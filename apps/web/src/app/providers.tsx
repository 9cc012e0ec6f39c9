import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { SessionBridge } from '../features/auth/session.tsx';
import { colorSchemeManager, cssVariablesResolver, theme } from '../features/theme/theme.ts';

/** Retries only what may succeed on a second try: network trouble and 5xx, never 4xx. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) =>
          count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

interface AppProvidersProps {
  i18n: I18n;
  queryClient: QueryClient;
  /** `test` turns off Mantine's transitions and portals, so dropdowns open at once in jsdom. */
  env?: 'default' | 'test';
  children: ReactNode;
}

/** Everything a screen needs around it: theme, translations, server state and the session bridge. */
export function AppProviders({ i18n, queryClient, env = 'default', children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          colorSchemeManager={colorSchemeManager}
          defaultColorScheme="auto"
          env={env}
        >
          <SessionBridge />
          {children}
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
