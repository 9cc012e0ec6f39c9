import type { ReactNode } from 'react';
import { Tabs, VisuallyHidden } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@kontakt/contracts';
import { LOCALE_NAMES, LOCALES } from '../../../i18n/index.ts';

interface LocaleTabsProps {
  /** Names the tab list, e.g. "Signature language". */
  label: string;
  /** Whether a language's inputs have an error, so its tab shows it even when not selected. */
  hasError: (locale: Locale) => boolean;
  children: (locale: Locale) => ReactNode;
}

/** One tab per language (pl, cs, en) for texts kept per language. */
export function LocaleTabs({ label, hasError, children }: LocaleTabsProps) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue={LOCALES[0]} keepMounted={false}>
      <Tabs.List aria-label={label}>
        {LOCALES.map((locale) => {
          const error = hasError(locale);
          return (
            <Tabs.Tab
              key={locale}
              value={locale}
              c={error ? 'red' : undefined}
              rightSection={error ? <IconAlertCircle size={14} aria-hidden /> : undefined}
            >
              {LOCALE_NAMES[locale]}
              {error && <VisuallyHidden>{t('admin.mailboxes.tabHasError')}</VisuallyHidden>}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {LOCALES.map((locale) => (
        <Tabs.Panel key={locale} value={locale} pt="xs">
          {children(locale)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
