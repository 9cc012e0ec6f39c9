import { describe, expect, it } from 'vitest';
import { CreateAgentInput, CreateTeamInput } from '@kontakt/contracts';
import { ApiError } from '../../../api/client.ts';
import { describeError } from '../../../i18n/error-message.ts';
import { createI18n } from '../../../i18n/index.ts';
import { placeServerError } from './server-errors.ts';
import { fieldOf, zodValidate } from './zod-form.ts';

const i18nIn = (locale: string) => {
  const i18n = createI18n();
  void i18n.changeLanguage(locale);
  return i18n;
};

describe('form validation with the shared contracts', () => {
  const agent = {
    email: 'not an address',
    name: '   ',
    role: 'agent',
    level: 'regular',
    languages: ['pl', 'cs', 'en', 'pl'],
    skills: [],
    locale: 'en',
    teamIds: [],
  };

  it('puts each issue next to its field, translated', () => {
    const i18n = i18nIn('en');
    const errors = zodValidate(CreateAgentInput, i18n.t)(agent);
    expect(errors).toEqual({
      email: 'Enter an e-mail address like name@example.com.',
      name: 'Fill this in.',
      languages: 'Choose at most 3 items.',
    });
  });

  it('pluralizes limits in Polish and Czech', () => {
    const long = { name: 'x'.repeat(121), description: '', memberIds: [] };
    expect(zodValidate(CreateTeamInput, i18nIn('pl').t)(long)).toEqual({
      name: 'Wpisz najwyżej 120 znaków.',
    });
    expect(zodValidate(CreateTeamInput, i18nIn('cs').t)(long)).toEqual({
      name: 'Zadejte nejvýše 120 znaků.',
    });
    expect(zodValidate(CreateAgentInput, i18nIn('pl').t)({ ...agent, email: 'a@b.cz', name: 'A' })).toEqual({
      languages: 'Wybierz najwyżej 3 pozycje.',
    });
  });

  it('validates what will be sent, after `toInput`', () => {
    const i18n = i18nIn('en');
    const validate = zodValidate(CreateAgentInput, i18n.t, (v: typeof agent & { password: string }) => ({
      ...v,
      email: 'eva@example.com',
      name: 'Eva',
      languages: [],
      password: v.password || undefined,
    }));
    expect(validate({ ...agent, password: '' })).toEqual({});
    expect(validate({ ...agent, password: 'short' })).toEqual({ password: 'Use at least 10 characters.' });
  });

  it('names the field of an issue as @mantine/form does', () => {
    expect(fieldOf(['name'])).toBe('name');
    expect(fieldOf(['languages', 2])).toBe('languages');
    expect(fieldOf(['options', 0, 'label'])).toBe('options.0.label');
  });
});

describe('server errors on the form', () => {
  const i18n = i18nIn('en');
  const describe_ = (error: unknown) => describeError(i18n, error);
  const invalid = (issues: unknown[]) =>
    new ApiError(400, 'validation_failed', 'The request is not valid', { issues });

  it('shows a 400 answer’s field issues next to those fields', () => {
    const error = invalid([
      { path: ['body', 'email'], code: 'invalid_format', message: 'Invalid email address' },
      { path: ['body', 'teamIds', 0], code: 'invalid_format', message: 'Invalid UUID' },
    ]);
    expect(placeServerError(error, i18n.t, describe_, {}, ['email', 'teamIds'])).toEqual({
      fieldErrors: { email: 'This value is not accepted.', teamIds: 'This value is not accepted.' },
      formError: null,
    });
  });

  it('puts a field-specific code next to its field, with the code’s or the form’s own words', () => {
    const taken = new ApiError(409, 'email_taken', 'An agent with this e-mail address already exists.');
    expect(placeServerError(taken, i18n.t, describe_, { email_taken: 'email' })).toEqual({
      fieldErrors: { email: 'Another account already uses this e-mail address.' },
      formError: null,
    });
    const conflict = new ApiError(409, 'conflict', 'A team with this name already exists.');
    expect(
      placeServerError(conflict, i18n.t, describe_, { conflict: { field: 'name', message: 'Name in use.' } }),
    ).toEqual({ fieldErrors: { name: 'Name in use.' }, formError: null });
  });

  it('says anything else above the form', () => {
    const unknownField = invalid([{ path: ['body', 'shoeSize'], code: 'unrecognized_keys', message: 'x' }]);
    expect(placeServerError(unknownField, i18n.t, describe_, {}, ['name'])).toEqual({
      fieldErrors: {},
      formError: i18n.t('errors.validation_failed'),
    });
    expect(placeServerError(new ApiError(403, 'forbidden', 'No.'), i18n.t, describe_)).toEqual({
      fieldErrors: {},
      formError: i18n.t('errors.forbidden'),
    });
    expect(placeServerError(new TypeError('boom'), i18n.t, describe_).formError).toBe(
      i18n.t('errors.generic'),
    );
  });
});
