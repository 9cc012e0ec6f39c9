import { Alert, Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../shell/FullPageLoader.tsx';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useMe } from './session.tsx';

/** Where the sign-in page sends the agent back to. */
export interface LoginRedirectState {
  from?: { pathname: string; search: string; hash: string };
}

/** Renders the signed-in routes, or sends the visitor to `/login`, remembering where they were going. */
export function RequireAuth() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const location = useLocation();
  const { data, isPending, isError, error, refetch } = useMe();

  if (isPending) return <FullPageLoader />;
  if (isError) {
    return (
      <Center h="100vh">
        <Stack maw={420}>
          <Alert color="red" title={t('shell.loadFailed')}>
            {describe(error)}
          </Alert>
          <Button onClick={() => void refetch()}>{t('common.retry')}</Button>
        </Stack>
      </Center>
    );
  }
  if (!data) {
    const { pathname, search, hash } = location;
    const state: LoginRedirectState = { from: { pathname, search, hash } };
    return <Navigate to="/login" replace state={state} />;
  }
  return <Outlet />;
}
