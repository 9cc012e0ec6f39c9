import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import type { ActivityCategory } from '@kontakt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { createTimeEntry } from './time-api.ts';

const pad = (n: number) => String(n).padStart(2, '0');
/** The value a datetime-local input shows for an instant, in the browser's time zone. */
export const toLocalInput = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** Time recorded by hand, e.g. a training; ticket work is timed in the ticket view. */
export function ManualEntryForm({ categories }: { categories: ActivityCategory[] }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const usable = categories.filter((c) => c.active);
  const [categoryId, setCategoryId] = useState<string | null>(
    usable.find((c) => c.systemKey === 'training')?.id ?? usable[0]?.id ?? null,
  );
  const [start, setStart] = useState(() => toLocalInput(new Date(Date.now() - 3_600_000)));
  const [minutes, setMinutes] = useState<number | string>(60);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      createTimeEntry({
        categoryId: categoryId!,
        startedAt: new Date(start).toISOString(),
        durationSeconds: Math.round(Number(minutes) * 60),
        note,
      }),
    onSuccess: () => {
      setNote('');
      void queryClient.invalidateQueries({ queryKey: ['time-entries'] });
      void queryClient.invalidateQueries({ queryKey: ['time-report'] });
    },
  });
  const valid = Boolean(categoryId) && Number(minutes) > 0 && !Number.isNaN(new Date(start).getTime());

  return (
    <form
      aria-label={t('timeTracking.manual.title')}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) save.mutate();
      }}
    >
      <Group align="flex-end" gap="sm">
        <Select
          label={t('timeTracking.fields.category')}
          data={usable.map((c) => ({ value: c.id, label: c.name }))}
          value={categoryId}
          onChange={setCategoryId}
          allowDeselect={false}
          w={200}
        />
        <TextInput
          type="datetime-local"
          label={t('timeTracking.fields.start')}
          value={start}
          onChange={(e) => setStart(e.currentTarget.value)}
          w={210}
        />
        <NumberInput
          label={t('timeTracking.fields.minutes')}
          value={minutes}
          onChange={setMinutes}
          min={1}
          max={1440}
          w={110}
        />
        <TextInput
          label={t('timeTracking.fields.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={500}
          w={240}
        />
        <Button type="submit" disabled={!valid} loading={save.isPending}>
          {t('timeTracking.manual.add')}
        </Button>
      </Group>
      {save.error && (
        <Alert color="red" role="alert" mt="xs">
          {describe(save.error)}
        </Alert>
      )}
    </form>
  );
}
