import { and, eq, sql } from 'drizzle-orm';
import { SURVEY_SCALES, type PublicSurvey, type PublicSurveyAnswerInput } from '@kontakt/contracts';
import type { AppDeps } from '../../http/deps.ts';
import { AppError } from '../../http/errors.ts';
import { surveyAnswers, surveyRequests, type SurveyRequestRow } from './surveys.table.ts';
import { textsFor } from './survey-settings.service.ts';
import { verifySurveyToken } from './survey-token.ts';
import { recordAnswer } from './survey-answers.service.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'events' | 'secrets'>;

/** The invitation behind a signed link (400 altered, 410 expired, 404 withdrawn). */
async function requestOf(deps: Deps, token: string): Promise<SurveyRequestRow> {
  const claims = verifySurveyToken(deps.secrets, token, deps.clock.now());
  const [r] = await deps.db
    .select()
    .from(surveyRequests)
    .where(and(eq(surveyRequests.id, claims.requestId), eq(surveyRequests.ticketId, claims.ticketId)));
  if (!r) throw new AppError(404, 'survey_not_found', 'This survey no longer exists.');
  return r;
}

async function storedAnswer(deps: Deps, r: SurveyRequestRow) {
  const where =
    r.campaignId !== null
      ? and(
          eq(surveyAnswers.campaignId, r.campaignId),
          sql`${surveyAnswers.customerId} IS NOT DISTINCT FROM ${r.customerId}`,
        )
      : and(eq(surveyAnswers.ticketId, r.ticketId), eq(surveyAnswers.kind, 'csat'));
  const [a] = await deps.db.select().from(surveyAnswers).where(where);
  return a ? { score: a.score, comment: a.comment } : null;
}

async function present(deps: Deps, r: SurveyRequestRow, token: string): Promise<PublicSurvey> {
  const texts = await textsFor(deps.db, r.organizationId, r.kind, r.language);
  const claims = verifySurveyToken(deps.secrets, token, deps.clock.now());
  return {
    kind: r.kind,
    language: r.language,
    question: texts.question,
    commentPrompt: texts.commentPrompt,
    thankYou: texts.thankYou,
    ...SURVEY_SCALES[r.kind],
    answer: await storedAnswer(deps, r),
    expiresAt: new Date(claims.expiresAt).toISOString(),
  };
}

/** What the public survey page shows. */
export async function getPublicSurvey(deps: Deps, token: string): Promise<PublicSurvey> {
  return present(deps, await requestOf(deps, token), token);
}

/** Saves (or changes) the answer of the link's ticket or campaign recipient. */
export async function answerPublicSurvey(
  deps: Deps,
  token: string,
  input: PublicSurveyAnswerInput,
): Promise<PublicSurvey> {
  const r = await requestOf(deps, token);
  await recordAnswer(
    deps,
    {
      organizationId: r.organizationId,
      kind: r.kind,
      source: r.campaignId ? 'campaign' : 'email',
      ticketId: r.ticketId,
      requestId: r.id,
      campaignId: r.campaignId,
      customerId: r.customerId,
      agentId: r.agentId,
      queueId: r.queueId,
      teamId: r.teamId,
      contactReasonId: r.contactReasonId,
      language: r.language,
    },
    input.score,
    input.comment ?? '',
  );
  return present(deps, r, token);
}
