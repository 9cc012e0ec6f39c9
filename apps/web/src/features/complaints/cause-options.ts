import type { ComplaintCause } from '@kontakt/contracts';

/** Active causes as select options, indented by depth and ordered by code ("quality › seam"). */
export function causeSelectData(causes: readonly ComplaintCause[]) {
  return [...causes]
    .filter((c) => c.active)
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((c) => {
      const depth = c.code.split('.').length - 1;
      return { value: c.code, label: `${'— '.repeat(depth)}${c.name} (${c.code})` };
    });
}
