export * from './complaints.table.ts';
export { complaintsRoutes } from './complaints.routes.ts';
export { deadlinesRoutes } from './deadlines.routes.ts';
export { sweepComplaints } from './complaints.jobs.ts';
// The customer portal files complaints, shows them and serves the protocol PDF through these.
export { createComplaint } from './complaints.service.ts';
export { complaintProtocolPdf } from './complaint-documents.service.ts';
export { presentComplaint } from './complaints.presenter.ts';
export { complaintCausesRoutes } from './complaint-causes.routes.ts';
export { complaintReportsRoutes } from './complaint-reports.routes.ts';
export { recordPortalView } from './complaint-letter.service.ts';
export { getComplaintForPortal, decisionLetterPdfForPortal } from './complaint-portal.ts';
