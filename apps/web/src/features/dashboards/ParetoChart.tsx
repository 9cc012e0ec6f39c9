import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ComplaintCauseRow } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { COLORS } from './charts.tsx';

/** Causes by count (bars) with the cumulative share (line) and the 80 % line of the vital few. */
export function ParetoChart({ causes, unnamed }: { causes: ComplaintCauseRow[]; unnamed: string }) {
  const { t } = useTranslation();
  const data = causes.map((c) => ({
    label: c.name ?? c.code ?? unnamed,
    count: c.count,
    cumulative: Math.round(c.cumulativeShare * 1000) / 10,
  }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis yAxisId="count" allowDecimals={false} />
        <YAxis yAxisId="share" orientation="right" unit=" %" domain={[0, 100]} />
        <Tooltip />
        <Bar
          yAxisId="count"
          dataKey="count"
          name={t('dashboards.complaints.complaints')}
          fill={COLORS.primary}
          isAnimationActive={false}
        />
        <Line
          yAxisId="share"
          dataKey="cumulative"
          name={t('dashboards.complaints.cumulative')}
          stroke={COLORS.secondary}
          strokeDasharray="6 3"
          strokeWidth={2}
          isAnimationActive={false}
        />
        <ReferenceLine yAxisId="share" y={80} stroke={COLORS.bad} strokeDasharray="2 2" label="80 %" />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
