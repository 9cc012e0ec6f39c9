import type { AutomationActionError, AutomationDryRunResult } from '@kontakt/contracts';
import type { TFunction } from 'i18next';
import type { RuleOptions } from './use-rule-options.ts';

type Effect = AutomationDryRunResult['effects'][number];

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** "Add an internal note: “Checking…”", from the effect's type and params (never the server's words). */
export function effectText(t: TFunction, options: RuleOptions, e: Effect): string {
  const p = e.params;
  switch (e.type) {
    case 'add_note':
      return t('admin.automationRules.effects.add_note', { text: str(p.text) });
    case 'send_reply': {
      const id = str(p.cannedReplyId);
      const title = options.cannedReplies.find((r) => r.value === id)?.label;
      return title
        ? t('admin.automationRules.effects.send_reply', { title })
        : t('admin.automationRules.effects.send_reply_unknown');
    }
    case 'notify': {
      const who = [
        ...strs(p.recipients).map((r) => options.recipients.find((o) => o.value === r)?.label ?? r),
        ...strs(p.agentIds).map((id) => options.labelOf('agent', id)),
      ];
      return who.length
        ? t('admin.automationRules.effects.notify', { who: who.join(', '), text: str(p.text) })
        : t('admin.automationRules.effects.notify_nobody', { text: str(p.text) });
    }
    case 'webhook':
      return t('admin.automationRules.effects.webhook', { origin: str(p.origin) });
    case 'escalate':
      return p.priority
        ? t('admin.automationRules.effects.escalate_to', {
            priority: options.labelOf('priority', p.priority),
          })
        : t('admin.automationRules.effects.escalate');
    default:
      return t(`admin.automationRules.actions.${e.type as 'notify'}`, { defaultValue: e.type });
  }
}

const REFERENCE_KINDS = [
  'queue',
  'agent',
  'team',
  'canned_reply',
  'calendar',
  'custom_field',
  'customer_attribute',
] as const;

/** Why an action could not run, from its stable code and params, in the reader's language. */
export function actionErrorText(t: TFunction, options: RuleOptions, e: AutomationActionError): string {
  const p = e.params ?? {};
  const n = e.action + 1;
  switch (e.code) {
    case 'invalid_status_transition':
      if (p.from && p.to)
        return t('admin.automationRules.problems.invalid_status_transition', {
          n,
          from: options.labelOf('status', p.from),
          to: options.labelOf('status', p.to),
        });
      break;
    case 'unknown_reference': {
      const kind = REFERENCE_KINDS.find((k) => k === p.kind);
      if (kind)
        return t('admin.automationRules.problems.unknown_reference', {
          n,
          what: t(`admin.automationRules.problems.kinds.${kind}`),
        });
      break;
    }
    case 'invalid_custom_field':
    case 'required_to_solve':
    case 'conflict':
    case 'not_found':
      return t(`admin.automationRules.problems.${e.code}`, { n });
  }
  return t('admin.automationRules.problems.other', { n });
}
