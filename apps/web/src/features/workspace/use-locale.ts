import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/index.ts';

/** The language the workspace is shown in, for `Intl` formatters. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return currentLocale(i18n);
}
