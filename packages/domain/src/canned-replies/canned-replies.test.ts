import { describe, expect, it } from 'vitest';
import { parseTemplate, placeholderNames } from './template.ts';
import { escapeHtml, renderTokens } from './render.ts';
import { firstName, formatInstant, MISSING_INSTANT, PLACEHOLDERS } from './placeholders.ts';
import { pickVariant } from './variants.ts';

const tokensOf = (source: string) => {
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.tokens;
};
const problemsOf = (source: string) => {
  const parsed = parseTemplate(source);
  return parsed.ok ? [] : parsed.problems.map((p) => [p.code, p.placeholder]);
};

describe('placeholder grammar', () => {
  it.each([
    ['Dzień dobry {{customer.first_name}},', ['customer.first_name']],
    ['{{ ticket.number }} / {{ticket.subject}}', ['ticket.number', 'ticket.subject']],
    ['Do {{sla.resolution_due_at | date}} ({{ sla.resolution_due_at|datetime }})', ['sla.resolution_due_at']],
    ['{{agent.name}} {{agent.first_name}} {{queue.name}} {{organization.name}} {{customer.name}}', null],
    ['No placeholders at all, {single braces} and } are text.', []],
    ['', []],
  ])('accepts %j', (source, names) => {
    const tokens = tokensOf(source);
    if (names) expect(placeholderNames(tokens)).toEqual(names);
  });

  it.each([
    ['Hello {{customer.nmae}}', 'unknown_placeholder', 'customer.nmae'],
    ['Hello {{Customer.Name}}', 'unknown_placeholder', 'Customer.Name'],
    ['{{sla.first_response_due_at}}', 'unknown_placeholder', 'sla.first_response_due_at'],
    ['{{customer}}', 'syntax', '{{customer}}'],
    ['{{ }}', 'syntax', '{{ }}'],
    ['{{customer.name', 'syntax', '{{customer.name'],
    ['Hello {customer.name}}', 'syntax', 'Hello {customer.name}}'],
    ['{{customer.name}}}}', 'syntax', '}}'],
    ['{{{customer.name}}', 'syntax', '{'],
    ['{{customer.name | upper}}', 'unknown_filter', '{{customer.name | upper}}'],
    ['{{ticket.number | date}}', 'filter_not_applicable', '{{ticket.number | date}}'],
    ['{{sla.resolution_due_at | date | datetime}}', 'syntax', '{{sla.resolution_due_at | date | datetime}}'],
    ['{{customer.name-x}}', 'syntax', '{{customer.name-x}}'],
  ])('rejects %j as %s', (source, code, placeholder) => {
    const [first] = problemsOf(source);
    expect(first?.[0]).toBe(code);
    expect(first?.[1]).toContain(placeholder);
  });

  it('reports every problem with its position', () => {
    const parsed = parseTemplate('A {{x.y}} b {{customer.name}} c {{ticket.numbr}}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      { code: 'unknown_placeholder', placeholder: 'x.y', index: 2 },
      { code: 'unknown_placeholder', placeholder: 'ticket.numbr', index: 32 },
    ]);
  });

  it('knows every documented placeholder', () => {
    expect(PLACEHOLDERS.map((p) => p.name)).toEqual([
      'customer.first_name',
      'customer.name',
      'ticket.number',
      'ticket.subject',
      'agent.name',
      'agent.first_name',
      'queue.name',
      'organization.name',
      'sla.resolution_due_at',
    ]);
  });
});

describe('rendering', () => {
  const due = new Date('2026-08-14T15:30:00Z');
  const values = {
    'customer.first_name': 'Jana',
    'customer.name': 'Jana <Nowak>',
    'ticket.number': '1042',
    'sla.resolution_due_at': due,
  };

  it('fills text placeholders and keeps everything else', () => {
    const out = renderTokens(
      tokensOf('Dzień dobry {{customer.first_name}}, zgłoszenie #{{ticket.number}}.'),
      values,
      {
        locale: 'pl',
        timeZone: 'Europe/Warsaw',
      },
    );
    expect(out).toEqual({ output: 'Dzień dobry Jana, zgłoszenie #1042.', missing: [] });
  });

  it('escapes values for HTML only when asked', () => {
    const tokens = tokensOf('<p>{{customer.name}}</p>');
    const opts = { locale: 'en' as const, timeZone: 'UTC' };
    expect(renderTokens(tokens, values, { ...opts, escape: escapeHtml }).output).toBe(
      '<p>Jana &lt;Nowak&gt;</p>',
    );
    expect(renderTokens(tokens, values, opts).output).toBe('<p>Jana <Nowak></p>');
  });

  it.each([
    ['pl', 'date', '14 sierpnia 2026'],
    ['cs', 'date', '14. srpna 2026'],
    ['en', 'date', '14 August 2026'],
    ['pl', 'datetime', '14 sierpnia 2026 17:30'],
    ['cs', 'datetime', '14. srpna 2026 v 17:30'],
  ] as const)('writes instants in %s (%s) in the organization time zone', (locale, filter, expected) => {
    const out = renderTokens(tokensOf(`{{sla.resolution_due_at | ${filter}}}`), values, {
      locale,
      timeZone: 'Europe/Prague',
    });
    expect(out.output.replace(/\s+/g, ' ')).toContain(expected);
  });

  it('renders a missing instant as a dash and missing text as nothing, and names them', () => {
    const out = renderTokens(
      tokensOf('{{agent.name}}|{{sla.resolution_due_at | date}}'),
      {},
      {
        locale: 'cs',
        timeZone: 'Europe/Prague',
      },
    );
    expect(out).toEqual({ output: `|${MISSING_INSTANT}`, missing: ['agent.name', 'sla.resolution_due_at'] });
  });

  it('uses the local date across midnight UTC', () => {
    expect(formatInstant(new Date('2026-03-31T22:30:00Z'), 'date', 'en', 'Europe/Warsaw')).toBe(
      '1 April 2026',
    );
  });

  it('takes the first word of a name', () => {
    expect(firstName('  Jana   Nowak ')).toBe('Jana');
    expect(firstName(null)).toBe('');
  });
});

describe('language variants', () => {
  const variants = [
    { language: 'pl' as const, id: 'pl' },
    { language: 'en' as const, id: 'en' },
  ];
  it.each([
    [['cs', 'en', 'pl'], 'en'],
    [[null, 'pl', 'en'], 'pl'],
    [['en'], 'en'],
    [['cs', null, 'cs'], 'pl'],
  ] as const)('prefers %j → %s', (preferred, id) => {
    expect(pickVariant(variants, preferred)?.id).toBe(id);
  });
  it('has nothing to pick from no variants', () => {
    expect(pickVariant([], ['pl'])).toBeNull();
  });
});
