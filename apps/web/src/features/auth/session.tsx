import { useCallback, useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MeResponse } from '@kontakt/contracts';
import { getMe, logout } from '../../api/auth.ts';
import { ApiError, onUnauthenticated, setCsrfRefresher } from '../../api/client.ts';
import { currentLocale } from '../../i18n/index.ts';

/** Query key of the signed-in agent; `null` data means "not signed in". */
export const ME_KEY = ['me'] as const;

async function fetchMeOrNull(): Promise<MeResponse | null> {
  try {
    return await getMe();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** The signed-in agent and organization, or `null` when nobody is signed in. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMeOrNull, staleTime: 5 * 60_000 });
}

/** The agent, organization and token, for screens that only render when signed in. */
export function useSignedInMe(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInMe used outside RequireAuth');
  return data;
}

/** Stores a fresh `MeResponse` (after sign-in or an edit of the profile). */
export function useSetMe(): (me: MeResponse) => void {
  const queryClient = useQueryClient();
  return useCallback((me: MeResponse) => queryClient.setQueryData(ME_KEY, me), [queryClient]);
}

/** Ends the session on the server and forgets everything cached for this agent. */
export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // Signing out locally matters more than whether the server heard us.
    }
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    queryClient.setQueryData(ME_KEY, null);
  }, [queryClient]);
}

/**
 * Connects the API client to the session: a 401 anywhere signs the app out (the route guard then
 * shows the sign-in page), a stale CSRF token is refreshed from `/me`, and the agent's stored
 * language is applied when they sign in.
 */
export function SessionBridge() {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  const { data } = useMe();
  const agentId = data?.agent.id;
  const locale = data?.agent.locale;

  useEffect(() => {
    const unsubscribe = onUnauthenticated(() => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, null);
    });
    setCsrfRefresher(async () => {
      const me = await queryClient.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMeOrNull, staleTime: 0 });
      return me?.csrfToken ?? null;
    });
    return () => {
      unsubscribe();
      setCsrfRefresher(null);
    };
  }, [queryClient]);

  useEffect(() => {
    if (agentId && locale && locale !== currentLocale(i18n)) void i18n.changeLanguage(locale);
  }, [agentId, locale, i18n]);

  return null;
}
