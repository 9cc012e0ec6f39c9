import { useState } from 'react';
import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useErrorMessage } from '../../../i18n/error-message.ts';
import { placeServerError, type CodeFields } from './server-errors.ts';
import { zodValidate } from './zod-form.ts';

export interface AdminFormOptions<Values extends Record<string, unknown>, Result> {
  /** The shared contract the request body must satisfy, e.g. `CreateTeamInput`. */
  schema: z.ZodType;
  initialValues: Values;
  /** Form values → request body, before validation (default: the values as they are). */
  toInput?: (values: Values) => unknown;
  /** Sends the validated body (the contract's output, with its defaults applied). */
  save: (input: never) => Promise<Result>;
  /** Lists to refetch after a save, e.g. `[qk.teams]`. */
  invalidate: readonly QueryKey[];
  /** The quiet confirmation shown after a save. */
  savedMessage: string;
  /** Error codes that belong to one field, e.g. `{ email_taken: 'email' }`. */
  codeFields?: CodeFields;
  onSaved?: (result: Result) => void;
  /**
   * `'uncontrolled'` keeps values out of React state so typing does not re-render the form (read
   * them with `form.getValues()`, key inputs with `form.key(path)`); default `'controlled'`.
   */
  mode?: 'controlled' | 'uncontrolled';
  /**
   * Moves errors from request-body paths to the form's own fields, for forms whose values are not
   * shaped like the body (client and server errors alike).
   */
  mapErrors?: (errors: FormErrors, values: Values) => FormErrors;
}

export interface AdminForm<Values extends Record<string, unknown>> {
  form: UseFormReturnType<Values>;
  /** For `<form onSubmit>`: validates with the contract, then saves. */
  onSubmit: (event?: React.FormEvent<HTMLFormElement>) => void;
  /** A failure that belongs to no field, translated. */
  formError: string | null;
  saving: boolean;
}

/**
 * A create or edit form of the admin area: validates with a shared zod contract, saves with a
 * mutation, refetches the lists, confirms quietly, and puts server errors next to their fields.
 */
export function useAdminForm<Values extends Record<string, unknown>, Result = unknown>(
  options: AdminFormOptions<Values, Result>,
): AdminForm<Values> {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const toInput = options.toInput ?? ((values: Values) => values);
  const { mapErrors } = options;
  const validate = zodValidate(options.schema, t, toInput);
  const form = useForm<Values>({
    mode: options.mode ?? 'controlled',
    initialValues: options.initialValues,
    validate: mapErrors ? (values: Values) => mapErrors(validate(values), values) : validate,
  });

  const mutation = useMutation({
    mutationFn: (input: unknown) => options.save(input as never),
    onSuccess: async (result) => {
      await Promise.all(options.invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      notifications.show({ message: options.savedMessage, color: 'teal' });
      options.onSaved?.(result);
    },
    onError: (error) => {
      const values = form.getValues();
      const known = mapErrors ? undefined : Object.keys(values);
      const placed = placeServerError(error, t, describe, options.codeFields, known);
      form.setErrors(mapErrors ? mapErrors(placed.fieldErrors, values) : placed.fieldErrors);
      setFormError(placed.formError);
    },
  });

  const onSubmit = form.onSubmit((values) => {
    setFormError(null);
    mutation.mutate(options.schema.parse(toInput(values)));
  });

  return { form, onSubmit, formError, saving: mutation.isPending };
}
