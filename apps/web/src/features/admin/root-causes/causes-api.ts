import type {
  ComplaintCause,
  CreateComplaintCauseInput,
  CreateRejectionTemplateInput,
  RejectionTemplate,
  UpdateComplaintCauseInput,
  UpdateRejectionTemplateInput,
} from '@kontakt/contracts';
import type { z } from 'zod';
import { request } from '../../../api/client.ts';

const enc = encodeURIComponent;

export const createCause = (input: z.input<typeof CreateComplaintCauseInput>) =>
  request<ComplaintCause>('POST', '/complaint-causes', { body: input });
export const updateCause = (id: string, input: UpdateComplaintCauseInput) =>
  request<ComplaintCause>('PATCH', `/complaint-causes/${enc(id)}`, { body: input });
export const createTemplate = (input: CreateRejectionTemplateInput) =>
  request<RejectionTemplate>('POST', '/complaint-rejection-templates', { body: input });
export const updateTemplate = (id: string, input: UpdateRejectionTemplateInput) =>
  request<RejectionTemplate>('PATCH', `/complaint-rejection-templates/${enc(id)}`, { body: input });
