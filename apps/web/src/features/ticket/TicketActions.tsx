import { ActionIcon, Menu } from '@mantine/core';
import { IconArrowMerge, IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MacroMenu } from './MacroMenu.tsx';

/** The ticket's less frequent actions, in a menu by its title (linking lives with the properties). */
export function TicketActions({ onMerge }: { onMerge: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <MacroMenu />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="default" aria-label={t('ticket.actions.label')}>
            <IconDots size={16} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconArrowMerge size={14} aria-hidden />} onClick={onMerge}>
            {t('ticket.merge.action')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
