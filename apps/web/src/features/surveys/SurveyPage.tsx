import { useId, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Center, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicSurvey } from '@kontakt/contracts';
import { useDocumentTitle } from '../shell/use-document-title.ts';
import { answerPublicSurvey, getPublicSurvey } from './survey-api.ts';
import { ScoreButtons } from './ScoreButtons.tsx';
import { problemKey } from './survey-problems.ts';
import { tokenLanguage } from './survey-token.ts';
import { useSurveyT } from './use-survey-t.ts';

/**
 * The satisfaction survey a customer opens from the e-mailed link (`/survey/:token`), without
 * signing in. It speaks the language the link was made for; a second answer changes the first.
 */
export function SurveyPage() {
  const { token = '' } = useParams();
  const { i18n } = useTranslation();
  const language = tokenLanguage(token) ?? i18n.language;
  const t = useSurveyT(language);
  useDocumentTitle(t('survey.title'));
  const survey = useQuery({
    queryKey: ['public-survey', token],
    queryFn: () => getPublicSurvey(token),
    retry: false,
  });

  return (
    <Box mih="100vh" bg="var(--mantine-color-body)" lang={language}>
      <Center component="main" py="xl" px="md">
        <Paper withBorder p="lg" radius="md" w="100%" maw={560}>
          {survey.isPending && (
            <Center py="lg">
              <Loader aria-label={t('survey.loading')} />
            </Center>
          )}
          {survey.isError && (
            <Stack gap="sm">
              <Title order={1} size="h3">
                {t('survey.title')}
              </Title>
              <Alert color="orange" role="alert">
                {t(problemKey(survey.error))}
              </Alert>
            </Stack>
          )}
          {survey.data && <SurveyForm token={token} survey={survey.data} />}
        </Paper>
      </Center>
    </Box>
  );
}

function SurveyForm({ token, survey }: { token: string; survey: PublicSurvey }) {
  const t = useSurveyT(survey.language);
  const questionId = useId();
  const [score, setScore] = useState<number | null>(survey.answer?.score ?? null);
  const [comment, setComment] = useState(survey.answer?.comment ?? '');
  const [missing, setMissing] = useState(false);
  const save = useMutation({ mutationFn: () => answerPublicSurvey(token, { score: score!, comment }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return setMissing(true);
    save.mutate();
  };

  if (save.isSuccess)
    return (
      <Stack gap="sm" role="status">
        <Title order={1} size="h3">
          {save.data.thankYou}
        </Title>
        <Text c="dimmed">{t('survey.saved', { score: save.data.answer?.score })}</Text>
        <Button variant="subtle" onClick={() => save.reset()} w="fit-content">
          {t('survey.change')}
        </Button>
      </Stack>
    );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={1} size="h3" id={questionId}>
          {survey.question}
        </Title>
        {survey.answer && (
          <Text size="sm" c="dimmed">
            {t('survey.alreadyAnswered')}
          </Text>
        )}
        <ScoreButtons
          kind={survey.kind}
          min={survey.min}
          max={survey.max}
          value={score}
          onChange={(next) => {
            setScore(next);
            setMissing(false);
          }}
          language={survey.language}
          labelledBy={questionId}
        />
        {missing && (
          <Text c="red" size="sm" role="alert">
            {t('survey.pickScore')}
          </Text>
        )}
        <Textarea
          label={survey.commentPrompt}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={2000}
        />
        {save.isError && (
          <Alert color="red" role="alert">
            {t(problemKey(save.error))}
          </Alert>
        )}
        <Button type="submit" loading={save.isPending} w="fit-content">
          {t('survey.send')}
        </Button>
      </Stack>
    </form>
  );
}

export default SurveyPage;
