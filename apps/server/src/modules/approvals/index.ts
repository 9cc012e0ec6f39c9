export { approvalsRoutes } from './approvals.routes.ts';
export { holdReplyForApproval } from './approvals.service.ts';
