import { useState } from 'react';
import { Checkbox, MultiSelect, NumberInput, Select, TextInput } from '@mantine/core';
import type { TicketField } from '../../api/types.ts';

type Value = string | number | boolean | string[] | null;

interface CustomFieldInputProps {
  field: TicketField;
  value: Value | undefined;
  disabled: boolean;
  onSave: (value: Value) => void;
}

/** One admin-defined field. Choices save at once; typed text and numbers save when the field is left. */
export function CustomFieldInput({ field, value, disabled, onSave }: CustomFieldInputProps) {
  const common = { label: field.label, size: 'xs' as const, disabled, withAsterisk: field.requiredToSolve };
  switch (field.type) {
    case 'select':
      return (
        <Select
          {...common}
          data={field.options}
          value={typeof value === 'string' ? value : null}
          clearable
          onChange={(v) => onSave(v)}
        />
      );
    case 'multi_select':
      return (
        <MultiSelect
          {...common}
          data={field.options}
          value={Array.isArray(value) ? value : []}
          onChange={(v) => onSave(v)}
        />
      );
    case 'checkbox':
      return (
        <Checkbox
          label={field.label}
          size="xs"
          disabled={disabled}
          checked={value === true}
          onChange={(e) => onSave(e.currentTarget.checked)}
        />
      );
    case 'number':
      return <BlurNumber {...common} value={typeof value === 'number' ? value : null} onSave={onSave} />;
    default:
      return (
        <BlurText
          {...common}
          type={field.type === 'date' ? 'date' : 'text'}
          value={typeof value === 'string' ? value : ''}
          onSave={(v) => onSave(v === '' ? null : v)}
        />
      );
  }
}

interface BlurProps<T> {
  label: string;
  size: 'xs';
  disabled: boolean;
  withAsterisk: boolean;
  value: T;
  onSave: (value: T) => void;
}

/** A text input that keeps the agent's typing locally and saves on blur or Enter. */
function BlurText({ value, onSave, type, ...rest }: BlurProps<string> & { type: string }) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onSave(draft);
    setDraft(null);
  };
  return (
    <TextInput
      {...rest}
      type={type}
      value={draft ?? value}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

function BlurNumber({ value, onSave, ...rest }: BlurProps<number | null>) {
  const [draft, setDraft] = useState<number | string | null>(null);
  const commit = () => {
    if (draft !== null) {
      const next = draft === '' ? null : Number(draft);
      if (next !== value && (next === null || Number.isFinite(next))) onSave(next);
    }
    setDraft(null);
  };
  return (
    <NumberInput
      {...rest}
      value={draft ?? value ?? ''}
      onChange={(v) => setDraft(v)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}
