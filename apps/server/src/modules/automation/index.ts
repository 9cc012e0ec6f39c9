export * from './automation.table.ts';
export { automationRoutes } from './automation.routes.ts';
export { runAutomation, runInboundAutomation, type AutomationTrigger } from './automation-engine.ts';
export { executeActions, type ActionAuthor, type ActionsResult } from './automation-actions.ts';
export { missingReferences } from './automation-references.ts';
export { sweepTimeRules } from './automation-sweep.ts';
export { watchWebhooks, webhookJob, webhookSignature } from './automation-webhook.ts';
