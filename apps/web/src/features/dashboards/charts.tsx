import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

/** One series of a chart: a data key, its name in the legend, and a colour plus a pattern. */
export interface Series {
  key: string;
  name: string;
  color: string;
  /** Dashed lines / hatched look, so series differ by more than colour. */
  dashed?: boolean;
}

export type Datum = Record<string, string | number | null>;

const HEIGHT = 220;

/**
 * Bars of one or more series over categories; a click on a bar calls `onPick` with the
 * category's index and the series key (the drill-down).
 */
export function Bars({
  data,
  series,
  category = 'label',
  unit,
  stacked = false,
  onPick,
  layout = 'horizontal',
}: {
  data: Datum[];
  series: Series[];
  category?: string;
  unit?: string;
  stacked?: boolean;
  onPick?: (index: number, seriesKey: string) => void;
  layout?: 'horizontal' | 'vertical';
}) {
  const vertical = layout === 'vertical';
  return (
    <ResponsiveContainer width="100%" height={vertical ? Math.max(HEIGHT, data.length * 28) : HEIGHT}>
      <BarChart data={data} layout={layout} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        {vertical ? (
          <>
            <XAxis type="number" unit={unit} allowDecimals={false} />
            <YAxis type="category" dataKey={category} width={120} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} />
            <YAxis unit={unit} allowDecimals={false} />
          </>
        )}
        <Tooltip />
        {series.length > 1 && <Legend />}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            stroke={s.dashed ? '#000' : undefined}
            strokeDasharray={s.dashed ? '4 2' : undefined}
            stackId={stacked ? 'stack' : undefined}
            cursor={onPick ? 'pointer' : undefined}
            onClick={onPick ? (_: unknown, index: number) => onPick(index, s.key) : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Lines over periods; a click on a point calls `onPick` with its index. */
export function Lines({
  data,
  series,
  category = 'label',
  onPick,
}: {
  data: Datum[];
  series: Series[];
  category?: string;
  onPick?: (index: number, seriesKey: string) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey={category} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.name}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 3' : undefined}
            isAnimationActive={false}
            activeDot={
              onPick
                ? {
                    r: 6,
                    cursor: 'pointer',
                    onClick: (_: unknown, point: unknown) =>
                      onPick((point as { index: number }).index, s.key),
                  }
                : { r: 5 }
            }
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

/** Colours with enough contrast on light and dark backgrounds. */
export const COLORS = {
  primary: '#1c7ed6',
  secondary: '#e8590c',
  good: '#2b8a3e',
  bad: '#c92a2a',
  neutral: '#5c5f66',
  extra: '#7048e8',
} as const;
