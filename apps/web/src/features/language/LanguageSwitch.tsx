import { useState } from 'react';
import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../../api/auth.ts';
import { currentLocale, isLocale, LOCALE_NAMES, LOCALES } from '../../i18n/index.ts';
import { useMe, useSetMe } from '../auth/session.tsx';

/**
 * Chooses pl / cs / en. The choice is remembered in this browser and, when an agent is signed
 * in, stored on their profile so it follows them to other devices.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { data: me } = useMe();
  const setMe = useSetMe();
  const [saving, setSaving] = useState(false);

  const change = async (value: string) => {
    if (!isLocale(value)) return;
    await i18n.changeLanguage(value);
    if (!me || me.agent.locale === value) return;
    setSaving(true);
    try {
      setMe(await updateMe({ locale: value }));
    } catch (error) {
      // The page already speaks the new language; the profile catches up on the next change.
      console.warn('Could not store the language on the profile', error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <NativeSelect
      aria-label={t('language.label')}
      leftSection={<IconLanguage size={16} stroke={1.6} aria-hidden />}
      value={currentLocale(i18n)}
      onChange={(event) => void change(event.currentTarget.value)}
      disabled={saving}
      w={130}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NAMES[locale]}
        </option>
      ))}
    </NativeSelect>
  );
}
