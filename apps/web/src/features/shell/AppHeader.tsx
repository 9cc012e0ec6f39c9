import { Box, Button, Group, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignedInMe, useSignOut } from '../auth/session.tsx';
import { LanguageSwitch } from '../language/LanguageSwitch.tsx';
import { ThemeToggle } from '../theme/ThemeToggle.tsx';
import classes from './AppHeader.module.css';

/** Product name on the left; who is signed in, language, theme and sign-out on the right. */
export function AppHeader() {
  const { t } = useTranslation();
  const { agent, organization } = useSignedInMe();
  const signOut = useSignOut();
  const navigate = useNavigate();

  const handleSignOut = async () => {
    await signOut();
    void navigate('/login', { replace: true });
  };

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Text fw={700} size="lg" c="var(--mantine-color-indigo-light-color)">
          {t('app.name')}
        </Text>
        <Text c="dimmed" truncate maw={280}>
          {organization.name}
        </Text>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <UnstyledButton
          component={Link}
          to="/profile"
          className={classes.account}
          aria-label={`${t('shell.openProfile')}: ${agent.name}, ${t(`roles.${agent.role}`)}`}
        >
          <Group gap={8} wrap="nowrap">
            <IconUserCircle size={22} stroke={1.4} aria-hidden />
            <Box>
              <Text fw={600} lh={1.2} truncate maw={200}>
                {agent.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {t(`roles.${agent.role}`)}
              </Text>
            </Box>
          </Group>
        </UnstyledButton>
        <LanguageSwitch />
        <ThemeToggle />
        <Button
          variant="default"
          leftSection={<IconLogout size={16} stroke={1.6} aria-hidden />}
          onClick={() => void handleSignOut()}
        >
          {t('shell.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
