import { useState } from 'react';
import { Button, Menu, Text } from '@mantine/core';
import { IconBolt, IconChevronDown } from '@tabler/icons-react';
import type { Macro, Ticket } from '@kontakt/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { applyMacro, listMacros, MACROS_KEY } from '../../api/macros.ts';
import { qk } from '../../api/query-keys.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';

/**
 * "Macros": applies one to the open ticket (at the version shown) and refreshes what it changed;
 * the outcome is said next to the button (the ticket view has no notification area).
 */
export function MacroMenu() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const { id = '' } = useParams();
  const [feedback, setFeedback] = useState<{ error: boolean; text: string } | null>(null);
  const macros = useQuery({
    queryKey: [...MACROS_KEY, 'active'],
    queryFn: () => listMacros({ active: true }),
  });
  const apply = useMutation({
    mutationFn: (macro: Macro) => {
      const ticket = queryClient.getQueryData<Ticket>(qk.ticket(id));
      return applyMacro(id, macro.id, ticket?.version ?? 1);
    },
    onSuccess: (result, macro) => {
      queryClient.setQueryData(qk.ticket(id), result.ticket);
      for (const key of [qk.ticket(id), qk.timeline(id), qk.ticketLists, qk.views, MACROS_KEY])
        void queryClient.invalidateQueries({ queryKey: key });
      setFeedback({ error: false, text: t('macros.applied', { name: macro.name }) });
    },
    onError: (error, macro) => {
      const code = error instanceof ApiError ? error.code : null;
      if (code === 'conflict') void queryClient.invalidateQueries({ queryKey: qk.ticket(id) });
      const message =
        code === 'macro_action_failed'
          ? t('macros.failed', { name: macro.name, reason: error.message })
          : code === 'conflict'
            ? t('macros.stale')
            : describe(error);
      setFeedback({ error: true, text: message });
    },
  });
  const items = macros.data ?? [];

  return (
    <>
      {feedback && (
        <Text
          size="xs"
          c={feedback.error ? 'red' : 'dimmed'}
          role={feedback.error ? 'alert' : 'status'}
          maw={280}
        >
          {feedback.text}
        </Text>
      )}
      <Menu position="bottom-end" withinPortal onOpen={() => setFeedback(null)}>
        <Menu.Target>
          <Button
            variant="default"
            size="compact-sm"
            leftSection={<IconBolt size={14} aria-hidden />}
            rightSection={<IconChevronDown size={12} aria-hidden />}
            loading={apply.isPending}
          >
            {t('macros.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown maw={320}>
          {items.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py={6}>
              {macros.isPending ? t('macros.loading') : t('macros.none')}
            </Text>
          )}
          {items.map((macro) => (
            <Menu.Item key={macro.id} onClick={() => apply.mutate(macro)}>
              <Text size="sm">{macro.name}</Text>
              {macro.description && (
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {macro.description}
                </Text>
              )}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
