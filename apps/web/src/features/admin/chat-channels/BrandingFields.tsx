import { ColorInput, Fieldset, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { GREETING_LOCALES, type ChannelValues } from './chat-channel-values.ts';

/** How the widget looks: accent colour, corner, avatar and the greeting in each language. */
export function BrandingFields({ form }: { form: UseFormReturnType<ChannelValues> }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('admin.chatChannels.branding.title')} variant="unstyled">
      <Stack gap="sm">
        <ColorInput
          label={t('admin.chatChannels.branding.color')}
          format="hex"
          withEyeDropper={false}
          key={form.key('branding.color')}
          {...form.getInputProps('branding.color')}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('admin.chatChannels.branding.position')}
          </Text>
          <SegmentedControl
            aria-label={t('admin.chatChannels.branding.position')}
            data={[
              { value: 'bottom-right', label: t('admin.chatChannels.branding.bottomRight') },
              { value: 'bottom-left', label: t('admin.chatChannels.branding.bottomLeft') },
            ]}
            key={form.key('branding.position')}
            {...form.getInputProps('branding.position')}
          />
        </Stack>
        <TextInput
          label={t('admin.chatChannels.branding.avatarUrl')}
          description={t('admin.chatChannels.branding.avatarUrlHint')}
          placeholder="https://"
          key={form.key('branding.avatarUrl')}
          {...form.getInputProps('branding.avatarUrl')}
        />
        {GREETING_LOCALES.map((locale) => (
          <Textarea
            key={form.key(`branding.greeting.${locale}`)}
            label={t('admin.chatChannels.branding.greeting', {
              language: t(`admin.chatChannels.languages.${locale}`),
            })}
            description={locale === 'en' ? t('admin.chatChannels.branding.greetingHint') : undefined}
            autosize
            minRows={2}
            {...form.getInputProps(`branding.greeting.${locale}`)}
          />
        ))}
      </Stack>
    </Fieldset>
  );
}
