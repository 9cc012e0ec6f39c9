import { Button, Code, CopyButton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { embedSnippet } from './chat-channel-values.ts';

/** The widget's embed code for a saved channel, with a copy button. */
export function EmbedSnippet({ publicId }: { publicId: string }) {
  const { t } = useTranslation();
  const snippet = embedSnippet(window.location.origin, publicId);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('admin.chatChannels.embed.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('admin.chatChannels.embed.hint')}
      </Text>
      <Code block aria-label={t('admin.chatChannels.embed.title')}>
        {snippet}
      </Code>
      <CopyButton value={snippet}>
        {({ copied, copy }) => (
          <Button variant="light" size="xs" onClick={copy} color={copied ? 'teal' : undefined}>
            {copied ? t('admin.chatChannels.embed.copied') : t('admin.chatChannels.embed.copy')}
          </Button>
        )}
      </CopyButton>
    </Stack>
  );
}
