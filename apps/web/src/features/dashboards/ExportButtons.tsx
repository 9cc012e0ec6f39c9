import { useState } from 'react';
import { Anchor, Button, Group, Progress, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReportDrillMetric, ReportExportFormat } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { getExport, reportKeys, startExport, type ReportParams } from './reports-api.ts';

/** Poll interval of a running export job. */
export const EXPORT_POLL_MS = 1000;

/**
 * CSV and XLSX of the rows behind a number (one row per ticket with its metric columns): the
 * server writes the file in a job; progress shows while it runs, then a download link.
 */
export function ExportButtons({
  filters,
  metric = 'created',
  bucket,
}: {
  filters: ReportParams;
  metric?: ReportDrillMetric;
  bucket?: string;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  // The job belongs to the list it was started for: other filters or bucket forget the file.
  const identity = JSON.stringify([filters, metric, bucket]);
  const [started, setStarted] = useState<{ id: string; identity: string } | null>(null);
  const jobId = started?.identity === identity ? started.id : null;
  const start = useMutation({
    mutationFn: (format: ReportExportFormat) =>
      startExport({ format, metric, ...(bucket ? { bucket } : {}), filters }),
    onSuccess: (job) => setStarted({ id: job.id, identity }),
  });
  const job = useQuery({
    queryKey: reportKeys.exportJob(jobId ?? ''),
    queryFn: () => getExport(jobId!),
    enabled: jobId !== null,
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      return status === 'done' || status === 'failed' ? false : EXPORT_POLL_MS;
    },
  });
  const data = jobId ? job.data : undefined;
  const running =
    start.isPending || (jobId !== null && (!data || data.status === 'queued' || data.status === 'running'));
  const percent = data?.rowsTotal ? Math.min(100, Math.round((data.rowsDone / data.rowsTotal) * 100)) : null;
  return (
    <div>
      <Group gap="xs">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            size="xs"
            variant="default"
            leftSection={<IconDownload size={14} aria-hidden />}
            disabled={running}
            onClick={() => {
              setStarted(null);
              start.mutate(format);
            }}
          >
            {t(`dashboards.export.${format}`)}
          </Button>
        ))}
      </Group>
      {running && (
        <div role="status" aria-live="polite">
          <Progress
            mt={6}
            size="sm"
            value={percent ?? 100}
            animated={percent === null}
            aria-label={t('dashboards.export.progress')}
          />
          <Text size="xs" c="dimmed">
            {data?.rowsTotal
              ? t('dashboards.export.rows', { done: data.rowsDone, total: data.rowsTotal })
              : t('dashboards.export.preparing')}
          </Text>
        </div>
      )}
      {data?.status === 'done' && data.downloadUrl && (
        <Anchor href={data.downloadUrl} size="sm" download>
          {t('dashboards.export.download', { format: data.format.toUpperCase(), count: data.rowsDone })}
        </Anchor>
      )}
      {(data?.status === 'failed' || start.isError) && (
        <Text size="xs" c="red.8" role="alert">
          {data?.error ?? describe(start.error)}
        </Text>
      )}
    </div>
  );
}
