import { SegmentedControl } from '@mantine/core';
import type { ReportDrillMetric, ReportKpis, ReportRatio } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../workspace/use-locale.ts';
import { ChartCard, type ChartRow, type DrillTarget } from './ChartCard.tsx';
import { Bars, COLORS } from './charts.tsx';
import { formatNumber, formatSeconds, formatShare, toMinutes, toPercent } from './report-format.ts';

type Drill = (target: DrillTarget) => void;

const TIME_METRICS = [
  ['firstResponse', 'first_response'],
  ['nextResponse', null],
  ['resolutionFirst', 'resolution'],
  ['resolutionLast', 'resolution'],
] as const;

const SLA_TARGETS = [
  ['firstResponse', 'first_response'],
  ['nextResponse', 'next_response'],
  ['resolution', 'resolution'],
] as const;

/** Response and resolution times, SLA, reopen, FCR, AHT, chat, presence and satisfaction. */
export function ServiceCharts({
  kpis,
  onDrill,
  business,
  onBusiness,
}: {
  kpis: ReportKpis;
  onDrill: Drill;
  business: boolean;
  onBusiness: (business: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const na = t('dashboards.na');
  const share = (v: number | null) => formatShare(v, locale, na);
  const ratio = (r: ReportRatio) =>
    r.value === null
      ? na
      : t('dashboards.ratio', { share: share(r.value), numerator: r.numerator, denominator: r.denominator });
  const variant = business ? 'business' : 'calendar';

  const timeRows: ChartRow[] = TIME_METRICS.map(([key, metric]) => {
    const d = kpis.times[key][variant];
    return {
      key,
      label: t(`dashboards.times.${key}`),
      value:
        d.count === 0
          ? na
          : t('dashboards.times.meanMedian', {
              mean: formatSeconds(d.mean, na),
              median: formatSeconds(d.median, na),
            }),
      ...(metric
        ? { drill: { metric: metric as ReportDrillMetric, title: t(`dashboards.times.${key}`) } }
        : {}),
    };
  });

  const slaRows: ChartRow[] = [
    ...SLA_TARGETS.map(([key, target]) => ({
      key,
      label: t(`dashboards.times.${key === 'resolution' ? 'resolutionFirst' : key}`),
      value: ratio(kpis.sla[key]),
      drill: {
        metric: 'sla' as const,
        bucket: `${target}:breached`,
        title: `${t('dashboards.sla.breached')}: ${t(`dashboards.sla.targets.${target}`)}`,
      },
    })),
    {
      key: 'overall',
      label: t('dashboards.sla.overall'),
      value: ratio(kpis.sla.overall),
      drill: { metric: 'sla', bucket: 'breached', title: t('dashboards.sla.breached') },
    },
  ];

  const chat = kpis.chat;
  const p = kpis.presence;
  const s = kpis.satisfaction;
  return (
    <>
      <ChartCard
        title={t('dashboards.times.title')}
        note={t(`dashboards.times.variant.${variant}`)}
        actions={
          <SegmentedControl
            size="xs"
            aria-label={t('dashboards.times.toggle')}
            value={variant}
            onChange={(v) => onBusiness(v === 'business')}
            data={[
              { value: 'calendar', label: t('dashboards.times.calendar') },
              { value: 'business', label: t('dashboards.times.business') },
            ]}
          />
        }
        rows={timeRows}
        onDrill={onDrill}
        chart={
          <Bars
            data={TIME_METRICS.map(([key]) => ({
              label: t(`dashboards.times.short.${key}`),
              mean: toMinutes(kpis.times[key][variant].mean),
              median: toMinutes(kpis.times[key][variant].median),
            }))}
            unit=" min"
            series={[
              { key: 'mean', name: t('dashboards.times.mean'), color: COLORS.primary },
              { key: 'median', name: t('dashboards.times.median'), color: COLORS.extra, dashed: true },
            ]}
            onPick={(i) => timeRows[i]?.drill && onDrill(timeRows[i].drill)}
          />
        }
      />
      <ChartCard
        title={t('dashboards.sla.title')}
        note={t('dashboards.sla.note')}
        rows={slaRows}
        onDrill={onDrill}
        chart={
          <Bars
            data={SLA_TARGETS.map(([key, target]) => ({
              label: t(`dashboards.sla.targets.${target}`),
              met: kpis.sla[key].numerator,
              breached: kpis.sla[key].denominator - kpis.sla[key].numerator,
            }))}
            stacked
            series={[
              { key: 'met', name: t('dashboards.sla.met'), color: COLORS.good },
              { key: 'breached', name: t('dashboards.sla.breached'), color: COLORS.bad, dashed: true },
            ]}
            onPick={(i, key) => {
              const target = SLA_TARGETS[i]?.[1];
              if (target)
                onDrill({
                  metric: 'sla',
                  bucket: `${target}:${key}`,
                  title: `${t(`dashboards.sla.${key as 'met' | 'breached'}`)}: ${t(`dashboards.sla.targets.${target}`)}`,
                });
            }}
          />
        }
      />
      <ChartCard
        title={t('dashboards.quality.title')}
        note={t('dashboards.quality.fcrWindow', { count: kpis.fcr.windowDays })}
        onDrill={onDrill}
        rows={[
          {
            key: 'reopen',
            label: t('dashboards.quality.reopen'),
            value: ratio(kpis.reopen),
            drill: { metric: 'reopened', title: t('dashboards.quality.reopen') },
          },
          {
            key: 'fcr',
            label: t('dashboards.quality.fcr'),
            value: ratio(kpis.fcr),
            drill: { metric: 'fcr', bucket: 'resolved', title: t('dashboards.quality.fcr') },
          },
          {
            key: 'repeat',
            label: t('dashboards.quality.repeat'),
            value: formatNumber(kpis.fcr.denominator - kpis.fcr.numerator, locale, na),
            drill: { metric: 'fcr', bucket: 'repeat', title: t('dashboards.quality.repeat') },
          },
          {
            key: 'ahtChat',
            label: t('dashboards.quality.ahtChat'),
            value: formatSeconds(kpis.aht.chat.value, na),
          },
          {
            key: 'ahtPhone',
            label: t('dashboards.quality.ahtPhone'),
            value: formatSeconds(kpis.aht.phone.value, na),
          },
        ]}
        chart={
          <Bars
            data={[
              { label: t('dashboards.quality.reopen'), share: toPercent(kpis.reopen.value) },
              { label: t('dashboards.quality.fcr'), share: toPercent(kpis.fcr.value) },
            ]}
            unit=" %"
            series={[{ key: 'share', name: t('dashboards.quality.share'), color: COLORS.primary }]}
            onPick={(i) =>
              onDrill(
                i === 0
                  ? { metric: 'reopened', title: t('dashboards.quality.reopen') }
                  : { metric: 'fcr', bucket: 'resolved', title: t('dashboards.quality.fcr') },
              )
            }
          />
        }
      />
      <ChartCard
        title={t('dashboards.chat.title')}
        note={t('dashboards.chat.variant', {
          seconds: chat.serviceLevel.thresholdSeconds,
          variant: t(`dashboards.slVariant.${chat.serviceLevel.variant}`),
          abandonment: t(`dashboards.abandonmentVariant.${chat.abandonment.variant}`),
        })}
        onDrill={onDrill}
        rows={[
          {
            key: 'sl',
            label: t('dashboards.chat.serviceLevel'),
            value: ratio(chat.serviceLevel),
            drill: {
              metric: 'chat',
              bucket: 'within_threshold',
              title: t('dashboards.chat.withinThreshold'),
            },
          },
          {
            key: 'ab',
            label: t('dashboards.chat.abandonment'),
            value: ratio(chat.abandonment),
            drill: { metric: 'chat', bucket: 'abandoned', title: t('dashboards.chat.abandoned') },
          },
          {
            key: 'answered',
            label: t('dashboards.chat.answered'),
            value: formatNumber(chat.answered, locale, na),
            drill: { metric: 'chat', bucket: 'answered', title: t('dashboards.chat.answered') },
          },
          { key: 'asa', label: t('dashboards.chat.asa'), value: formatSeconds(chat.asaSeconds, na) },
        ]}
        chart={
          <Bars
            data={[
              { label: t('dashboards.chat.answered'), count: chat.answered },
              { label: t('dashboards.chat.abandoned'), count: chat.abandoned },
            ]}
            series={[{ key: 'count', name: t('dashboards.chat.offered'), color: COLORS.primary }]}
            onPick={(i) =>
              onDrill({
                metric: 'chat',
                bucket: i === 0 ? 'answered' : 'abandoned',
                title: t(i === 0 ? 'dashboards.chat.answered' : 'dashboards.chat.abandoned'),
              })
            }
          />
        }
      />
      <ChartCard
        title={t('dashboards.presence.title')}
        note={t('dashboards.presence.basis')}
        rows={[
          { key: 'occupancy', label: t('dashboards.presence.occupancy'), value: share(p.occupancy) },
          { key: 'utilization', label: t('dashboards.presence.utilization'), value: share(p.utilization) },
          {
            key: 'handle',
            label: t('dashboards.presence.handle'),
            value: formatSeconds(p.handleSeconds, na),
          },
          {
            key: 'available',
            label: t('dashboards.presence.available'),
            value: formatSeconds(p.availableSeconds, na),
          },
        ]}
        chart={
          <Bars
            data={[
              { label: t('dashboards.presence.occupancy'), share: toPercent(p.occupancy) },
              { label: t('dashboards.presence.utilization'), share: toPercent(p.utilization) },
            ]}
            unit=" %"
            series={[{ key: 'share', name: t('dashboards.quality.share'), color: COLORS.extra }]}
          />
        }
      />
      <ChartCard
        title={t('dashboards.satisfaction.title')}
        onDrill={onDrill}
        rows={[
          {
            key: 'csat',
            label: t('dashboards.satisfaction.csat'),
            value: ratio(s.csat),
            drill: { metric: 'csat', bucket: 'unsatisfied', title: t('dashboards.satisfaction.unsatisfied') },
          },
          {
            key: 'nps',
            label: t('dashboards.satisfaction.nps'),
            value:
              s.nps.value === null
                ? na
                : t('dashboards.satisfaction.npsValue', {
                    value: formatNumber(s.nps.value, locale, na),
                    count: s.nps.responses,
                  }),
          },
          {
            key: 'ces',
            label: t('dashboards.satisfaction.ces'),
            value:
              s.ces.mean === null
                ? na
                : t('dashboards.satisfaction.cesValue', {
                    value: formatNumber(s.ces.mean, locale, na, 2),
                    count: s.ces.responses,
                  }),
          },
        ]}
        chart={
          <Bars
            data={[
              { label: t('dashboards.satisfaction.promoters'), count: s.nps.promoters },
              { label: t('dashboards.satisfaction.passives'), count: s.nps.passives },
              { label: t('dashboards.satisfaction.detractors'), count: s.nps.detractors },
            ]}
            series={[{ key: 'count', name: t('dashboards.satisfaction.nps'), color: COLORS.good }]}
          />
        }
      />
    </>
  );
}
