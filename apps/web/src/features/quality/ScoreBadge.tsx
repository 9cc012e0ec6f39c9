import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A review's score with pass or fail in words (colour is never the only signal). */
export function ScoreBadge({ score, passed }: { score: number | null; passed: boolean }) {
  const { t, i18n } = useTranslation();
  if (score === null)
    return (
      <Badge variant="light" color="gray" radius="sm">
        {t('quality.na')}
      </Badge>
    );
  const value = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(score);
  return (
    <Badge variant="light" color={passed ? 'teal' : 'red'} radius="sm">
      {t(passed ? 'quality.scorePassed' : 'quality.scoreFailed', { score: value })}
    </Badge>
  );
}
