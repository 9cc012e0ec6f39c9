import { ActionIcon, CloseButton, Group, Kbd, Popover, Table, Text, Tooltip } from '@mantine/core';
import { IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const SHORTCUTS = [
  { keys: ['j'], action: 'shortcuts.next' },
  { keys: ['k'], action: 'shortcuts.previous' },
  { keys: ['Enter'], action: 'shortcuts.open' },
  { keys: ['x'], action: 'shortcuts.select' },
  { keys: ['Esc'], action: 'shortcuts.clear' },
  { keys: ['e'], action: 'inbox.shortcuts.done' },
  { keys: ['s'], action: 'inbox.shortcuts.status' },
  { keys: ['a'], action: 'inbox.shortcuts.assignMe' },
  { keys: ['Shift', 'A'], action: 'inbox.shortcuts.assign' },
  { keys: ['Ctrl', 'K'], action: 'shortcuts.search' },
  { keys: ['Ctrl', 'Enter'], action: 'shortcuts.send' },
  { keys: ['?'], action: 'shortcuts.help' },
] as const;

/** The list of keyboard shortcuts, as a non-modal popover by the header button (or `?`). */
export function ShortcutSheet({
  opened,
  onChange,
}: {
  opened: boolean;
  onChange: (opened: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Popover
      opened={opened}
      onChange={onChange}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <Tooltip label={t('shortcuts.title')} withArrow>
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t('shortcuts.title')}
            onClick={() => onChange(!opened)}
          >
            <IconKeyboard size={18} stroke={1.6} />
          </ActionIcon>
        </Tooltip>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby="shortcuts-title">
        <Group justify="space-between" mb={4}>
          <Text fw={600} id="shortcuts-title">
            {t('shortcuts.title')}
          </Text>
          <CloseButton size="sm" aria-label={t('common.close')} onClick={() => onChange(false)} />
        </Group>
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {SHORTCUTS.map(({ keys, action }) => (
              <Table.Tr key={action}>
                <Table.Td w={140} style={{ whiteSpace: 'nowrap' }}>
                  {keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' + '}
                      <Kbd size="xs">{key}</Kbd>
                    </span>
                  ))}
                </Table.Td>
                <Table.Td>{t(action)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Popover.Dropdown>
    </Popover>
  );
}
