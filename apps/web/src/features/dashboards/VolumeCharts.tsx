import type { ReportCountBucket, ReportKpis } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../workspace/use-locale.ts';
import { ChartCard, type ChartRow, type DrillTarget } from './ChartCard.tsx';
import { Bars, COLORS, Lines } from './charts.tsx';
import { formatDate } from './report-format.ts';

type Drill = (target: DrillTarget) => void;

/** Volume over time, by channel, queue, type and reason; the backlog by age. */
export function VolumeCharts({ kpis, onDrill }: { kpis: ReportKpis; onDrill: Drill }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const v = kpis.volume;
  const count = (n: number) => new Intl.NumberFormat(locale).format(n);

  const periods = v.byPeriod.map((p) => ({
    label: formatDate(p.period, locale),
    created: p.created,
    solved: p.solved,
  }));
  const periodDrill = (index: number, key: string) => {
    const p = v.byPeriod[index];
    if (!p) return;
    const metric = key === 'solved' ? 'solved' : 'created';
    onDrill({
      metric,
      bucket: `period:${p.period}`,
      title: `${t(`dashboards.volume.${metric}`)} · ${formatDate(p.period, locale)}`,
    });
  };

  const label = (b: ReportCountBucket, kind: 'channel' | 'type' | 'other') => {
    if (b.value === null) return t('dashboards.none');
    if (kind === 'channel') return t(`ticket.channel.${b.value}` as 'ticket.channel.email');
    if (kind === 'type') return t(`ticket.type.${b.value}` as 'ticket.type.question');
    return b.label ?? b.value;
  };
  const breakdown = (title: string, buckets: ReportCountBucket[], kind: 'channel' | 'type' | 'other') => {
    const rows: ChartRow[] = buckets.map((b) => ({
      key: b.key,
      label: label(b, kind),
      value: count(b.count),
      drill: { metric: 'created', bucket: b.key, title: `${title}: ${label(b, kind)}` },
    }));
    return (
      <ChartCard
        title={title}
        rows={rows}
        onDrill={onDrill}
        chart={
          buckets.length > 0 && (
            <Bars
              layout="vertical"
              data={buckets.map((b) => ({ label: label(b, kind), count: b.count }))}
              series={[{ key: 'count', name: t('dashboards.volume.created'), color: COLORS.primary }]}
              onPick={(i) => rows[i]?.drill && onDrill(rows[i].drill)}
            />
          )
        }
      />
    );
  };

  const backlogRows: ChartRow[] = kpis.backlog.buckets.map((b) => ({
    key: b.bucket,
    label: t(`dashboards.backlog.buckets.${b.bucket}`),
    value: count(b.count),
    drill: {
      metric: 'backlog',
      bucket: b.bucket,
      title: `${t('dashboards.backlog.title')}: ${t(`dashboards.backlog.buckets.${b.bucket}`)}`,
    },
  }));

  return (
    <>
      <ChartCard
        title={t('dashboards.volume.overTime')}
        note={t('dashboards.volume.totals', { created: count(v.created), solved: count(v.solved) })}
        onDrill={onDrill}
        rows={[
          {
            key: 'created',
            label: t('dashboards.volume.created'),
            value: count(v.created),
            drill: { metric: 'created', title: t('dashboards.volume.created') },
          },
          {
            key: 'solved',
            label: t('dashboards.volume.solved'),
            value: count(v.solved),
            drill: { metric: 'solved', title: t('dashboards.volume.solved') },
          },
        ]}
        chart={
          periods.length > 0 && (
            <Lines
              data={periods}
              series={[
                { key: 'created', name: t('dashboards.volume.created'), color: COLORS.primary },
                { key: 'solved', name: t('dashboards.volume.solved'), color: COLORS.good, dashed: true },
              ]}
              onPick={periodDrill}
            />
          )
        }
      />
      {breakdown(t('dashboards.volume.byChannel'), v.byChannel, 'channel')}
      {breakdown(t('dashboards.volume.byQueue'), v.byQueue, 'other')}
      {breakdown(t('dashboards.volume.byType'), v.byType, 'type')}
      {breakdown(t('dashboards.volume.byReason'), v.byReason, 'other')}
      <ChartCard
        title={t('dashboards.backlog.title')}
        note={t('dashboards.backlog.note', { total: count(kpis.backlog.total) })}
        rows={backlogRows}
        onDrill={onDrill}
        chart={
          <Bars
            data={kpis.backlog.buckets.map((b) => ({
              label: t(`dashboards.backlog.buckets.${b.bucket}`),
              count: b.count,
            }))}
            series={[{ key: 'count', name: t('dashboards.backlog.title'), color: COLORS.secondary }]}
            onPick={(i) => backlogRows[i]?.drill && onDrill(backlogRows[i].drill)}
          />
        }
      />
    </>
  );
}
