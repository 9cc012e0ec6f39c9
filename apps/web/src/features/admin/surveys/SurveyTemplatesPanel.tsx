import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  SURVEY_PLACEHOLDERS,
  type Locale,
  type SaveSurveyTemplateInput,
  type SurveyKind,
} from '@kontakt/contracts';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import {
  listSurveyTemplates,
  resetSurveyTemplate,
  saveSurveyTemplate,
  surveyKeys,
} from '../../surveys/survey-api.ts';

const FIELDS = ['question', 'commentPrompt', 'thankYou', 'emailSubject'] as const;
const EMPTY: SaveSurveyTemplateInput = {
  question: '',
  commentPrompt: '',
  thankYou: '',
  emailSubject: '',
  emailBody: '',
};

/** The texts of each survey kind in Polish, Czech and English (built in until changed). */
export function SurveyTemplatesPanel() {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const client = useQueryClient();
  const [kind, setKind] = useState<SurveyKind>('csat');
  const [language, setLanguage] = useState<Locale>('pl');
  const templates = useQuery({ queryKey: surveyKeys.templates, queryFn: listSurveyTemplates });
  const current = templates.data?.find((x) => x.kind === kind && x.language === language);
  const [form, setForm] = useState<SaveSurveyTemplateInput>(EMPTY);
  // The form follows the chosen kind and language (and a save or reset): adjusted while rendering.
  const [shown, setShown] = useState<typeof current>(undefined);
  if (current !== shown) {
    setShown(current);
    if (current) {
      const { kind: _k, language: _l, custom: _c, ...texts } = current;
      setForm(texts);
    }
  }
  const done = () => void client.invalidateQueries({ queryKey: surveyKeys.templates });
  const save = useMutation({ mutationFn: () => saveSurveyTemplate(kind, language, form), onSuccess: done });
  const reset = useMutation({ mutationFn: () => resetSurveyTemplate(kind, language), onSuccess: done });

  return (
    <Stack gap="md" maw={720}>
      <Group>
        <SegmentedControl
          aria-label={t('admin.surveys.templates.kind')}
          value={kind}
          onChange={(v) => setKind(v as SurveyKind)}
          data={(['csat', 'nps', 'ces'] as const).map((k) => ({ value: k, label: t(`surveys.kind.${k}`) }))}
        />
        <SegmentedControl
          aria-label={t('admin.surveys.templates.language')}
          value={language}
          onChange={(v) => setLanguage(v as Locale)}
          data={(['pl', 'cs', 'en'] as const).map((l) => ({ value: l, label: l.toUpperCase() }))}
        />
        {current && (
          <Badge variant="light" color={current.custom ? 'indigo' : 'gray'}>
            {t(current.custom ? 'admin.surveys.templates.custom' : 'admin.surveys.templates.builtIn')}
          </Badge>
        )}
      </Group>
      {templates.isError && <Alert color="red">{describe(templates.error)}</Alert>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          {FIELDS.map((f) => (
            <TextInput
              key={f}
              label={t(`admin.surveys.templates.${f}`)}
              value={form[f]}
              onChange={(e) => setForm({ ...form, [f]: e.currentTarget.value })}
              required
            />
          ))}
          <Textarea
            label={t('admin.surveys.templates.emailBody')}
            description={t('admin.surveys.templates.placeholders', {
              list: SURVEY_PLACEHOLDERS.join(', '),
              link: '{{link}}',
            })}
            value={form.emailBody}
            onChange={(e) => setForm({ ...form, emailBody: e.currentTarget.value })}
            autosize
            minRows={5}
            required
          />
          {(save.isError || reset.isError) && (
            <Alert color="red">{describe(save.error ?? reset.error)}</Alert>
          )}
          {save.isSuccess && (
            <Text c="teal" size="sm" role="status">
              {t('admin.surveys.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('admin.surveys.save')}
            </Button>
            {current?.custom && (
              <Button variant="default" loading={reset.isPending} onClick={() => reset.mutate()}>
                {t('admin.surveys.templates.reset')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
