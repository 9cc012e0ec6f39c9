import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SurveySettings } from '@kontakt/contracts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { getSurveySettings, saveSurveySettings, surveyKeys } from '../../surveys/survey-api.ts';

type NumberKey = 'csatDelayMinutes' | 'resendWindowDays' | 'tokenTtlDays' | 'lowCsat' | 'lowNps' | 'lowCes';
const NUMBERS: Array<{ key: NumberKey; min: number; max: number }> = [
  { key: 'csatDelayMinutes', min: 0, max: 43_200 },
  { key: 'resendWindowDays', min: 0, max: 365 },
  { key: 'tokenTtlDays', min: 1, max: 365 },
  { key: 'lowCsat', min: 1, max: 5 },
  { key: 'lowNps', min: 0, max: 10 },
  { key: 'lowCes', min: 1, max: 7 },
];

/** When the CSAT e-mail goes out (per organization and queue), link validity and low-score thresholds. */
export function SurveySettingsPanel() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: surveyKeys.settings, queryFn: getSurveySettings });
  const queues = useAdminQueues();
  const [form, setForm] = useState<SurveySettings | null>(null);
  // The form starts from (and after saving, follows) the stored settings.
  const [shown, setShown] = useState<SurveySettings | undefined>(undefined);
  if (settings.data !== shown) {
    setShown(settings.data);
    if (settings.data) setForm(settings.data);
  }
  const save = useMutation({
    mutationFn: saveSurveySettings,
    onSuccess: (saved) => client.setQueryData(surveyKeys.settings, saved),
  });

  if (settings.isError) return <Alert color="red">{describe(settings.error)}</Alert>;
  if (!form) return null;
  const set = (patch: Partial<SurveySettings>) => setForm({ ...form, ...patch });
  const unused = (queues.data ?? []).filter((q) => !form.queues.some((o) => o.queueId === q.id));

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(form);
      }}
    >
      <Stack gap="md" maw={640}>
        <Switch
          label={t('admin.surveys.settings.csatEnabled')}
          checked={form.csatEnabled}
          onChange={(e) => set({ csatEnabled: e.currentTarget.checked })}
        />
        <Group grow align="flex-start">
          {NUMBERS.slice(0, 3).map(({ key, min, max }) => (
            <NumberInput
              key={key}
              label={t(`admin.surveys.settings.${key}`)}
              min={min}
              max={max}
              value={form[key]}
              onChange={(v) => set({ [key]: typeof v === 'number' ? v : min })}
            />
          ))}
        </Group>
        <Title order={2} size="h4">
          {t('admin.surveys.settings.thresholds')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('admin.surveys.settings.thresholdsHelp')}
        </Text>
        <Group grow align="flex-start">
          {NUMBERS.slice(3).map(({ key, min, max }) => (
            <NumberInput
              key={key}
              label={t(`admin.surveys.settings.${key}`)}
              min={min}
              max={max}
              value={form[key]}
              onChange={(v) => set({ [key]: typeof v === 'number' ? v : min })}
            />
          ))}
        </Group>
        <Title order={2} size="h4">
          {t('admin.surveys.settings.queues')}
        </Title>
        {form.queues.map((o, i) => (
          <Group key={o.queueId} align="flex-end">
            <Text w={180} truncate>
              {queues.data?.find((q) => q.id === o.queueId)?.name ?? o.queueId}
            </Text>
            <Switch
              label={t('admin.surveys.settings.csatEnabledShort')}
              checked={o.csatEnabled}
              onChange={(e) => {
                const checked = e.currentTarget.checked;
                set({ queues: form.queues.map((q, j) => (j === i ? { ...q, csatEnabled: checked } : q)) });
              }}
            />
            <NumberInput
              label={t('admin.surveys.settings.csatDelayMinutes')}
              min={0}
              max={43_200}
              value={o.csatDelayMinutes}
              onChange={(v) =>
                set({
                  queues: form.queues.map((q, j) =>
                    j === i ? { ...q, csatDelayMinutes: typeof v === 'number' ? v : 0 } : q,
                  ),
                })
              }
              w={160}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('admin.surveys.settings.removeQueue')}
              onClick={() => set({ queues: form.queues.filter((_, j) => j !== i) })}
              mb={4}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {unused.length > 0 && (
          <Select
            label={t('admin.surveys.settings.addQueue')}
            placeholder={t('admin.surveys.settings.pickQueue')}
            data={unused.map((q) => ({ value: q.id, label: q.name }))}
            value={null}
            onChange={(queueId) =>
              queueId &&
              set({
                queues: [
                  ...form.queues,
                  { queueId, csatEnabled: form.csatEnabled, csatDelayMinutes: form.csatDelayMinutes },
                ],
              })
            }
            w={280}
          />
        )}
        {save.isError && <Alert color="red">{describe(save.error)}</Alert>}
        {save.isSuccess && (
          <Text c="teal" size="sm" role="status">
            {t('admin.surveys.saved')}
          </Text>
        )}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('admin.surveys.save')}
        </Button>
      </Stack>
    </form>
  );
}
