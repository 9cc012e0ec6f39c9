import type { MacroScope, Role } from '@kontakt/contracts';
import type { MacroRow } from './macros.table.ts';

/** Who is looking. */
export interface MacroViewer {
  agentId: string;
  role: Role;
}

type Owned = Pick<MacroRow, 'scope' | 'ownerId'>;

/** Shared macros change tickets for everyone: leads and admins create and change them. */
export const mayManageShared = (role: Role): boolean => role === 'lead' || role === 'admin';

/** Pure: shared macros are seen by all; personal ones by their owner (and admins, to tidy up). */
export const canSeeMacro = (m: Owned, v: MacroViewer): boolean =>
  m.scope === 'organization' || m.ownerId === v.agentId || v.role === 'admin';

/** Pure: may the viewer change or delete a macro they see? */
export const canManageMacro = (m: Owned, v: MacroViewer): boolean =>
  v.role === 'admin' || (m.scope === 'personal' ? m.ownerId === v.agentId : mayManageShared(v.role));

/** Pure: may the viewer give a macro this scope? Personal is always allowed. */
export const mayUseMacroScope = (scope: MacroScope, v: MacroViewer): boolean =>
  scope === 'personal' || mayManageShared(v.role);

export const macroAbilities = (m: Owned, v: MacroViewer) => {
  const manage = canManageMacro(m, v);
  return { update: manage, delete: manage };
};
