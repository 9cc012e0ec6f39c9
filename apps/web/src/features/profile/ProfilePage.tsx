import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shell/PageHeader.tsx';
import { DetailsSection } from './DetailsSection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';
import { TotpSection } from './TotpSection.tsx';

/** The agent's own account: name, password, sessions and two-factor sign-in. */
export function ProfilePage() {
  const { t } = useTranslation();
  return (
    <Stack maw={960} gap="md">
      <PageHeader title={t('profile.title')} />
      <DetailsSection />
      <PasswordSection />
      <TotpSection />
      <SessionsSection />
    </Stack>
  );
}
