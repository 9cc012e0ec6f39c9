import type {
  CreateSurveyCampaignInput,
  Locale,
  PublicSurvey,
  PublicSurveyAnswerInput,
  SaveSurveyTemplateInput,
  SurveyAnswer,
  SurveyCampaign,
  SurveyFigures,
  SurveyKind,
  SurveySettings,
  SurveyTemplate,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

/** Filters of the results view (as sent in the query string). */
export interface SurveyFilters {
  kind?: SurveyKind;
  from?: string;
  to?: string;
  queueId?: string;
  agentId?: string;
  campaignId?: string;
  lowOnly?: boolean;
}

export const surveyKeys = {
  all: ['surveys'] as const,
  answers: (f: SurveyFilters) => ['surveys', 'answers', f] as const,
  figures: (f: SurveyFilters) => ['surveys', 'figures', f] as const,
  settings: ['surveys', 'settings'] as const,
  templates: ['surveys', 'templates'] as const,
  campaigns: ['surveys', 'campaigns'] as const,
};

const query = (f: SurveyFilters, omitKind = false) => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) {
    if (v === undefined || v === '' || v === false || (omitKind && k === 'kind')) continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
};

const tokenPath = (token: string) => `/public/surveys/${encodeURIComponent(token)}`;

/** The survey behind a link (no sign-in). */
export const getPublicSurvey = (token: string) =>
  request<PublicSurvey>('GET', tokenPath(token), { signOutOn401: false });

/** Saves or changes the answer of a link. */
export const answerPublicSurvey = (token: string, input: PublicSurveyAnswerInput) =>
  request<PublicSurvey>('PUT', `${tokenPath(token)}/answer`, {
    body: input,
    csrf: false,
    signOutOn401: false,
  });

export const listSurveyAnswers = (f: SurveyFilters) =>
  request<{ items: SurveyAnswer[]; nextCursor: string | null }>('GET', `/surveys/answers${query(f)}`);

export const getSurveyFigures = (f: SurveyFilters) =>
  request<SurveyFigures>('GET', `/surveys/figures${query(f, true)}`);

export const getSurveySettings = () => request<SurveySettings>('GET', '/surveys/settings');
export const saveSurveySettings = (input: SurveySettings) =>
  request<SurveySettings>('PUT', '/surveys/settings', { body: input });

export const listSurveyTemplates = () =>
  request<{ items: SurveyTemplate[] }>('GET', '/surveys/templates').then((r) => r.items);
export const saveSurveyTemplate = (kind: SurveyKind, language: Locale, input: SaveSurveyTemplateInput) =>
  request<SurveyTemplate>('PUT', `/surveys/templates/${kind}/${language}`, { body: input });
export const resetSurveyTemplate = (kind: SurveyKind, language: Locale) =>
  request<SurveyTemplate>('DELETE', `/surveys/templates/${kind}/${language}`);

export const listCampaigns = () =>
  request<{ items: SurveyCampaign[] }>('GET', '/surveys/campaigns').then((r) => r.items);
export const createCampaign = (input: CreateSurveyCampaignInput) =>
  request<SurveyCampaign>('POST', '/surveys/campaigns', { body: input });
export const sendCampaign = (id: string) =>
  request<SurveyCampaign>('POST', `/surveys/campaigns/${encodeURIComponent(id)}/send`);
