import { lazy, Suspense } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/PageHeader.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TotpSection } from './TotpSection.tsx';

// The canned replies editor is sizeable and only some agents open it: loaded with the section.
const MyCannedReplies = lazy(() => import('../admin/canned-replies/MyCannedReplies.tsx'));

/** The agent's own account: name, password, sessions, two-factor sign-in, and their canned replies. */
export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={960} gap="md">
      <PageHeader title={t('profile.title')} />
      <DetailsSection />
      <PasswordSection />
      <TotpSection />
      <SessionsSection />
      <Suspense fallback={null}>
        <MyCannedReplies />
      </Suspense>
    </Stack>
  );
}
