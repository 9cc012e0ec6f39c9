import type { Agent } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import classes from './Ticket.module.css';

export const mentionOptionId = (agentId: string) => `mention-option-${agentId}`;

/** Agents to mention in a note; driven from the textarea's keyboard, clickable too. */
export function MentionList({
  agents,
  activeIndex,
  onPick,
}: {
  agents: Agent[];
  activeIndex: number;
  onPick: (agent: Agent) => void;
}) {
  const { t } = useTranslation();
  return (
    <ul
      id="mention-list"
      role="listbox"
      aria-label={t('composer.mentionList')}
      className={classes.mentionList}
    >
      {agents.length === 0 && <li className={classes.mentionEmpty}>{t('composer.noAgents')}</li>}
      {agents.map((agent, index) => (
        <li
          key={agent.id}
          id={mentionOptionId(agent.id)}
          role="option"
          aria-selected={index === activeIndex}
          className={classes.mentionOption}
          onMouseDown={(e) => {
            // Keep the caret in the textarea.
            e.preventDefault();
            onPick(agent);
          }}
        >
          {agent.name}
          <span className={classes.mentionEmail}>{agent.email}</span>
        </li>
      ))}
    </ul>
  );
}
