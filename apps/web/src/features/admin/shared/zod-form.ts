import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import type { z } from 'zod';

/** The parts of a zod issue (client-side) or a server issue the message is built from. */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/**
 * The form field an issue belongs to, as `@mantine/form` names it ("name", "options.0.label").
 * An issue on one item of a list of plain values (`languages.1`) belongs to the list's input.
 */
export function fieldOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  while (parts.length > 1 && /^\d+$/.test(parts[parts.length - 1]!)) parts.pop();
  return parts.join('.');
}

/** A sentence for one issue in the current language, with counts pluralized. */
export function issueMessage(t: TFunction, issue: IssueLike): string {
  const limit = (value: number | bigint | undefined) => Number(value ?? 0);
  const isText = issue.origin === 'string';
  const isList = issue.origin === 'array' || issue.origin === 'set';
  switch (issue.code) {
    case 'too_small':
      if (isText && limit(issue.minimum) <= 1) return t('admin.common.validation.required');
      if (isText) return t('admin.common.validation.tooShort', { count: limit(issue.minimum) });
      if (isList) return t('admin.common.validation.tooFew', { count: limit(issue.minimum) });
      return t('admin.common.validation.invalid');
    case 'too_big':
      if (isText) return t('admin.common.validation.tooLong', { count: limit(issue.maximum) });
      if (isList) return t('admin.common.validation.tooMany', { count: limit(issue.maximum) });
      return t('admin.common.validation.invalid');
    case 'invalid_format':
      return issue.format === 'email'
        ? t('admin.common.validation.email')
        : t('admin.common.validation.invalid');
    case 'invalid_type':
      return t('admin.common.validation.required');
    default:
      return t('admin.common.validation.invalid');
  }
}

/** Issues as form errors: the first issue of each field wins. */
export function issuesToErrors(t: TFunction, issues: readonly IssueLike[]): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field && !(field in errors)) errors[field] = issueMessage(t, issue);
  }
  return errors;
}

/**
 * A `validate` function for `useForm` that checks the values with a shared contract from
 * `@kontakt/contracts`. `toInput` turns form values into the request body first (e.g. an empty
 * optional text into `undefined`), so the form checks exactly what the server will check.
 */
export function zodValidate<Values>(
  schema: z.ZodType,
  t: TFunction,
  toInput: (values: Values) => unknown = (values) => values,
): (values: Values) => FormErrors {
  return (values) => {
    const result = schema.safeParse(toInput(values));
    return result.success ? {} : issuesToErrors(t, result.error.issues as IssueLike[]);
  };
}
