import { useRef, type KeyboardEvent } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useSurveyT } from './use-survey-t.ts';
import type { Locale, SurveyKind } from '@kontakt/contracts';

interface ScoreButtonsProps {
  kind: SurveyKind;
  min: number;
  max: number;
  value: number | null;
  onChange: (score: number) => void;
  /** The survey's language (not necessarily the app's). */
  language: Locale;
  labelledBy: string;
}

/**
 * The score scale as a radio group of large buttons: one tab stop, arrow keys move and choose
 * (as with native radio buttons), each button says its number and the scale's ends are named.
 */
export function ScoreButtons({ kind, min, max, value, onChange, language, labelledBy }: ScoreButtonsProps) {
  const t = useSurveyT(language);
  const refs = useRef<Array<HTMLButtonElement | null>>([]);
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const focusable = value ?? min;

  const onKey = (event: KeyboardEvent, score: number) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (!step) return;
    event.preventDefault();
    const next = Math.min(max, Math.max(min, score + step));
    onChange(next);
    refs.current[next - min]?.focus();
  };

  return (
    <Stack gap={4}>
      <Group gap={6} role="radiogroup" aria-labelledby={labelledBy} wrap="wrap">
        {scores.map((score) => (
          <Button
            key={score}
            ref={(el) => {
              refs.current[score - min] = el;
            }}
            role="radio"
            aria-checked={value === score}
            aria-label={t('survey.scoreOf', { score, max })}
            tabIndex={score === focusable ? 0 : -1}
            variant={value === score ? 'filled' : 'default'}
            size="md"
            miw={44}
            px="sm"
            onClick={() => onChange(score)}
            onKeyDown={(e) => onKey(e, score)}
          >
            {score}
          </Button>
        ))}
      </Group>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {t(`survey.ends.${kind}.low`)}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`survey.ends.${kind}.high`)}
        </Text>
      </Group>
    </Stack>
  );
}
