import type { TFunction } from 'i18next';
import { Level, Role, type Agent, type Team } from '@kontakt/contracts';
import { LOCALE_NAMES, LOCALES } from '../../../i18n/index.ts';

/** Select options for an agent's role, level, languages and teams, in the current language. */
export const roleOptions = (t: TFunction) =>
  Role.options.map((value) => ({ value, label: t(`roles.${value}`) }));

export const levelOptions = (t: TFunction) =>
  Level.options.map((value) => ({ value, label: t(`admin.agents.levels.${value}`) }));

/** Languages named in themselves, as in the language switch. */
export const languageOptions = () => LOCALES.map((value) => ({ value, label: LOCALE_NAMES[value] }));

export const teamOptions = (teams: readonly Team[] | undefined) =>
  (teams ?? []).map((team) => ({ value: team.id, label: team.name }));

/** Active agents for a member picker, plus any inactive ones already chosen (so none vanish). */
export const agentOptions = (agents: readonly Agent[] | undefined, chosen: readonly string[] = []) =>
  (agents ?? [])
    .filter((agent) => agent.active || chosen.includes(agent.id))
    .map((agent) => ({ value: agent.id, label: agent.name }));
