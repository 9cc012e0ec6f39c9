import type { AutomationAction, Priority, TicketStatus, TicketType } from '@kontakt/contracts';
import { canTransition } from '../tickets/status.ts';
import type { RuleTicket } from './conditions.ts';

const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

/** One step up (urgent stays urgent). */
export const raisedPriority = (p: Priority): Priority =>
  PRIORITIES[Math.min(PRIORITIES.indexOf(p) + 1, PRIORITIES.length - 1)]!;

/** The ticket fields actions may set (row names). */
export interface TicketPatch {
  status?: TicketStatus;
  priority?: Priority;
  type?: TicketType;
  queueId?: string;
  teamId?: string | null;
  assigneeId?: string | null;
  tags?: string[];
  customFields?: Record<string, string | number | boolean | string[] | null>;
}

/** A planned action that is not a field change (done after the fields are written). */
export type ActionEffect = Extract<
  AutomationAction,
  { type: 'add_note' | 'send_reply' | 'notify' | 'webhook' | 'escalate' }
> & { index: number };

/** An action that cannot apply to this ticket as it stands (e.g. a forbidden status change). */
export interface ActionProblem {
  action: number;
  code: string;
  /** What the problem names, for apps to word it (e.g. `{ from, to }`). */
  params?: Record<string, unknown>;
  message: string;
}

export interface ActionPlan {
  /** Only the fields whose value changes. */
  patch: TicketPatch;
  changes: Array<{ field: keyof TicketPatch; from: unknown; to: unknown }>;
  effects: ActionEffect[];
  problems: ActionProblem[];
}

type Fields = Pick<
  RuleTicket,
  'status' | 'priority' | 'type' | 'queueId' | 'teamId' | 'assigneeId' | 'tags' | 'customFields'
>;

/**
 * Plans a list of actions against a ticket, in order (a later action wins over an earlier one
 * on the same field). `queueTeam` names the team of a queue (a queue move takes its team along
 * unless a team is set explicitly). Nothing is checked against the database here.
 */
export function planActions(
  ticket: Fields,
  actions: readonly AutomationAction[],
  queueTeam: (queueId: string) => string | null | undefined = () => undefined,
): ActionPlan {
  const next: Fields = { ...ticket, tags: [...ticket.tags], customFields: { ...ticket.customFields } };
  const effects: ActionEffect[] = [];
  const problems: ActionProblem[] = [];
  let teamSet = false;
  actions.forEach((a, index) => {
    switch (a.type) {
      case 'set_status':
        if (canTransition(next.status as TicketStatus, a.status)) next.status = a.status;
        else
          problems.push({
            action: index,
            code: 'invalid_status_transition',
            params: { from: next.status, to: a.status },
            message: `A ${next.status} ticket cannot become ${a.status}.`,
          });
        return;
      case 'set_priority':
        next.priority = a.priority;
        return;
      case 'set_type':
        next.type = a.ticketType;
        return;
      case 'assign_queue': {
        next.queueId = a.queueId;
        const team = queueTeam(a.queueId);
        if (!teamSet && team !== undefined) next.teamId = team;
        return;
      }
      case 'assign_agent':
        next.assigneeId = a.agentId;
        return;
      case 'assign_team':
        next.teamId = a.teamId;
        teamSet = true;
        return;
      case 'set_custom_field':
        next.customFields = { ...next.customFields, [a.key]: a.value };
        return;
      case 'add_tags':
        next.tags = [...new Set([...next.tags, ...a.tags])];
        return;
      case 'remove_tags':
        next.tags = next.tags.filter((t) => !a.tags.includes(t));
        return;
      case 'escalate': {
        const to = a.priority ?? raisedPriority(next.priority as Priority);
        if (PRIORITIES.indexOf(to) > PRIORITIES.indexOf(next.priority as Priority)) next.priority = to;
        effects.push({ ...a, index });
        return;
      }
      default:
        effects.push({ ...a, index });
    }
  });
  const patch: TicketPatch = {};
  const changes: ActionPlan['changes'] = [];
  for (const key of [
    'status',
    'priority',
    'type',
    'queueId',
    'teamId',
    'assigneeId',
    'tags',
    'customFields',
  ] as const) {
    if (JSON.stringify(ticket[key]) === JSON.stringify(next[key])) continue;
    (patch as Record<string, unknown>)[key] = next[key];
    changes.push({ field: key, from: ticket[key], to: next[key] });
  }
  return { patch, changes, effects, problems };
}

/** A sentence describing an effect, for the dry run. */
export function describeEffect(e: ActionEffect): string {
  switch (e.type) {
    case 'add_note':
      return `add an internal note: ${e.text.slice(0, 200)}`;
    case 'send_reply':
      return `send the canned reply ${e.cannedReplyId} to the customer`;
    case 'notify':
      return `notify ${[...e.recipients, ...e.agentIds].join(', ') || 'nobody'}: ${e.text.slice(0, 200)}`;
    case 'webhook':
      return `POST the ticket to ${new URL(e.url).origin}`;
    case 'escalate':
      return 'notify the team lead and the assignee of the escalation';
  }
}

/** What an effect names, for apps to word the dry run in the reader's language. */
export function effectParams(e: ActionEffect): Record<string, unknown> {
  switch (e.type) {
    case 'add_note':
      return { text: e.text.slice(0, 200) };
    case 'send_reply':
      return { cannedReplyId: e.cannedReplyId };
    case 'notify':
      return { recipients: e.recipients, agentIds: e.agentIds, text: e.text.slice(0, 200) };
    case 'webhook':
      return { origin: new URL(e.url).origin };
    case 'escalate':
      return { priority: e.priority ?? null };
  }
}
