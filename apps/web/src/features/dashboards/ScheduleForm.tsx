import { useState } from 'react';
import { Button, Group, Modal, Select, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale, ReportSchedule } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { useQueues } from '../workspace/reference-data.ts';
import { createSchedule, reportKeys, updateSchedule } from './reports-api.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Values {
  name: string;
  frequency: 'weekly' | 'monthly';
  format: 'pdf' | 'xlsx';
  recipients: string[];
  locale: Locale;
  active: boolean;
  queueId: string | null;
}

const initial = (s: ReportSchedule | null, locale: Locale): Values => ({
  name: s?.name ?? '',
  frequency: s?.frequency ?? 'weekly',
  format: s?.format ?? 'pdf',
  recipients: s?.recipients ?? [],
  locale: s?.locale ?? locale,
  active: s?.active ?? true,
  queueId: s?.filters.queueId ?? null,
});

/** Creates or edits a scheduled report: name, weekly or monthly, PDF or XLSX, recipients. */
export function ScheduleForm({
  schedule,
  opened,
  onClose,
  locale,
}: {
  schedule: ReportSchedule | null;
  opened: boolean;
  onClose: () => void;
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={schedule ? t('dashboards.schedules.edit') : t('dashboards.schedules.new')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <ScheduleFields key={schedule?.id ?? 'new'} schedule={schedule} onDone={onClose} locale={locale} />
      )}
    </Modal>
  );
}

function ScheduleFields({
  schedule,
  onDone,
  locale,
}: {
  schedule: ReportSchedule | null;
  onDone: () => void;
  locale: Locale;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const queues = useQueues();
  const [v, setV] = useState<Values>(() => initial(schedule, locale));
  const [touched, setTouched] = useState(false);
  const set = (patch: Partial<Values>) => setV((x) => ({ ...x, ...patch }));
  const badRecipient = v.recipients.find((r) => !EMAIL.test(r));
  const invalid = !v.name.trim() || v.recipients.length === 0 || !!badRecipient;
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name: v.name.trim(),
        frequency: v.frequency,
        format: v.format,
        recipients: v.recipients,
        locale: v.locale,
        active: v.active,
        filters: v.queueId ? { queueId: v.queueId } : {},
      };
      return schedule ? updateSchedule(schedule.id, body) : createSchedule(body);
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reportKeys.schedules });
      onDone();
    },
  });
  const fieldError = (field: string) =>
    save.error instanceof ApiError && (save.error.details as { field?: string } | undefined)?.field === field
      ? describe(save.error)
      : undefined;

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!invalid) save.mutate();
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('dashboards.schedules.name')}
          required
          value={v.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={(touched && !v.name.trim() && t('dashboards.schedules.required')) || fieldError('name')}
        />
        <Group grow>
          <Select
            label={t('dashboards.schedules.frequency')}
            data={(['weekly', 'monthly'] as const).map((f) => ({
              value: f,
              label: t(`dashboards.schedules.frequencies.${f}`),
            }))}
            value={v.frequency}
            onChange={(x) => x && set({ frequency: x as Values['frequency'] })}
            allowDeselect={false}
          />
          <Select
            label={t('dashboards.schedules.format')}
            data={[
              { value: 'pdf', label: 'PDF' },
              { value: 'xlsx', label: 'XLSX' },
            ]}
            value={v.format}
            onChange={(x) => x && set({ format: x as Values['format'] })}
            allowDeselect={false}
          />
          <Select
            label={t('dashboards.schedules.language')}
            data={(['pl', 'cs', 'en'] as const).map((l) => ({
              value: l,
              label: t(`dashboards.schedules.languages.${l}`),
            }))}
            value={v.locale}
            onChange={(x) => x && set({ locale: x as Locale })}
            allowDeselect={false}
          />
        </Group>
        <TagsInput
          label={t('dashboards.schedules.recipients')}
          description={t('dashboards.schedules.recipientsHint')}
          required
          value={v.recipients}
          onChange={(recipients) => set({ recipients: recipients.map((r) => r.trim()).filter(Boolean) })}
          splitChars={[',', ' ', ';']}
          error={
            (touched && v.recipients.length === 0 && t('dashboards.schedules.required')) ||
            (badRecipient && t('dashboards.schedules.badEmail', { email: badRecipient })) ||
            fieldError('recipients')
          }
        />
        <Select
          label={t('dashboards.filters.queue')}
          placeholder={t('dashboards.filters.all')}
          data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
          value={v.queueId}
          onChange={(x) => set({ queueId: x })}
          clearable
        />
        <Switch
          label={t('dashboards.schedules.active')}
          checked={v.active}
          onChange={(e) => set({ active: e.currentTarget.checked })}
        />
        <Text size="xs" c="dimmed">
          {t(`dashboards.schedules.when.${v.frequency}`)}
        </Text>
        {save.isError && !fieldError('name') && !fieldError('recipients') && (
          <Text size="sm" c="red.8" role="alert">
            {describe(save.error)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
