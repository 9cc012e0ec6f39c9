import type { ReactNode } from 'react';
import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconListSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportDrillMetric } from '@kontakt/contracts';

/** The tickets behind one number: a drill-down metric, an optional bucket and what to call it. */
export interface DrillTarget {
  metric: ReportDrillMetric;
  bucket?: string;
  title: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** Already formatted; "n/a" for an empty set. */
  value: string;
  drill?: DrillTarget;
}

/**
 * A chart with its numbers underneath: every row names its value in words (so colour is never
 * the only signal) and opens the list of tickets behind it, as a click on the chart does.
 */
export function ChartCard({
  title,
  note,
  chart,
  rows,
  onDrill,
  actions,
}: {
  title: string;
  /** The variant or basis the numbers are counted in (DOMAIN.md §3: named on the report). */
  note?: ReactNode;
  chart?: ReactNode;
  rows: ChartRow[];
  onDrill?: (target: DrillTarget) => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" align="start" mb="xs">
        <div>
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          {note && (
            <Text size="xs" c="dimmed">
              {note}
            </Text>
          )}
        </div>
        {actions}
      </Group>
      {chart}
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('dashboards.na')}
        </Text>
      ) : (
        <Table verticalSpacing={2} fz="sm" mt="xs">
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                <Table.Td ta="right" fw={600} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {row.value}
                </Table.Td>
                <Table.Td w={1}>
                  {row.drill && onDrill && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconListSearch size={14} aria-hidden />}
                      aria-label={t('dashboards.drill.open', { what: `${title}: ${row.label}` })}
                      onClick={() => onDrill(row.drill!)}
                    >
                      {t('dashboards.drill.tickets')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
