import { useMemo, useRef, useState } from 'react';
import { Button, Group, SegmentedControl, Select, Stack, Switch, Tabs, Text, TextInput } from '@mantine/core';
import {
  CreateCannedReplyInput,
  UpdateCannedReplyInput,
  type CannedReply,
  type Locale,
} from '@kontakt/contracts';
import { parseTemplate } from '@kontakt/domain';
import { useTranslation } from 'react-i18next';
import { createCannedReply, deleteCannedReply, updateCannedReply } from '../../../api/canned-replies.ts';
import { currentLocale } from '../../../i18n/index.ts';
import { useSignedInMe } from '../../auth/session.tsx';
import { DrawerForm } from '../shared/AdminDrawer.tsx';
import { useAdminTeams } from '../shared/admin-queries.ts';
import { useAdminForm } from '../shared/use-admin-form.ts';
import { initialValues, LANGUAGES, toInput, type CannedReplyValues } from './canned-reply-values.ts';
import { sampleValues } from './placeholder-preview.ts';
import { PlaceholderList } from './PlaceholderList.tsx';
import { DeleteButton } from '../shared/DeleteButton.tsx';
import { VariantEditor } from './VariantEditor.tsx';

const LIST_KEY = ['canned-replies'] as const;

/** Creates a canned reply (no `reply`) or changes one: texts per language, placeholders, scope. */
export function CannedReplyForm({ reply, onDone }: { reply?: CannedReply; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const teams = useAdminTeams();
  const mayShare = me.agent.role === 'lead' || me.agent.role === 'admin';
  const { form, onSubmit, formError, saving } = useAdminForm<CannedReplyValues, CannedReply>({
    schema: reply ? UpdateCannedReplyInput : CreateCannedReplyInput,
    initialValues: initialValues(reply, currentLocale(i18n)),
    toInput,
    save: (input: CreateCannedReplyInput) =>
      reply ? updateCannedReply(reply.id, input) : createCannedReply(input),
    invalidate: [LIST_KEY],
    savedMessage: reply ? t('cannedReplies.saved') : t('cannedReplies.created'),
    codeFields: { shortcut_taken: 'shortcut' },
    onSaved: onDone,
  });
  const variants = form.values.variants;
  const [active, setActive] = useState<Locale>(variants[0]!.language);
  const boxes = useRef(new Map<Locale, HTMLTextAreaElement>());
  const sample = useMemo(
    () =>
      sampleValues({
        customerName: t('cannedReplies.sample.customerName'),
        subject: t('cannedReplies.sample.subject'),
        queue: t('cannedReplies.sample.queue'),
        agentName: me.agent.name,
        organizationName: me.organization.name,
      }),
    [t, me],
  );

  const insert = (snippet: string) => {
    const index = variants.findIndex((v) => v.language === active);
    const box = boxes.current.get(active);
    if (index < 0) return;
    const text = variants[index]!.text;
    const at = box ? box.selectionStart : text.length;
    const end = box ? box.selectionEnd : text.length;
    form.setFieldValue(`variants.${index}.text`, text.slice(0, at) + snippet + text.slice(end));
    requestAnimationFrame(() => {
      box?.focus();
      box?.setSelectionRange(at + snippet.length, at + snippet.length);
    });
  };
  const addLanguage = (language: Locale) => {
    form.insertListItem('variants', { language, text: '', html: null, originalText: '' });
    setActive(language);
  };
  const removeLanguage = (index: number) => {
    form.removeListItem('variants', index);
    setActive(variants.find((_, i) => i !== index)!.language);
  };
  // Placeholder mistakes are shown under the text as it is typed; they also block saving.
  const valid = variants.every((v) => parseTemplate(v.text).ok);
  const missing = LANGUAGES.filter((l) => !variants.some((v) => v.language === l));

  return (
    <DrawerForm
      onSubmit={(e) => (valid ? onSubmit(e) : e?.preventDefault())}
      onCancel={onDone}
      formError={formError}
      saving={saving}
      submitLabel={reply ? t('admin.common.saveChanges') : t('cannedReplies.create')}
      actions={
        reply?.abilities.delete && (
          <DeleteButton
            id={reply.id}
            remove={deleteCannedReply}
            listKey={LIST_KEY}
            onDone={onDone}
            texts={{
              delete: t('cannedReplies.delete'),
              confirm: t('cannedReplies.deleteConfirm'),
              deleted: t('cannedReplies.deleted'),
            }}
          />
        )
      }
    >
      <TextInput
        label={t('cannedReplies.fields.title')}
        withAsterisk
        autoComplete="off"
        {...form.getInputProps('title')}
      />
      <Group grow align="flex-start">
        <TextInput
          label={t('cannedReplies.fields.shortcut')}
          description={t('cannedReplies.fields.shortcutHint')}
          withAsterisk
          autoComplete="off"
          leftSection="/"
          {...form.getInputProps('shortcut')}
        />
        <TextInput
          label={t('cannedReplies.fields.category')}
          autoComplete="off"
          {...form.getInputProps('category')}
        />
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="canned-scope">
          {t('cannedReplies.fields.scope')}
        </Text>
        <SegmentedControl
          aria-labelledby="canned-scope"
          data={(['personal', 'team', 'organization'] as const).map((value) => ({
            value,
            label: t(`cannedReplies.scope.${value}`),
            disabled: value !== 'personal' && !mayShare,
          }))}
          {...form.getInputProps('scope')}
        />
        {!mayShare && (
          <Text size="xs" c="dimmed">
            {t('cannedReplies.scopeHint')}
          </Text>
        )}
      </Stack>
      {form.values.scope === 'team' && (
        <Select
          label={t('cannedReplies.fields.team')}
          withAsterisk
          data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
          {...form.getInputProps('teamId')}
        />
      )}
      <Switch
        label={t('cannedReplies.fields.active')}
        {...form.getInputProps('active', { type: 'checkbox' })}
      />
      <Text size="xs" c="dimmed">
        {t('cannedReplies.variantHint')}
      </Text>
      <Tabs value={active} onChange={(v) => v && setActive(v as Locale)} keepMounted={false}>
        <Tabs.List>
          {variants.map((v) => (
            <Tabs.Tab key={v.language} value={v.language}>
              {t(`cannedReplies.languages.${v.language}`)}
            </Tabs.Tab>
          ))}
          {missing.map((language) => (
            <Button
              key={language}
              size="compact-xs"
              variant="subtle"
              ml={4}
              onClick={() => addLanguage(language)}
            >
              {t('cannedReplies.addLanguage', { language: t(`cannedReplies.languages.${language}`) })}
            </Button>
          ))}
        </Tabs.List>
        {variants.map((v, index) => (
          <Tabs.Panel key={v.language} value={v.language} pt="xs">
            <VariantEditor
              language={v.language}
              text={v.text}
              onChange={(text) => form.setFieldValue(`variants.${index}.text`, text)}
              error={form.errors[`variants.${index}.body`] as string | undefined}
              htmlKept={v.html !== null && v.text === v.originalText}
              textareaRef={(el) =>
                void (el ? boxes.current.set(v.language, el) : boxes.current.delete(v.language))
              }
              onFocus={() => setActive(v.language)}
              onRemove={variants.length > 1 ? () => removeLanguage(index) : undefined}
              sample={sample}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <PlaceholderList onInsert={insert} />
    </DrawerForm>
  );
}
