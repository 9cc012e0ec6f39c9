import { useState } from 'react';
import { ActionIcon, Alert, Button, NumberInput, Popover, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { createTimeEntry } from './time-api.ts';

/** Time spent on the ticket away from the screen (a phone call, a warehouse check), added by hand. */
export function AddTicketTime({ ticketId, categoryId }: { ticketId: string; categoryId: string | null }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [minutes, setMinutes] = useState<number | string>(5);
  const add = useMutation({
    mutationFn: () => {
      const seconds = Math.round(Number(minutes) * 60);
      return createTimeEntry({
        categoryId: categoryId!,
        ticketId,
        startedAt: new Date(Date.now() - seconds * 1000).toISOString(),
        durationSeconds: seconds,
      });
    },
    onSuccess: () => {
      setOpened(false);
      void queryClient.invalidateQueries({ queryKey: ['time-entries'] });
      void queryClient.invalidateQueries({ queryKey: ['time-report'] });
    },
  });
  const valid = Boolean(categoryId) && Number(minutes) >= 1 && Number(minutes) <= 1440;
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          aria-label={t('timeTracking.manual.addToTicket')}
          onClick={() => setOpened((o) => !o)}
        >
          <IconPlus size={16} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <form
          aria-label={t('timeTracking.manual.addToTicket')}
          onSubmit={(e) => {
            e.preventDefault();
            if (valid) add.mutate();
          }}
        >
          <Stack gap="xs">
            <NumberInput
              label={t('timeTracking.fields.minutes')}
              value={minutes}
              onChange={setMinutes}
              min={1}
              max={1440}
              allowDecimal={false}
              w={160}
            />
            {add.error && (
              <Alert color="red" role="alert" py={4}>
                {describe(add.error)}
              </Alert>
            )}
            <Button type="submit" size="xs" disabled={!valid} loading={add.isPending}>
              {t('timeTracking.manual.add')}
            </Button>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
