export * from './stats.ts';
export * from './response-times.ts';
export * from './contact-center.ts';
export * from './ticket-kpis.ts';
export * from './satisfaction.ts';
export {
  AFTER_CONTACT_WORK,
  occupancyUtilization,
  presenceBreakdown,
  presenceSpans,
  unionIntervals,
  type PresenceSpan,
} from './presence.ts';
