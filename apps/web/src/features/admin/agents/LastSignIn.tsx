import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelative } from '../../workspace/relative-time.ts';
import { useNow } from '../../workspace/use-now.ts';

/** "3 days ago" with the exact time on hover, or "Never" for an agent who has not signed in yet. */
export function LastSignIn({ at }: { at: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  if (at === undefined) return null;
  if (at === null) return <>{t('admin.common.never')}</>;
  return (
    <time dateTime={at} title={formatDateTime(at, i18n.language)}>
      {formatRelative(at, now, i18n.language)}
    </time>
  );
}
