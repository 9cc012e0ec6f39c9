import { useState } from 'react';
import {
  Alert,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ErlangInput, ErlangResult } from '@kontakt/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { ServiceLevelChart } from './ServiceLevelChart.tsx';
import { computeErlang, staffingKeys } from './staffing-api.ts';

type Mode = 'target' | 'agents';
type Num = number | string;

interface Inputs {
  contacts: Num;
  intervalMinutes: Num;
  ahtSeconds: Num;
  agents: Num;
  targetPercent: Num;
  thresholdSeconds: Num;
  patienceSeconds: Num;
  shrinkagePercent: Num;
}

const INITIAL: Inputs = {
  contacts: 100,
  intervalMinutes: 30,
  ahtSeconds: 180,
  agents: 12,
  targetPercent: 80,
  thresholdSeconds: 20,
  patienceSeconds: '',
  shrinkagePercent: 30,
};

const num = (v: Num): number | undefined => (v === '' || Number.isNaN(Number(v)) ? undefined : Number(v));

/** The request for the inputs, or null while a required one is empty. */
export function toErlangInput(mode: Mode, v: Inputs): ErlangInput | null {
  const contacts = num(v.contacts);
  const interval = num(v.intervalMinutes);
  const aht = num(v.ahtSeconds);
  if (contacts === undefined || interval === undefined || !aht) return null;
  const base = {
    contacts,
    intervalSeconds: Math.round(interval * 60),
    ahtSeconds: aht,
    thresholdSeconds: num(v.thresholdSeconds) ?? 20,
    shrinkage: (num(v.shrinkagePercent) ?? 0) / 100,
    ...(num(v.patienceSeconds) ? { patienceSeconds: num(v.patienceSeconds)! } : {}),
  };
  if (mode === 'agents') {
    const agents = num(v.agents);
    return agents === undefined ? null : { ...base, agents };
  }
  const target = num(v.targetPercent);
  return target === undefined ? null : { ...base, serviceLevelTarget: target / 100 };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** Erlang C (Erlang A with a patience) for one interval, answered by the server. */
export function ErlangCalculator() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [mode, setMode] = useState<Mode>('target');
  const [v, setV] = useState<Inputs>(INITIAL);
  const set = (key: keyof Inputs) => (value: Num) => setV((old) => ({ ...old, [key]: value }));
  const [input] = useDebouncedValue(toErlangInput(mode, v), 250);
  const result = useQuery({
    queryKey: staffingKeys.erlang(input!),
    queryFn: () => computeErlang(input!),
    enabled: input !== null,
    placeholderData: keepPreviousData,
  });
  const target = mode === 'target' ? (num(v.targetPercent) ?? 0) / 100 : null;

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SegmentedControl
            aria-label={t('staffing.mode.label')}
            value={mode}
            onChange={(m) => setMode(m as Mode)}
            data={[
              { value: 'target', label: t('staffing.mode.target') },
              { value: 'agents', label: t('staffing.mode.agents') },
            ]}
          />
          <Group grow>
            <NumberInput
              label={t('staffing.fields.contacts')}
              value={v.contacts}
              onChange={set('contacts')}
              min={0}
            />
            <NumberInput
              label={t('staffing.fields.intervalMinutes')}
              value={v.intervalMinutes}
              onChange={set('intervalMinutes')}
              min={1}
              max={1440}
            />
          </Group>
          <Group grow>
            <NumberInput
              label={t('staffing.fields.aht')}
              value={v.ahtSeconds}
              onChange={set('ahtSeconds')}
              min={1}
            />
            {mode === 'agents' ? (
              <NumberInput
                label={t('staffing.fields.agents')}
                value={v.agents}
                onChange={set('agents')}
                min={0}
                allowDecimal={false}
              />
            ) : (
              <NumberInput
                label={t('staffing.fields.target')}
                value={v.targetPercent}
                onChange={set('targetPercent')}
                min={1}
                max={99.9}
              />
            )}
          </Group>
          <Group grow>
            <NumberInput
              label={t('staffing.fields.threshold')}
              value={v.thresholdSeconds}
              onChange={set('thresholdSeconds')}
              min={0}
            />
            <NumberInput
              label={t('staffing.fields.shrinkage')}
              value={v.shrinkagePercent}
              onChange={set('shrinkagePercent')}
              min={0}
              max={95}
            />
          </Group>
          <NumberInput
            label={t('staffing.fields.patience')}
            description={t('staffing.fields.patienceHint')}
            value={v.patienceSeconds}
            onChange={set('patienceSeconds')}
            min={1}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('staffing.results.title')}
        </Title>
        {input === null ? (
          <Text c="dimmed">{t('staffing.results.incomplete')}</Text>
        ) : result.error ? (
          <Alert color="red" role="alert">
            {describe(result.error)}
          </Alert>
        ) : result.data ? (
          <Results result={result.data} target={target} />
        ) : (
          <Text c="dimmed">{t('common.loading')}</Text>
        )}
      </Paper>
    </SimpleGrid>
  );
}

function Results({ result, target }: { result: ErlangResult; target: number | null }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('staffing.results.model'), t(`staffing.model.${result.model}`)],
    [t('staffing.results.load'), result.load.toFixed(2)],
  ];
  if (result.agentsRequired !== null || target !== null)
    rows.push([
      t('staffing.results.agentsRequired'),
      result.agentsRequired === null ? t('staffing.results.unreachable') : String(result.agentsRequired),
    ]);
  if (result.scheduledStaff !== null)
    rows.push([t('staffing.results.scheduled'), String(result.scheduledStaff)]);
  rows.push(
    [t('staffing.results.serviceLevel', { seconds: result.thresholdSeconds }), pct(result.serviceLevel)],
    [
      t('staffing.results.asa'),
      result.asaSeconds === null ? t('staffing.results.noAnswer') : `${result.asaSeconds.toFixed(1)} s`,
    ],
    [t('staffing.results.occupancy'), pct(result.occupancy)],
    [t('staffing.results.waiting'), pct(result.probabilityOfWaiting)],
  );
  if (result.probabilityOfAbandon !== null)
    rows.push([t('staffing.results.abandon'), pct(result.probabilityOfAbandon)]);
  return (
    <Stack gap="sm">
      {!result.stable && (
        <Alert color="orange" role="status">
          {t('staffing.results.unstable')}
        </Alert>
      )}
      <dl
        aria-label={t('staffing.results.title')}
        style={{ display: 'grid', gridTemplateColumns: 'auto auto', gap: 4, margin: 0 }}
      >
        {rows.map(([k, val]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>
              <Text size="sm" c="dimmed">
                {k}
              </Text>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text size="sm" fw={600}>
                {val}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      <ServiceLevelChart result={result} target={target} />
    </Stack>
  );
}
