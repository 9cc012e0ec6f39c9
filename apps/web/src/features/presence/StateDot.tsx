import type { AgentState } from '@kontakt/contracts';

/** Colour of each state: green available, amber away, red busy, grey offline. */
const COLOR: Record<AgentState, string> = {
  online: 'var(--mantine-color-green-6)',
  away: 'var(--mantine-color-yellow-6)',
  busy: 'var(--mantine-color-red-6)',
  offline: 'var(--mantine-color-gray-5)',
};

/** A small coloured dot for an availability state (decorative: the state is always written too). */
export function StateDot({ state }: { state: AgentState }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 9,
        height: 9,
        borderRadius: '50%',
        background: COLOR[state],
        flex: 'none',
      }}
    />
  );
}
