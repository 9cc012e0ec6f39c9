import { Group, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Channel, type ReportGranularity } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { listTeams } from '../../api/agents.ts';
import { qk } from '../../api/query-keys.ts';
import { useAgents, useQueues } from '../workspace/reference-data.ts';
import {
  PERIOD_PRESETS,
  periodDates,
  type DashboardFilters,
  type PeriodPreset,
} from './dashboard-filters.ts';

/** Period (presets or a custom range), grouping, queue, team, agent and channel. */
export function DashboardFiltersBar({
  value,
  onChange,
  withAgent = true,
}: {
  value: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
  /** The personal dashboard is always the signed-in agent's. */
  withAgent?: boolean;
}) {
  const { t } = useTranslation();
  const queues = useQueues();
  const agents = useAgents();
  const teams = useQuery({ queryKey: qk.teams, queryFn: listTeams, staleTime: 5 * 60_000 });
  const all = t('dashboards.filters.all');
  const set = (patch: Partial<DashboardFilters>) => onChange({ ...value, ...patch });
  const option = (v: string | null) => v ?? undefined;

  const setPeriod = (period: PeriodPreset) => {
    if (period !== 'custom') return set({ period, from: undefined, to: undefined });
    // A custom range starts from what was shown, so the agent only adjusts it.
    set({ period, ...periodDates(value, new Date()) });
  };

  return (
    <Group gap="sm" align="end" mb="md" wrap="wrap" role="search" aria-label={t('dashboards.filters.label')}>
      <Select
        label={t('dashboards.filters.period')}
        data={PERIOD_PRESETS.map((p) => ({ value: p, label: t(`dashboards.filters.presets.${p}`) }))}
        value={value.period}
        onChange={(v) => v && setPeriod(v as PeriodPreset)}
        allowDeselect={false}
        w={170}
      />
      {value.period === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t('dashboards.filters.from')}
            value={value.from ?? ''}
            max={value.to}
            onChange={(e) => e.currentTarget.value && set({ from: e.currentTarget.value })}
            w={160}
          />
          <TextInput
            type="date"
            label={t('dashboards.filters.to')}
            value={value.to ?? ''}
            min={value.from}
            onChange={(e) => e.currentTarget.value && set({ to: e.currentTarget.value })}
            w={160}
          />
        </>
      )}
      <Select
        label={t('dashboards.filters.granularity')}
        data={(['day', 'week', 'month'] as const).map((g) => ({
          value: g,
          label: t(`dashboards.filters.granularities.${g}`),
        }))}
        value={value.granularity}
        onChange={(v) => v && set({ granularity: v as ReportGranularity })}
        allowDeselect={false}
        w={130}
      />
      <Select
        label={t('dashboards.filters.queue')}
        placeholder={all}
        data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
        value={value.queueId ?? null}
        onChange={(v) => set({ queueId: option(v) })}
        clearable
        searchable
        w={180}
      />
      <Select
        label={t('dashboards.filters.team')}
        placeholder={all}
        data={(teams.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        value={value.teamId ?? null}
        onChange={(v) => set({ teamId: option(v) })}
        clearable
        searchable
        w={180}
      />
      {withAgent && (
        <Select
          label={t('dashboards.filters.agent')}
          placeholder={all}
          data={(agents.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={value.agentId ?? null}
          onChange={(v) => set({ agentId: option(v) })}
          clearable
          searchable
          w={180}
        />
      )}
      <Select
        label={t('dashboards.filters.channel')}
        placeholder={all}
        data={Channel.options.map((c) => ({ value: c, label: t(`ticket.channel.${c}`) }))}
        value={value.channel ?? null}
        onChange={(v) => set({ channel: option(v) as Channel | undefined })}
        clearable
        w={150}
      />
    </Group>
  );
}
