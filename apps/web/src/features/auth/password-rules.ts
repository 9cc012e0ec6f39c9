import type { TFunction } from 'i18next';

/** The server's rule (contracts `Password`): at least 10 characters, no composition rules. */
export const MIN_PASSWORD_LENGTH = 10;

export interface NewPasswordErrors {
  password?: string;
  confirm?: string;
}

/** Checks a new password and its repetition before asking the server. */
export function checkNewPassword(t: TFunction, password: string, confirm: string): NewPasswordErrors {
  const errors: NewPasswordErrors = {};
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = t('auth.reset.tooShort');
  if (confirm !== password) errors.confirm = t('auth.reset.mismatch');
  return errors;
}
