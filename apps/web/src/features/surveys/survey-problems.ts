import { ApiError } from '../../api/client.ts';

export type ProblemKey =
  'survey.expired' | 'survey.invalid' | 'survey.notFound' | 'survey.tooMany' | 'survey.failed';

/** Why a survey link does not open or save, as the customer should read it. */
export function problemKey(error: unknown): ProblemKey {
  if (error instanceof ApiError) {
    if (error.code === 'survey_link_expired') return 'survey.expired';
    if (error.code === 'survey_link_invalid' || error.status === 400) return 'survey.invalid';
    if (error.status === 404) return 'survey.notFound';
    if (error.status === 429) return 'survey.tooMany';
  }
  return 'survey.failed';
}
