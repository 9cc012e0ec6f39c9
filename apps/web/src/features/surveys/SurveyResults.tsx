import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveyFigure, SurveyKind } from '@kontakt/contracts';
import { listQueues } from '../../api/directory.ts';
import { qk } from '../../api/query-keys.ts';
import { getSurveyFigures, listSurveyAnswers, surveyKeys, type SurveyFilters } from './survey-api.ts';

const KINDS: SurveyKind[] = ['csat', 'nps', 'ces'];

/** A figure as people read it: CSAT in %, NPS signed, CES with one decimal; "n/a" for none. */
export function formatFigure(kind: SurveyKind, f: SurveyFigure, locale: string, na: string): string {
  if (f.value === null) return na;
  const fmt = (n: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
  if (kind === 'csat') return `${fmt(f.value * 100, 0)} %`;
  if (kind === 'nps') return `${f.value > 0 ? '+' : ''}${fmt(f.value, 0)}`;
  return fmt(f.value, 1);
}

/** Start of a day (`YYYY-MM-DD`, local) as an instant; the "to" day is included. */
const dayStart = (day: string, plusDays = 0) => {
  const d = new Date(`${day}T00:00:00`);
  d.setDate(d.getDate() + plusDays);
  return d.toISOString();
};

/** Answers of satisfaction surveys with filters, and CSAT / NPS / CES over them (leads, QA, admins). */
export function SurveyResults() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<SurveyKind | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [queueId, setQueueId] = useState<string | null>(null);
  const [lowOnly, setLowOnly] = useState(false);
  const filters: SurveyFilters = {
    ...(kind ? { kind } : {}),
    ...(from ? { from: dayStart(from) } : {}),
    ...(to ? { to: dayStart(to, 1) } : {}),
    ...(queueId ? { queueId } : {}),
    ...(lowOnly ? { lowOnly } : {}),
  };
  const queues = useQuery({ queryKey: qk.queues, queryFn: listQueues });
  const figures = useQuery({
    queryKey: surveyKeys.figures(filters),
    queryFn: () => getSurveyFigures(filters),
  });
  const answers = useQuery({
    queryKey: surveyKeys.answers(filters),
    queryFn: () => listSurveyAnswers(filters),
  });
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('surveys.filters.kind')}
          placeholder={t('surveys.filters.allKinds')}
          data={KINDS.map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(v as SurveyKind | null)}
          clearable
          w={160}
        />
        <TextInput
          type="date"
          label={t('surveys.filters.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('surveys.filters.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
        <Select
          label={t('surveys.filters.queue')}
          placeholder={t('surveys.filters.allQueues')}
          data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
          value={queueId}
          onChange={setQueueId}
          clearable
          searchable
          w={200}
        />
        <Switch
          label={t('surveys.filters.lowOnly')}
          checked={lowOnly}
          onChange={(e) => setLowOnly(e.currentTarget.checked)}
          mb={6}
        />
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 3 }} aria-label={t('surveys.figures.label')}>
        {KINDS.map((k) => {
          const f = figures.data?.[k];
          return (
            <Paper key={k} withBorder p="md" radius="md">
              <Text size="sm" c="dimmed">
                {t(`surveys.figures.${k}`)}
              </Text>
              <Text fw={700} size="xl" data-testid={`figure-${k}`}>
                {f ? formatFigure(k, f, i18n.language, t('surveys.na')) : '…'}
              </Text>
              <Text size="xs" c="dimmed">
                {t('surveys.figures.answers', { count: f?.n ?? 0 })}
              </Text>
            </Paper>
          );
        })}
      </SimpleGrid>

      {answers.isError && <Alert color="red">{t('surveys.loadFailed')}</Alert>}
      {answers.data && answers.data.items.length === 0 && <Text c="dimmed">{t('surveys.empty')}</Text>}
      {answers.data && answers.data.items.length > 0 && (
        <Table striped aria-label={t('surveys.answersLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('surveys.columns.when')}</Table.Th>
              <Table.Th>{t('surveys.columns.kind')}</Table.Th>
              <Table.Th>{t('surveys.columns.score')}</Table.Th>
              <Table.Th>{t('surveys.columns.comment')}</Table.Th>
              <Table.Th>{t('surveys.columns.ticket')}</Table.Th>
              <Table.Th>{t('surveys.columns.agent')}</Table.Th>
              <Table.Th>{t('surveys.columns.queue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {answers.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{date.format(new Date(a.updatedAt))}</Table.Td>
                <Table.Td>
                  {t(`surveys.kind.${a.kind}`)} · {t(`surveys.source.${a.source}`)}
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text fw={600}>{a.score}</Text>
                    {a.low && (
                      <Badge color="red" variant="light" size="sm">
                        {t('surveys.low')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{a.comment}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/tickets/${a.ticket.id}`}>
                    #{a.ticket.number} {a.ticket.subject}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.agent?.name ?? '—'}</Table.Td>
                <Table.Td>{a.queue?.name ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
