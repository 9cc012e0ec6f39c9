import type { ReactNode } from 'react';
import { MantineProvider, createTheme } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { Container, Text, Title } from '@mantine/core';
import { ApiError } from './api.ts';
import { OrgShell, SignedIn, usePortal } from './shell.tsx';
import { RedeemPage, SignInPage } from './pages/SignIn.tsx';
import { LookupPage } from './pages/Lookup.tsx';
import { TicketPage, TicketsPage } from './pages/Tickets.tsx';
import { ComplaintPage, ComplaintsPage } from './pages/Complaints.tsx';
import { NewComplaintPage } from './pages/NewComplaint.tsx';
import { OrderPage, OrdersPage } from './pages/Orders.tsx';
import { ReturnsPage } from './pages/Returns.tsx';

const theme = createTheme({ primaryColor: 'indigo', defaultRadius: 'md' });

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

export function Providers(props: {
  i18n: I18n;
  queryClient: QueryClient;
  env?: 'default' | 'test';
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={props.i18n}>
      <QueryClientProvider client={props.queryClient}>
        <MantineProvider theme={theme} env={props.env ?? 'default'}>
          {props.children}
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/** Pages for signed-in customers; the sign-in form otherwise. */
const Private = ({ children }: { children: ReactNode }) => (
  <SignedIn fallback={<SignInPage />}>{children}</SignedIn>
);

function Home() {
  const { me } = usePortal();
  return me ? <TicketsPage /> : <SignInPage />;
}

function NoPortal() {
  const { t } = useTranslation();
  return (
    <Container size="md" py="xl" component="main">
      <Title order={1} size="h3">
        {t('shell.noPortal')}
      </Title>
      <Text>{t('shell.noPortalHint')}</Text>
    </Container>
  );
}

/** The portal's pages under `/portal/{orgSlug}/…` (the router's basename is /portal). */
export function PortalRoutes() {
  return (
    <Routes>
      <Route path=":slug" element={<OrgShell />}>
        <Route index element={<Home />} />
        <Route path="sign-in" element={<RedeemPage />} />
        <Route path="lookup" element={<LookupPage />} />
        <Route
          path="tickets/:id"
          element={
            <Private>
              <TicketPage />
            </Private>
          }
        />
        <Route
          path="complaints"
          element={
            <Private>
              <ComplaintsPage />
            </Private>
          }
        />
        <Route
          path="complaints/new"
          element={
            <Private>
              <NewComplaintPage />
            </Private>
          }
        />
        <Route
          path="complaints/:id"
          element={
            <Private>
              <ComplaintPage />
            </Private>
          }
        />
        <Route
          path="orders"
          element={
            <Private>
              <OrdersPage />
            </Private>
          }
        />
        <Route
          path="orders/:number"
          element={
            <Private>
              <OrderPage />
            </Private>
          }
        />
        <Route
          path="returns"
          element={
            <Private>
              <ReturnsPage />
            </Private>
          }
        />
        <Route path="*" element={<Home />} />
      </Route>
      <Route path="*" element={<NoPortal />} />
    </Routes>
  );
}
