import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CampaignKind, Locale, SurveyCampaign } from '@kontakt/contracts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { useAdminQueues } from '../shared/admin-queries.ts';
import { createCampaign, listCampaigns, sendCampaign, surveyKeys } from '../../surveys/survey-api.ts';

const LANGS: Locale[] = ['pl', 'cs', 'en'];

/** NPS and CES campaigns: create one for an audience, send it, watch its progress. */
export function SurveyCampaignsPanel() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const campaigns = useQuery({
    queryKey: surveyKeys.campaigns,
    queryFn: listCampaigns,
    // While one is being sent, its progress is polled.
    refetchInterval: (q) => (q.state.data?.some((c) => c.status === 'sending') ? 2000 : false),
  });
  const refresh = () => void client.invalidateQueries({ queryKey: surveyKeys.campaigns });
  const send = useMutation({ mutationFn: sendCampaign, onSuccess: refresh });

  return (
    <Stack gap="lg">
      <NewCampaignForm onCreated={refresh} />
      <Title order={2} size="h4">
        {t('admin.surveys.campaigns.list')}
      </Title>
      {campaigns.isError && <Alert color="red">{describe(campaigns.error)}</Alert>}
      {send.isError && <Alert color="red">{describe(send.error)}</Alert>}
      {campaigns.data?.length === 0 && <Text c="dimmed">{t('admin.surveys.campaigns.empty')}</Text>}
      {campaigns.data && campaigns.data.length > 0 && (
        <Table aria-label={t('admin.surveys.campaigns.list')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.surveys.campaigns.name')}</Table.Th>
              <Table.Th>{t('surveys.columns.kind')}</Table.Th>
              <Table.Th>{t('admin.surveys.campaigns.status')}</Table.Th>
              <Table.Th>{t('admin.surveys.campaigns.progress')}</Table.Th>
              <Table.Th>{t('admin.surveys.campaigns.answers')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {campaigns.data.map((c) => (
              <CampaignRow key={c.id} c={c} onSend={() => send.mutate(c.id)} sending={send.isPending} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function CampaignRow({ c, onSend, sending }: { c: SurveyCampaign; onSend: () => void; sending: boolean }) {
  const { t } = useTranslation();
  const share = c.recipientsTotal
    ? (c.recipientsDone / c.recipientsTotal) * 100
    : c.status === 'sent'
      ? 100
      : 0;
  return (
    <Table.Tr>
      <Table.Td>{c.name}</Table.Td>
      <Table.Td>{t(`surveys.kind.${c.kind}`)}</Table.Td>
      <Table.Td>
        <Badge
          variant="light"
          color={c.status === 'sent' ? 'teal' : c.status === 'sending' ? 'indigo' : 'gray'}
        >
          {t(`admin.surveys.campaigns.statuses.${c.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td miw={180}>
        {c.status !== 'draft' && (
          <Stack gap={2}>
            <Progress value={share} aria-label={t('admin.surveys.campaigns.progress')} />
            <Text size="xs" c="dimmed">
              {t('admin.surveys.campaigns.done', { done: c.recipientsDone, count: c.recipientsTotal })}
            </Text>
          </Stack>
        )}
      </Table.Td>
      <Table.Td>{c.answers}</Table.Td>
      <Table.Td>
        {c.status === 'draft' && (
          <Button size="xs" onClick={onSend} loading={sending}>
            {t('admin.surveys.campaigns.send')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function NewCampaignForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queues = useAdminQueues();
  const [kind, setKind] = useState<CampaignKind>('nps');
  const [name, setName] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [queueIds, setQueueIds] = useState<string[]>([]);
  const [languages, setLanguages] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: () =>
      createCampaign({
        kind,
        name,
        audience: {
          solvedFrom: new Date(`${from}T00:00:00`).toISOString(),
          solvedTo: new Date(new Date(`${to}T00:00:00`).getTime() + 86_400_000).toISOString(),
          queueIds,
          languages: languages as Locale[],
        },
      }),
    onSuccess: () => {
      setName('');
      onCreated();
    },
  });
  return (
    <Paper withBorder p="md" radius="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('admin.surveys.campaigns.new')}
          </Title>
          <SegmentedControl
            aria-label={t('surveys.columns.kind')}
            value={kind}
            onChange={(v) => setKind(v as CampaignKind)}
            data={(['nps', 'ces'] as const).map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
            w="fit-content"
          />
          <TextInput
            label={t('admin.surveys.campaigns.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
          />
          <Group grow>
            <TextInput
              type="date"
              label={t('admin.surveys.campaigns.solvedFrom')}
              value={from}
              onChange={(e) => setFrom(e.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('admin.surveys.campaigns.solvedTo')}
              value={to}
              onChange={(e) => setTo(e.currentTarget.value)}
              required
            />
          </Group>
          <MultiSelect
            label={t('admin.surveys.campaigns.queues')}
            placeholder={t('surveys.filters.allQueues')}
            data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
            value={queueIds}
            onChange={setQueueIds}
            clearable
          />
          <MultiSelect
            label={t('admin.surveys.campaigns.languages')}
            placeholder={t('admin.surveys.campaigns.allLanguages')}
            data={LANGS.map((l) => ({ value: l, label: t(`surveys.language.${l}`) }))}
            value={languages}
            onChange={setLanguages}
            clearable
          />
          {create.isError && <Alert color="red">{describe(create.error)}</Alert>}
          <Button type="submit" loading={create.isPending} disabled={!name || !from || !to} w="fit-content">
            {t('admin.surveys.campaigns.create')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
