import { useMemo, useState } from 'react';
import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Review } from '@kontakt/contracts';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { getCalibration, listReviews, qualityKeys } from './quality-api.ts';

/** Conversations that several reviewers scored with the same scorecard. */
export function calibrationGroups(reviews: Review[]) {
  const groups = new Map<string, Review[]>();
  for (const r of reviews) {
    if (r.status === 'draft') continue;
    const key = `${r.ticketId}/${r.scorecardId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Calibration: how far apart the reviewers of one conversation are, and on which criteria. */
export function CalibrationTab({ ticketId }: { ticketId?: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const filter = { ticketId };
  const reviews = useQuery({ queryKey: qualityKeys.reviews(filter), queryFn: () => listReviews(filter) });
  const groups = useMemo(() => calibrationGroups(reviews.data ?? []), [reviews.data]);
  const [chosen, setChosen] = useState<{ ticketId: string; scorecardId: string } | null>(null);
  const pick =
    chosen ??
    (groups[0] ? { ticketId: groups[0][0]!.ticketId, scorecardId: groups[0][0]!.scorecardId } : null);

  if (reviews.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (reviews.error)
    return (
      <Alert color="red" role="alert">
        {describe(reviews.error)}
      </Alert>
    );
  if (groups.length === 0) return <Text c="dimmed">{t('quality.noCalibration')}</Text>;
  return (
    <Stack gap="md">
      <Group gap="xs">
        {groups.map((g) => {
          const first = g[0]!;
          const active = pick?.ticketId === first.ticketId && pick.scorecardId === first.scorecardId;
          return (
            <Badge
              key={`${first.ticketId}/${first.scorecardId}`}
              component="button"
              type="button"
              variant={active ? 'filled' : 'light'}
              radius="sm"
              style={{ cursor: 'pointer' }}
              onClick={() => setChosen({ ticketId: first.ticketId, scorecardId: first.scorecardId })}
            >
              #{first.ticketNumber} · {first.scorecardName} ·{' '}
              {t('quality.reviewerCount', { count: g.length })}
            </Badge>
          );
        })}
      </Group>
      {pick && <CalibrationView {...pick} />}
    </Stack>
  );
}

function CalibrationView({ ticketId, scorecardId }: { ticketId: string; scorecardId: string }) {
  const { t, i18n } = useTranslation();
  const describe = useErrorMessage();
  const cal = useQuery({
    queryKey: qualityKeys.calibration(ticketId, scorecardId),
    queryFn: () => getCalibration(ticketId, scorecardId),
  });
  const num = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const fmt = (n: number | null) => (n === null ? t('quality.na') : num.format(n));
  if (cal.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (cal.error)
    return (
      <Alert color="red" role="alert">
        {describe(cal.error)}
      </Alert>
    );
  const c = cal.data;
  const first = c.reviews[0]!;
  const labels = new Map(first.sections.flatMap((s) => s.criteria.map((x) => [x.id, x.label] as const)));
  return (
    <Stack gap="sm">
      <Anchor component={Link} to={`/tickets/${ticketId}`}>
        #{first.ticketNumber} {first.ticketSubject}
      </Anchor>
      <Group gap="lg">
        {(
          [
            ['mean', c.mean],
            ['stdDev', c.stdDev],
            ['variance', c.variance],
            ['spread', c.spread],
          ] as const
        ).map(([key, value]) => (
          <div key={key}>
            <Text size="xs" c="dimmed">
              {t(`quality.calibration.${key}`)}
            </Text>
            <Text size="xl" fw={600}>
              {fmt(value)}
            </Text>
          </div>
        ))}
      </Group>
      <Table striped aria-label={t('quality.calibration.byCriterion')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('quality.calibration.criterion')}</Table.Th>
            {c.reviews.map((r) => (
              <Table.Th key={r.id}>{r.reviewerName}</Table.Th>
            ))}
            <Table.Th>{t('quality.calibration.agreement')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.criteria.map((row) => (
            <Table.Tr key={row.id}>
              <Table.Td>{labels.get(row.id) ?? row.id}</Table.Td>
              {c.reviews.map((r) => (
                <Table.Td key={r.id}>{t(`quality.answer.${r.answers[row.id] ?? 'na'}`)}</Table.Td>
              ))}
              <Table.Td>
                {row.agreed ? (
                  t('quality.calibration.agreed')
                ) : (
                  <strong>{t('quality.calibration.differ')}</strong>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
