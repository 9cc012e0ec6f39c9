import { describe, expect, it } from 'vitest';
import { validateAttributes, type AttributeDefinition, type AttributeValue } from './attributes.ts';

const defs: AttributeDefinition[] = [
  { key: 'loyalty_no', type: 'text', options: [] },
  { key: 'orders', type: 'number', options: [] },
  { key: 'born', type: 'date', options: [] },
  { key: 'segment', type: 'select', options: ['b2c', 'b2b'] },
  { key: 'newsletter', type: 'boolean', options: [] },
];

describe('customer attributes', () => {
  it('accepts values of the right type, and null to clear', () => {
    const ok = { loyalty_no: 'K-1', orders: 3, born: '1984-02-29', segment: 'b2b', newsletter: false };
    expect(validateAttributes(defs, ok)).toEqual([]);
    expect(validateAttributes(defs, { orders: null, segment: null })).toEqual([]);
  });

  it.each<[Record<string, AttributeValue>, string]>([
    [{ shoe_size: 44 }, 'unknown_attribute'],
    [{ orders: '3' }, 'invalid_attribute_value'],
    [{ orders: Number.NaN }, 'invalid_attribute_value'],
    [{ born: '1985-02-29' }, 'invalid_attribute_value'],
    [{ born: '29.02.1984' }, 'invalid_attribute_value'],
    [{ segment: 'b2g' }, 'invalid_attribute_value'],
    [{ newsletter: 'yes' }, 'invalid_attribute_value'],
    [{ loyalty_no: 7 }, 'invalid_attribute_value'],
  ])('%j → %s', (values, problem) => {
    expect(validateAttributes(defs, values)).toEqual([expect.objectContaining({ problem })]);
  });
});
