import type { MeResponse } from '@kontakt/contracts';

/** Seniors, leads and admins approve juniors' replies (the server decides; this only shapes the screen). */
export const canApprove = (me: MeResponse) =>
  me.agent.role === 'lead' ||
  me.agent.role === 'admin' ||
  (me.agent.role === 'agent' && me.agent.level === 'senior');
