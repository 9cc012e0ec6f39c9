import type { FormErrors } from '@mantine/form';
import type { AutomationRule, CreateMacroInput, Locale, Macro, MacroScope } from '@kontakt/contracts';
import {
  initialValues as ruleValues,
  toInput as ruleInput,
  type ActionRow,
  type RuleValues,
} from '../automation-rules/rule-values.ts';

export const LANGUAGES: readonly Locale[] = ['pl', 'cs', 'en'];

/** A macro as the form holds it: reply texts per language (empty: no such variant), actions as rows. */
export interface MacroValues {
  name: string;
  description: string;
  scope: MacroScope;
  active: boolean;
  reply: Record<Locale, string>;
  actions: ActionRow[];
  [key: string]: unknown;
}

/** The rules' action rows are reused: a rule with only these actions converts them both ways. */
const asRule = (actions: Macro['actions']) =>
  ({ actions, conditions: { all: [], any: [] }, timeTrigger: null }) as unknown as AutomationRule;

export function initialValues(macro?: Macro): MacroValues {
  const reply = { pl: '', cs: '', en: '' };
  for (const v of macro?.reply?.variants ?? []) reply[v.language] = v.bodyText;
  return {
    name: macro?.name ?? '',
    description: macro?.description ?? '',
    scope: macro?.scope ?? 'organization',
    active: macro?.active ?? true,
    reply,
    actions: macro ? ruleValues(asRule(macro.actions)).actions : [],
  };
}

/** The request body: languages with text become reply variants. */
export function toInput(values: MacroValues): CreateMacroInput {
  const variants = LANGUAGES.filter((l) => values.reply[l].trim()).map((language) => ({
    language,
    body: { text: values.reply[language] },
  }));
  // Webhooks are offered by the shared action list but refused for macros (by the contract).
  const actions = ruleInput({ ...ruleValues(), actions: values.actions } as RuleValues)
    .actions as CreateMacroInput['actions'];
  return {
    name: values.name,
    description: values.description,
    scope: values.scope,
    active: values.active,
    actions,
    reply: variants.length ? { variants } : null,
  };
}

/** A reply variant's error (`reply.variants.N.body…`) on that language's text. */
export function placeMacroErrors(errors: FormErrors, values: MacroValues): FormErrors {
  const filled = LANGUAGES.filter((l) => values.reply[l].trim());
  const placed: FormErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const m = /^reply\.variants\.(\d+)/.exec(key);
    const field = m ? `reply.${filled[Number(m[1])] ?? 'pl'}` : key;
    if (!(field in placed)) placed[field] = message;
  }
  return placed;
}
