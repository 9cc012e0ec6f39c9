import type { TFunction } from 'i18next';
import type { View } from '@kontakt/contracts';

/** Built-in views are named by id in the agent's language; saved views keep their own name. */
export const BUILT_IN_VIEW_IDS = [
  'mine_open',
  'unassigned_my_queues',
  'pending',
  'all_open',
  'recently_solved',
] as const;
type BuiltInId = (typeof BUILT_IN_VIEW_IDS)[number];

const isBuiltInId = (id: string): id is BuiltInId => (BUILT_IN_VIEW_IDS as readonly string[]).includes(id);

/** The view the inbox opens with. */
export const DEFAULT_VIEW_ID: BuiltInId = 'mine_open';

export function viewName(t: TFunction, view: Pick<View, 'id' | 'name' | 'builtIn'>): string {
  return view.builtIn && isBuiltInId(view.id) ? t(`views.builtIn.${view.id}`) : view.name;
}

/** What to suggest in an empty view. */
export function emptyViewText(t: TFunction, id: string): string {
  return isBuiltInId(id) ? t(`views.empty.${id}`) : t('views.empty.saved');
}
