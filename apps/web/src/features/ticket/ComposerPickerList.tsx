import type { Agent, CannedReply } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { PickerList } from './PickerList.tsx';

export const MENTION_LIST_ID = 'mention-list';
export const CANNED_LIST_ID = 'canned-reply-list';
export const mentionOptionId = (agent: Pick<Agent, 'id'>) => `mention-option-${agent.id}`;
export const cannedOptionId = (reply: Pick<CannedReply, 'id'>) => `canned-option-${reply.id}`;

/** What the composer's picker offers: colleagues to mention, or canned replies to insert. */
export type PickerItems = { kind: 'mention'; items: Agent[] } | { kind: 'canned'; items: CannedReply[] };

/** The open suggestion list under the composer's caret. */
export function ComposerPickerList({
  picker,
  activeIndex,
  onPick,
}: {
  picker: PickerItems;
  activeIndex: number;
  onPick: (item: Agent | CannedReply) => void;
}) {
  const { t } = useTranslation();
  if (picker.kind === 'mention') {
    return (
      <PickerList
        id={MENTION_LIST_ID}
        label={t('composer.mentionList')}
        items={picker.items}
        activeIndex={activeIndex}
        optionId={mentionOptionId}
        onPick={onPick}
        empty={t('composer.noAgents')}
        render={(agent) => ({ primary: agent.name, secondary: agent.email })}
      />
    );
  }
  return (
    <PickerList
      id={CANNED_LIST_ID}
      label={t('cannedReplies.picker.label')}
      items={picker.items}
      activeIndex={activeIndex}
      optionId={cannedOptionId}
      onPick={onPick}
      empty={t('cannedReplies.picker.empty')}
      render={(reply) => ({
        primary: reply.title,
        secondary: `/${reply.shortcut}${reply.category ? ` · ${reply.category}` : ''}`,
      })}
    />
  );
}
