import { useCallback, useState, type KeyboardEvent } from 'react';
import { isTypingTarget } from '../workspace/is-typing.ts';
import { rowDomId } from './TicketRow.tsx';

/**
 * What the action keys ask for, on the selected tickets or else the focused one: `e` solves
 * ("done", as `e` archives in Gmail and Front), `s` opens the status list, `a` assigns to me,
 * Shift+A opens the assignee list.
 */
export type ListAction = 'done' | 'status' | 'assign_me' | 'assign';

const ACTION_KEYS: Record<string, ListAction> = { e: 'done', s: 'status', a: 'assign_me', A: 'assign' };

/**
 * The list's keyboard cursor and selection, tracked by ticket id so live reordering keeps them:
 * j/k (or arrows) move, x selects, Enter opens, Escape clears the selection, and the action keys
 * go to the `onAction` given with the key press. Moving focuses the row, so screen readers read it.
 */
export function useListNavigation(ids: string[], open: (id: string) => void) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const current = activeId !== null && ids.includes(activeId) ? activeId : (ids[0] ?? null);

  const focusRow = useCallback((id: string) => {
    setActiveId(id);
    document.getElementById(rowDomId(id))?.focus();
  }, []);

  const toggle = useCallback((id: string) => {
    setSelected((set) => {
      const next = new Set(set);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const setAll = (on: boolean) => setSelected(on ? new Set(ids) : new Set());

  const onKeyDown = (event: KeyboardEvent, onAction?: (action: ListAction, targetIds: string[]) => void) => {
    if (isTypingTarget(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    if (current === null) return;
    const index = ids.indexOf(current);
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        focusRow(ids[Math.min(index + 1, ids.length - 1)]!);
        break;
      case 'k':
      case 'ArrowUp':
        focusRow(ids[Math.max(index - 1, 0)]!);
        break;
      case 'x':
        toggle(current);
        break;
      case 'Enter':
        if ((event.target as HTMLElement).tagName === 'INPUT') return;
        open(current);
        break;
      case 'Escape':
        if (selected.size === 0) return;
        setSelected(new Set());
        break;
      default: {
        const action = ACTION_KEYS[event.key];
        if (!action || !onAction) return;
        const chosen = ids.filter((id) => selected.has(id));
        onAction(action, chosen.length ? chosen : [current]);
      }
    }
    event.preventDefault();
  };

  return {
    activeId: current,
    setActiveId,
    focusRow,
    selected,
    setSelected,
    toggle,
    setAll,
    onKeyDown,
  };
}
