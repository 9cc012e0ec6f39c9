import type { ErlangResult } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** Service level (%) against the number of agents, with the target and the answer marked. */
export function ServiceLevelChart({ result, target }: { result: ErlangResult; target: number | null }) {
  const { t } = useTranslation();
  const data = result.curve.map((p) => ({ agents: p.agents, sl: Math.round(p.serviceLevel * 1000) / 10 }));
  return (
    <div role="img" aria-label={t('staffing.chart.label')}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="agents"
            label={{ value: t('staffing.chart.agents'), position: 'insideBottom', offset: -4 }}
          />
          <YAxis domain={[0, 100]} unit=" %" />
          <Tooltip formatter={(v) => [`${String(v)} %`, t('staffing.results.serviceLevel')]} />
          {target !== null && (
            <ReferenceLine y={target * 100} stroke="var(--mantine-color-orange-6)" strokeDasharray="6 3" />
          )}
          <ReferenceLine x={result.agents} stroke="var(--mantine-color-gray-6)" />
          <Line
            type="monotone"
            dataKey="sl"
            stroke="var(--mantine-color-blue-6)"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
