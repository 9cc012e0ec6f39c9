import type { FormErrors } from '@mantine/form';
import type { TFunction } from 'i18next';
import { ApiError } from '../../../api/client.ts';
import { issuesToErrors, type IssueLike } from './zod-form.ts';

/**
 * Error codes that are about one field: `{ email_taken: 'email' }` shows the code's translation
 * there; `{ conflict: { field: 'name', message } }` shows a message of the form's own.
 */
export type CodeFields = Readonly<Partial<Record<string, string | { field: string; message: string }>>>;

/** Where a failed save's message goes: next to fields, or above the form when no field fits. */
export interface ServerErrorPlacement {
  fieldErrors: FormErrors;
  formError: string | null;
}

/** The server's `details.issues` (400 `validation_failed`), paths without "body"/"params". */
function serverIssues(details: unknown): IssueLike[] {
  const issues = (details as { issues?: unknown } | null | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue: { path?: unknown; code?: unknown }) => {
    if (!Array.isArray(issue.path) || typeof issue.code !== 'string') return [];
    const [scope, ...rest] = issue.path as PropertyKey[];
    return scope === 'body' && rest.length > 0 ? [{ code: issue.code, path: rest }] : [];
  });
}

/**
 * Sorts a failed save's error onto the form: each field issue of a 400 next to its field, a
 * field-specific code (`codeFields`) next to that field, anything else as one sentence above.
 * `describe` translates a whole error (see `useErrorMessage`).
 */
export function placeServerError(
  error: unknown,
  t: TFunction,
  describe: (error: unknown) => string,
  codeFields: CodeFields = {},
  knownFields?: readonly string[],
): ServerErrorPlacement {
  if (!(error instanceof ApiError)) return { fieldErrors: {}, formError: describe(error) };
  const target = codeFields[error.code];
  if (typeof target === 'string') return { fieldErrors: { [target]: describe(error) }, formError: null };
  if (target) return { fieldErrors: { [target.field]: target.message }, formError: null };
  const fieldErrors = issuesToErrors(t, serverIssues(error.details));
  const shown = Object.keys(fieldErrors).filter(
    (key) => !knownFields || knownFields.includes(key.split('.')[0]!),
  );
  if (shown.length === 0) return { fieldErrors: {}, formError: describe(error) };
  return { fieldErrors: Object.fromEntries(shown.map((key) => [key, fieldErrors[key]])), formError: null };
}
