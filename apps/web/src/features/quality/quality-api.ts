import type {
  Calibration,
  CreateScorecardInput,
  Review,
  ReviewInput,
  SampledTicket,
  SampleInput,
  Scorecard,
  TrendPoint,
  TrendQuery,
  UpdateReviewInput,
  UpdateScorecardInput,
} from '@kontakt/contracts';
import { request } from '../../api/client.ts';

const enc = encodeURIComponent;
const qs = (params: Record<string, string | number | undefined>) => {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== '');
  return entries.length ? `?${entries.map(([k, v]) => `${k}=${enc(String(v))}`).join('&')}` : '';
};

export const qualityKeys = {
  all: ['quality'] as const,
  scorecards: ['quality', 'scorecards'] as const,
  reviews: (filters: Record<string, string | undefined>) => ['quality', 'reviews', filters] as const,
  trends: (q: Partial<TrendQuery>) => ['quality', 'trends', q] as const,
  calibration: (ticketId: string, scorecardId: string) =>
    ['quality', 'calibration', ticketId, scorecardId] as const,
};

export async function listScorecards(): Promise<Scorecard[]> {
  return (await request<{ items: Scorecard[] }>('GET', '/quality/scorecards')).items;
}
export const createScorecard = (input: CreateScorecardInput) =>
  request<Scorecard>('POST', '/quality/scorecards', { body: input });
export const updateScorecard = (id: string, input: UpdateScorecardInput) =>
  request<Scorecard>('PATCH', `/quality/scorecards/${enc(id)}`, { body: input });
export const deleteScorecard = (id: string) => request<void>('DELETE', `/quality/scorecards/${enc(id)}`);

export async function listReviews(filters: {
  ticketId?: string;
  agentId?: string;
  status?: string;
}): Promise<Review[]> {
  return (await request<{ items: Review[] }>('GET', `/quality/reviews${qs(filters)}`)).items;
}
export const createReview = (input: ReviewInput) =>
  request<Review>('POST', '/quality/reviews', { body: input });
export const updateReview = (id: string, input: UpdateReviewInput) =>
  request<Review>('PATCH', `/quality/reviews/${enc(id)}`, { body: input });
export const respondToReview = (id: string, kind: 'acknowledge' | 'dispute', comment: string) =>
  request<Review>('POST', `/quality/reviews/${enc(id)}/${kind}`, { body: { comment } });

export async function sampleConversations(input: SampleInput): Promise<SampledTicket[]> {
  return (await request<{ items: SampledTicket[] }>('POST', '/quality/samples', { body: input })).items;
}
export const getCalibration = (ticketId: string, scorecardId: string) =>
  request<Calibration>('GET', `/quality/calibration${qs({ ticketId, scorecardId })}`);
export async function getTrends(q: TrendQuery): Promise<TrendPoint[]> {
  return (await request<{ items: TrendPoint[] }>('GET', `/quality/trends${qs(q)}`)).items;
}
