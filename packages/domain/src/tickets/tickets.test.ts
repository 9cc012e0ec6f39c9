import { describe, expect, it } from 'vitest';
import { canTransition } from './status.ts';
import { validateCustomFields, type FieldDefinition } from './custom-fields.ts';

describe('status transitions', () => {
  it.each([
    ['new', 'open', true],
    ['new', 'closed', false],
    ['open', 'solved', true],
    ['pending_customer', 'open', true],
    ['solved', 'open', true],
    ['solved', 'closed', true],
    ['solved', 'pending_customer', false],
    ['closed', 'open', false],
    ['closed', 'closed', true],
    ['on_hold', 'new', false],
  ] as const)('%s → %s is %s', (from, to, ok) => {
    expect(canTransition(from, to)).toBe(ok);
  });
});

describe('custom field validation', () => {
  const defs: FieldDefinition[] = [
    { key: 'order_no', type: 'text', options: [], active: true },
    { key: 'amount', type: 'number', options: [], active: true },
    { key: 'bought', type: 'date', options: [], active: true },
    { key: 'carrier', type: 'select', options: ['dpd', 'inpost'], active: true },
    { key: 'defects', type: 'multi_select', options: ['scratch', 'dent'], active: true },
    { key: 'gift', type: 'checkbox', options: [], active: true },
    { key: 'old', type: 'text', options: [], active: false },
  ];
  it('accepts values of the right types and null', () => {
    expect(
      validateCustomFields(defs, {
        order_no: 'A-1',
        amount: 12.5,
        bought: '2024-02-29',
        carrier: 'dpd',
        defects: ['dent'],
        gift: false,
        old: null,
      }).map((p) => p.key),
    ).toEqual(['old']);
  });
  it.each([
    [{ amount: '12' }, 'wrong_type'],
    [{ bought: '2023-02-29' }, 'invalid_date'],
    [{ bought: '29.02.2024' }, 'invalid_date'],
    [{ carrier: 'ups' }, 'not_an_option'],
    [{ defects: ['dent', 'rust'] }, 'not_an_option'],
    [{ gift: 'yes' }, 'wrong_type'],
    [{ colour: 'red' }, 'unknown_field'],
  ])('rejects %j with %s', (values, code) => {
    expect(validateCustomFields(defs, values as never)[0]?.code).toBe(code);
  });
});
