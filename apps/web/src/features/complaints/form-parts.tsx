import { Alert, Button, Group } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../i18n/error-message.ts';
import { placeServerError, type CodeFields } from '../admin/shared/server-errors.ts';

interface FooterProps {
  /** The refusal no field fits, shown above the buttons. */
  error: string | null;
  pending: boolean;
  submitLabel: string;
  size?: 'xs' | 'sm';
  /** A cancel button before the submit button, when given. */
  cancel?: { label: string; onClick: () => void };
}

/** A complaint form's refusal message and its buttons. */
export function FormFooter({ error, pending, submitLabel, size = 'sm', cancel }: FooterProps) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert" py={6}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end" gap="xs">
        {cancel && (
          <Button size={size} variant="default" onClick={cancel.onClick}>
            {cancel.label}
          </Button>
        )}
        <Button type="submit" size={size} loading={pending}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}

/**
 * Where a failed save's error goes: `place` puts field errors on the form (via `setErrors`) and
 * keeps the rest as `formError` for the footer; `clear` forgets it before the next try.
 */
export function useServerErrorPlacement(setErrors: (errors: FormErrors) => void, codeFields?: CodeFields) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  return {
    formError,
    clear: () => setFormError(null),
    place: (error: unknown) => {
      const placed = placeServerError(error, t, describe, codeFields);
      setErrors(placed.fieldErrors);
      setFormError(placed.formError);
    },
  };
}
