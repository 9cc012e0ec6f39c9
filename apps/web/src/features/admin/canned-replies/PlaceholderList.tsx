import { Stack, Text, UnstyledButton } from '@mantine/core';
import { PLACEHOLDERS } from '@kontakt/domain';
import { useTranslation } from 'react-i18next';
import classes from './CannedReplies.module.css';

/** The placeholder as it is inserted: dates get the `date` filter. */
export const placeholderSnippet = (p: (typeof PLACEHOLDERS)[number]) =>
  p.type === 'instant' ? `{{${p.name} | date}}` : `{{${p.name}}}`;

/** Every placeholder with what it stands for; a click inserts it where the cursor is. */
export function PlaceholderList({ onInsert }: { onInsert: (snippet: string) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} aria-labelledby="placeholder-list-title">
      <Text size="sm" fw={600} id="placeholder-list-title">
        {t('cannedReplies.placeholders.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('cannedReplies.placeholders.hint')} {t('cannedReplies.placeholders.filters')}
      </Text>
      <ul className={classes.placeholders}>
        {PLACEHOLDERS.map((p) => (
          <li key={p.name}>
            <UnstyledButton
              className={classes.placeholder}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onInsert(placeholderSnippet(p))}
            >
              <code>{placeholderSnippet(p)}</code>
              <span className={classes.placeholderLabel}>
                {t(`cannedReplies.placeholders.${p.name.replace('.', '_') as 'customer_name'}`)}
              </span>
            </UnstyledButton>
            {p.dependsOn === 'sla' && (
              <Text size="xs" c="dimmed" ml={6}>
                {t('cannedReplies.placeholders.slaPending')}
              </Text>
            )}
          </li>
        ))}
      </ul>
    </Stack>
  );
}
