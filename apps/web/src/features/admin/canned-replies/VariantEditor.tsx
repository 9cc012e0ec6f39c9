import type { Ref } from 'react';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { Locale } from '@kontakt/contracts';
import type { PlaceholderValues, TemplateProblem } from '@kontakt/domain';
import { useTranslation } from 'react-i18next';
import { previewText } from './placeholder-preview.ts';
import classes from './CannedReplies.module.css';

interface VariantEditorProps {
  language: Locale;
  text: string;
  onChange: (text: string) => void;
  /** The server's or the contract's complaint about this text, if any. */
  error?: string | undefined;
  /** The text came with formatting (HTML) through the API, kept while the text is unchanged. */
  htmlKept: boolean;
  textareaRef: Ref<HTMLTextAreaElement>;
  onFocus: () => void;
  onRemove?: (() => void) | undefined;
  sample: PlaceholderValues;
}

/** One language's text with its placeholders checked as you type, and the filled-in preview. */
export function VariantEditor({ textareaRef, ...props }: VariantEditorProps) {
  const { t } = useTranslation();
  const languageName = t(`cannedReplies.languages.${props.language}`);
  const preview = previewText(props.text, props.language, props.sample);
  const problem = preview.ok ? null : preview.problems[0]!;
  const describe = (p: TemplateProblem) =>
    t(`cannedReplies.problems.${p.code}`, { placeholder: p.placeholder });
  return (
    <Stack gap={6}>
      <Textarea
        ref={textareaRef}
        label={t('cannedReplies.fields.body', { language: languageName })}
        description={props.htmlKept ? t('cannedReplies.htmlKept') : undefined}
        withAsterisk
        autosize
        minRows={5}
        maxRows={14}
        value={props.text}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        onFocus={props.onFocus}
        error={props.error ?? (problem ? describe(problem) : undefined)}
      />
      <Stack gap={2}>
        <Group justify="space-between">
          <Text size="sm" fw={600} id={`preview-${props.language}`}>
            {t('cannedReplies.preview.title')}
          </Text>
          {props.onRemove && (
            <Button size="compact-xs" variant="subtle" color="red" onClick={props.onRemove}>
              {t('cannedReplies.removeLanguage', { language: languageName })}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {t('cannedReplies.preview.hint', { language: languageName })}
        </Text>
        <pre className={classes.preview} aria-labelledby={`preview-${props.language}`} aria-live="polite">
          {preview.ok ? preview.text || t('cannedReplies.preview.empty') : '—'}
        </pre>
      </Stack>
    </Stack>
  );
}
