import { Alert, Button, Group, Text } from '@mantine/core';
import type { DraftSummary, TicketDraft } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../workspace/relative-time.ts';
import { useLocale } from '../workspace/use-locale.ts';
import { useNow } from '../workspace/use-now.ts';
import type { DraftStatus } from './use-server-draft.ts';

/** "Jana Nowak has an unsent draft (5 min ago) — take over", one line per colleague. */
export function DraftTakeOver({
  others,
  replacesMine,
  onTakeOver,
}: {
  others: DraftSummary[];
  /** The agent has text of their own, which taking over replaces. */
  replacesMine: boolean;
  onTakeOver: (draft: DraftSummary) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  if (others.length === 0) return null;
  return (
    <>
      {others.map((other) => (
        <Alert key={other.agent.id} color="blue" variant="light" py={6} mb={6} aria-live="polite">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <div>
              <Text size="sm">
                {t('drafts.othersDraft', { name: other.agent.name })}{' '}
                <time dateTime={other.updatedAt} title={formatDateTime(other.updatedAt, locale)}>
                  ({formatRelative(other.updatedAt, now, locale)})
                </time>
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {other.preview}
              </Text>
            </div>
            <Button size="compact-xs" variant="default" onClick={() => onTakeOver(other)}>
              {replacesMine ? t('drafts.takeOverReplacing') : t('drafts.takeOver')}
            </Button>
          </Group>
        </Alert>
      ))}
    </>
  );
}

/** The draft was changed in another tab or browser: keep this one, or use that one. */
export function DraftConflict({
  current,
  onResolve,
}: {
  current: TicketDraft | null;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" role="alert" py={6} mb={6} title={t('drafts.conflictTitle')}>
      <Text size="sm">{current ? t('drafts.conflictChanged') : t('drafts.conflictGone')}</Text>
      {current && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {current.text}
        </Text>
      )}
      <Group gap="xs" mt={6}>
        <Button size="compact-xs" onClick={() => onResolve('mine')}>
          {t('drafts.keepMine')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => onResolve('theirs')}>
          {current ? t('drafts.useTheirs') : t('drafts.discardMine')}
        </Button>
      </Group>
    </Alert>
  );
}

/** Where the draft is kept, in a few dimmed words. */
export function DraftStatusText({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  if (status === 'idle' || status === 'conflict') return null;
  return (
    <Text size="xs" c={status === 'local' ? 'orange.9' : 'dimmed'} role="status">
      {t(`drafts.status.${status}`)}
    </Text>
  );
}
