import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComplaintClockState } from '@kontakt/contracts';
import { AppProviders, createQueryClient } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { ClockBadge } from './ClockBadge.tsx';

function renderBadge(state: ComplaintClockState, daysLeft: number, language = 'en') {
  const i18n = createI18n();
  void i18n.changeLanguage(language);
  const { container } = render(
    <AppProviders i18n={i18n} queryClient={createQueryClient()} env="test">
      <ClockBadge state={state} daysLeft={daysLeft} />
    </AppProviders>,
  );
  return container.querySelector('[data-clock-state]')!;
}

describe('statutory clock badge', () => {
  it.each([
    ['running', 12, 'Running12 days left'],
    ['due_soon', 1, 'Due soon1 day left'],
    ['due_soon', 0, 'Due soondue today'],
    // Settled or missed clocks say what happened, not a count of days.
    ['answered_in_time', 5, 'Answered in time'],
    ['deemed_accepted', -2, 'Deemed accepted'],
    ['overdue_consumer_options', -4, "Overdue: consumer's options"],
  ] as const)('%s with %i days left reads "%s"', (state, daysLeft, text) => {
    expect(renderBadge(state, daysLeft).textContent).toBe(text);
  });

  it('uses colour only for meaning: a running clock is neutral, a missed one red', () => {
    const color = (state: ComplaintClockState) =>
      renderBadge(state, 3).querySelector('.mantine-Badge-root')!.getAttribute('style') ?? '';
    expect(color('running')).toContain('gray');
    expect(color('due_soon')).toContain('orange');
    expect(color('answered_in_time')).toContain('green');
    expect(color('deemed_accepted')).toContain('red');
  });

  it('pluralizes the days in Polish and Czech', () => {
    expect(renderBadge('running', 2, 'pl').textContent).toBe('W tokuzostały 2 dni');
    expect(renderBadge('running', 5, 'pl').textContent).toBe('W tokuzostało 5 dni');
    expect(renderBadge('due_soon', 1, 'cs').textContent).toBe('Lhůta brzy končízbývá 1 den');
    expect(renderBadge('running', 3, 'cs').textContent).toBe('Běžízbývají 3 dny');
    expect(screen.getAllByText('Běží')).toHaveLength(1);
  });
});
