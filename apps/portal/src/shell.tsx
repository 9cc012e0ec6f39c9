import { createContext, useContext, useEffect, type ReactNode } from 'react';
import {
  Anchor,
  Alert,
  Box,
  Button,
  Container,
  Group,
  Loader,
  NativeSelect,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import type { Locale, PortalMe, PortalOrganization } from '@kontakt/contracts';
import { ApiError, orgPath, request, setCsrfToken } from './api.ts';
import { LOCALE_NAMES, LOCALES, currentLocale, isLocale } from './i18n/index.ts';

interface PortalState {
  slug: string;
  org: PortalOrganization;
  /** The signed-in customer, or null. */
  me: PortalMe | null;
  locale: Locale;
}

const PortalContext = createContext<PortalState | null>(null);

export function usePortal(): PortalState {
  const value = useContext(PortalContext);
  if (!value) throw new Error('usePortal outside the portal shell');
  return value;
}

export const meKey = (slug: string) => ['portal', slug, 'me'];

/** The signed-in customer of this portal, or null when nobody is (401). */
export function useMe(slug: string) {
  return useQuery({
    queryKey: meKey(slug),
    queryFn: async () => {
      try {
        const me = await request<PortalMe>(orgPath(slug, '/me'));
        setCsrfToken(me.csrfToken);
        return me;
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
  });
}

function LanguageSwitch({ slug, signedIn }: { slug: string; signedIn: boolean }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (language: Locale) =>
      request<PortalMe>(orgPath(slug, '/me'), { method: 'PATCH', json: { language } }),
    onSuccess: (me) => qc.setQueryData(meKey(slug), me),
  });
  return (
    <NativeSelect
      aria-label={t('shell.language')}
      size="xs"
      value={currentLocale(i18n)}
      data={LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] }))}
      onChange={(e) => {
        const next = e.currentTarget.value;
        if (!isLocale(next)) return;
        void i18n.changeLanguage(next);
        if (signedIn) save.mutate(next);
      }}
    />
  );
}

function Header({ state }: { state: PortalState }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => request<void>(orgPath(state.slug, '/sign-out'), { method: 'POST' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.setQueryData(meKey(state.slug), null);
    },
  });
  const base = `/${state.slug}`;
  return (
    <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
      <Container size="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={base} underline="never" c="dark">
            <Text fw={600}>{state.org.name}</Text>
          </Anchor>
          <Group gap="sm" wrap="wrap" component="nav" aria-label={t('shell.navigation')}>
            {state.me && (
              <>
                <Anchor component={Link} to={base}>
                  {t('shell.requests')}
                </Anchor>
                <Anchor component={Link} to={`${base}/complaints`}>
                  {t('shell.complaints')}
                </Anchor>
                {state.me.sections.orders && (
                  <Anchor component={Link} to={`${base}/orders`}>
                    {t('shell.orders')}
                  </Anchor>
                )}
                {state.me.sections.returns && (
                  <Anchor component={Link} to={`${base}/returns`}>
                    {t('shell.returns')}
                  </Anchor>
                )}
              </>
            )}
            <LanguageSwitch slug={state.slug} signedIn={!!state.me} />
            {state.me && (
              <Button variant="subtle" size="xs" onClick={() => signOut.mutate()} loading={signOut.isPending}>
                {t('shell.signOut')}
              </Button>
            )}
          </Group>
        </Group>
      </Container>
    </Box>
  );
}

/** The portal of one organization: its header, the signed-in customer and the page. */
export function OrgShell() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation();
  const org = useQuery({
    queryKey: ['portal', slug, 'org'],
    queryFn: () => request<PortalOrganization>(orgPath(slug)),
  });
  const me = useMe(slug);
  const meLanguage = me.data?.language;
  useEffect(() => {
    if (meLanguage && meLanguage !== currentLocale(i18n)) void i18n.changeLanguage(meLanguage);
  }, [meLanguage, i18n]);
  useEffect(() => {
    if (org.data) document.title = org.data.name;
  }, [org.data]);

  if (org.isPending || me.isPending)
    return (
      <Container size="md" py="xl">
        <Loader aria-label={t('common.loading')} />
      </Container>
    );
  if (org.isError)
    return (
      <Container size="md" py="xl">
        <Title order={1} size="h3">
          {t('shell.noPortal')}
        </Title>
      </Container>
    );
  const state: PortalState = { slug, org: org.data, me: me.data ?? null, locale: currentLocale(i18n) };
  return (
    <PortalContext.Provider value={state}>
      <Header state={state} />
      <Container size="md" py="lg" component="main">
        <Outlet />
      </Container>
    </PortalContext.Provider>
  );
}

/** A page for signed-in customers only; others see `fallback`. */
export function SignedIn({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const { me } = usePortal();
  return <>{me ? children : fallback}</>;
}

/** An error from the API, in the customer's language by its code. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'internal_error';
  const key = `errors.${code}`;
  return (
    <Alert color="red" role="alert" title={t('errors.title')}>
      {t(key, { defaultValue: t('errors.generic') })}
    </Alert>
  );
}
