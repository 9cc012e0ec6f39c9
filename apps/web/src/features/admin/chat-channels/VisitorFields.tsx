import { Checkbox, Fieldset, Group, NumberInput, Stack, TagsInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { PRE_CHAT_FIELDS, type ChannelValues } from './chat-channel-values.ts';

/** What the visitor is asked before the chat, the privacy notice, and what they may upload. */
export function VisitorFields({ form }: { form: UseFormReturnType<ChannelValues> }) {
  const { t } = useTranslation();
  const fieldOptions = PRE_CHAT_FIELDS.map((field) => (
    <Checkbox key={field} value={field} label={t(`admin.chatChannels.preChat.${field}`)} />
  ));
  return (
    <>
      <Fieldset legend={t('admin.chatChannels.preChat.title')} variant="unstyled">
        <Stack gap="sm">
          <Checkbox.Group
            label={t('admin.chatChannels.preChat.fields')}
            description={t('admin.chatChannels.preChat.fieldsHint')}
            key={form.key('preChat.fields')}
            {...form.getInputProps('preChat.fields')}
          >
            <Group gap="md" mt={4}>
              {fieldOptions}
            </Group>
          </Checkbox.Group>
          <Checkbox.Group
            label={t('admin.chatChannels.preChat.required')}
            key={form.key('preChat.required')}
            {...form.getInputProps('preChat.required')}
          >
            <Group gap="md" mt={4}>
              {fieldOptions}
            </Group>
          </Checkbox.Group>
          <TextInput
            label={t('admin.chatChannels.fields.privacyUrl')}
            description={t('admin.chatChannels.fields.privacyUrlHint')}
            placeholder="https://"
            key={form.key('privacyUrl')}
            {...form.getInputProps('privacyUrl')}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t('admin.chatChannels.uploads.title')} variant="unstyled">
        <Stack gap="sm">
          <TagsInput
            label={t('admin.chatChannels.uploads.allowedTypes')}
            description={t('admin.chatChannels.uploads.allowedTypesHint')}
            key={form.key('uploads.allowedTypes')}
            {...form.getInputProps('uploads.allowedTypes')}
          />
          <NumberInput
            label={t('admin.chatChannels.uploads.maxMegabytes')}
            min={0.1}
            max={20}
            step={1}
            decimalScale={1}
            key={form.key('uploads.maxBytes')}
            {...form.getInputProps('uploads.maxBytes')}
          />
        </Stack>
      </Fieldset>
    </>
  );
}
