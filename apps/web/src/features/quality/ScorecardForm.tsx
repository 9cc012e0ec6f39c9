import { useState } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CreateScorecardInput, type Scorecard } from '@kontakt/contracts';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { createScorecard, qualityKeys, updateScorecard } from './quality-api.ts';
import {
  emptyCriterion,
  emptySection,
  initialScorecard,
  toScorecardInput,
  type ScorecardValues,
} from './scorecard-values.ts';

/** Creates or changes a scorecard: sections of weighted criteria, critical ones marked. */
export function ScorecardForm({ scorecard, onDone }: { scorecard?: Scorecard; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [v, setV] = useState<ScorecardValues>(() => initialScorecard(scorecard));
  const [invalid, setInvalid] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const input = toScorecardInput(v);
      return scorecard
        ? updateScorecard(scorecard.id, { ...input, version: scorecard.version })
        : createScorecard(input);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: qualityKeys.scorecards });
      onDone();
    },
  });
  const setSection = (i: number, patch: Partial<ScorecardValues['sections'][number]>) =>
    setV((cur) => ({ ...cur, sections: cur.sections.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));
  const setCriterion = (
    i: number,
    k: number,
    patch: Partial<ScorecardValues['sections'][number]['criteria'][number]>,
  ) => setSection(i, { criteria: v.sections[i]!.criteria.map((c, j) => (j === k ? { ...c, ...patch } : c)) });

  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = CreateScorecardInput.safeParse(toScorecardInput(v));
        if (!parsed.success) {
          setInvalid(t('quality.form.incomplete'));
          return;
        }
        setInvalid(null);
        save.mutate();
      }}
    >
      <TextInput
        label={t('quality.form.name')}
        required
        value={v.name}
        onChange={(e) => setV({ ...v, name: e.currentTarget.value })}
      />
      <Textarea
        label={t('quality.form.description')}
        autosize
        value={v.description}
        onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
      />
      <Group grow>
        <NumberInput
          label={t('quality.form.passMark')}
          min={0}
          max={100}
          suffix=" %"
          value={v.passMark}
          onChange={(n) => setV({ ...v, passMark: typeof n === 'number' ? n : 0 })}
        />
        <Switch
          mt="lg"
          label={t('quality.form.active')}
          checked={v.active}
          onChange={(e) => setV({ ...v, active: e.currentTarget.checked })}
        />
      </Group>
      {v.sections.map((section, i) => (
        <Fieldset key={i} legend={t('quality.form.section', { n: i + 1 })}>
          <Group align="flex-end" gap="xs">
            <TextInput
              style={{ flex: 1 }}
              label={t('quality.form.sectionTitle')}
              required
              value={section.title}
              onChange={(e) => setSection(i, { title: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('quality.form.removeSection')}
              disabled={v.sections.length === 1}
              onClick={() => setV({ ...v, sections: v.sections.filter((_, j) => j !== i) })}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          {section.criteria.map((c, k) => (
            <Group key={k} align="flex-end" gap="xs" mt={6} wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('quality.form.criterion')}
                required
                value={c.label}
                onChange={(e) => setCriterion(i, k, { label: e.currentTarget.value })}
              />
              <NumberInput
                w={80}
                label={t('quality.form.weight')}
                min={1}
                max={10}
                value={c.weight}
                onChange={(n) => setCriterion(i, k, { weight: typeof n === 'number' ? n : 1 })}
              />
              <Switch
                mb={8}
                label={t('quality.form.critical')}
                checked={c.critical}
                onChange={(e) => setCriterion(i, k, { critical: e.currentTarget.checked })}
              />
              <ActionIcon
                mb={4}
                variant="subtle"
                color="red"
                aria-label={t('quality.form.removeCriterion')}
                disabled={section.criteria.length === 1}
                onClick={() => setSection(i, { criteria: section.criteria.filter((_, j) => j !== k) })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Button
            mt="xs"
            size="xs"
            variant="subtle"
            onClick={() => setSection(i, { criteria: [...section.criteria, emptyCriterion()] })}
          >
            {t('quality.form.addCriterion')}
          </Button>
        </Fieldset>
      ))}
      <Button
        variant="default"
        size="xs"
        onClick={() => setV({ ...v, sections: [...v.sections, emptySection()] })}
      >
        {t('quality.form.addSection')}
      </Button>
      {(invalid || save.error) && (
        <Alert color="red" role="alert" py={6}>
          {invalid ?? describe(save.error)}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="subtle" onClick={onDone}>
          {t('quality.cancel')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {scorecard ? t('quality.form.save') : t('quality.form.create')}
        </Button>
      </Group>
    </Stack>
  );
}
