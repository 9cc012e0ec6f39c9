export * from './surveys.table.ts';
export { surveysRoutes } from './surveys.routes.ts';
export { surveyPublicRoutes } from './survey-public.routes.ts';
export { recordChatRating } from './survey-answers.service.ts';
export { scheduleCsat, surveySendJob, sweepSurveys } from './survey-send.service.ts';
export { surveyCampaignJob } from './survey-campaigns.service.ts';
export { watchSolvedTickets } from './survey-watch.ts';
