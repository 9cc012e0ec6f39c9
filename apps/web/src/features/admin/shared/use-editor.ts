import { useCallback, useState } from 'react';

/** What the drawer shows: nothing yet, a new item, or an existing one. */
export type Editing<Row> = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; row: Row };

/**
 * Open/close state of a list's create/edit drawer. After `close`, `editing` keeps what was shown
 * so the drawer's title and form stay put while it slides away.
 */
export function useEditor<Row>() {
  const [state, setState] = useState<{ opened: boolean; editing: Editing<Row> }>({
    opened: false,
    editing: { mode: 'closed' },
  });
  const openNew = useCallback(() => setState({ opened: true, editing: { mode: 'new' } }), []);
  const openEdit = useCallback((row: Row) => setState({ opened: true, editing: { mode: 'edit', row } }), []);
  const close = useCallback(() => setState((prev) => ({ ...prev, opened: false })), []);
  return { editing: state.editing, opened: state.opened, openNew, openEdit, close };
}
