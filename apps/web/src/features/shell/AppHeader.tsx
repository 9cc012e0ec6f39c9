import { useEffect, useState } from 'react';
import { Box, Button, Group, Kbd, Text, UnstyledButton } from '@mantine/core';
import { IconLogout, IconSearch, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignedInMe, useSignOut } from '../auth/session.tsx';
import { LanguageSwitch } from '../language/LanguageSwitch.tsx';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { PresencePicker } from '../presence/PresencePicker.tsx';
import { SearchDialog } from '../search/SearchDialog.tsx';
import { ShortcutSheet } from '../shortcuts/ShortcutSheet.tsx';
import { isTypingTarget } from '../workspace/is-typing.ts';
import { ThemeToggle } from '../theme/ThemeToggle.tsx';
import classes from './AppHeader.module.css';

/**
 * Product name on the left, search in the middle; notifications, shortcuts, who is signed in,
 * language, theme and sign-out on the right. Owns the global keys: Ctrl+K searches, `?` helps.
 */
export function AppHeader() {
  const { t } = useTranslation();
  const { agent, organization } = useSignedInMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [searching, setSearching] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearching(true);
      } else if (event.key === '?' && !isTypingTarget(event.target)) {
        event.preventDefault();
        setHelpOpen((open) => !open);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

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
        <Text c="dimmed" truncate maw={220}>
          {organization.name}
        </Text>
      </Group>
      <UnstyledButton
        className={classes.search}
        onClick={() => setSearching(true)}
        aria-keyshortcuts="Control+K"
      >
        <IconSearch size={16} stroke={1.6} aria-hidden />
        <span className={classes.searchLabel}>{t('search.open')}</span>
        <Kbd size="xs">Ctrl K</Kbd>
      </UnstyledButton>
      <SearchDialog opened={searching} onClose={() => setSearching(false)} />
      <Group gap="xs" wrap="nowrap">
        <PresencePicker />
        <NotificationBell />
        <ShortcutSheet opened={helpOpen} onChange={setHelpOpen} />
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
