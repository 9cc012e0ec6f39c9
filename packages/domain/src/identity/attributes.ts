/** An admin-defined customer attribute. */
export interface AttributeDefinition {
  key: string;
  type: 'text' | 'number' | 'date' | 'select' | 'boolean';
  options: readonly string[];
}

export type AttributeValue = string | number | boolean | null;

export interface AttributeProblem {
  key: string;
  problem: 'unknown_attribute' | 'invalid_attribute_value';
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (v: string) => DATE.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Why this value does not fit the definition, or null when it does (null always fits: it clears). */
function valueProblem(def: AttributeDefinition, value: AttributeValue): string | null {
  if (value === null) return null;
  switch (def.type) {
    case 'text':
      return typeof value === 'string' && value.length <= 2000
        ? null
        : 'must be text (up to 2000 characters)';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'date':
      return typeof value === 'string' && isRealDate(value) ? null : 'must be a date (YYYY-MM-DD)';
    case 'select':
      return typeof value === 'string' && def.options.includes(value)
        ? null
        : `must be one of: ${def.options.join(', ')}`;
  }
}

/** Every problem with a set of attribute values against the organization's definitions. */
export function validateAttributes(
  defs: readonly AttributeDefinition[],
  values: Readonly<Record<string, AttributeValue>>,
): AttributeProblem[] {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const problems: AttributeProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) {
      problems.push({ key, problem: 'unknown_attribute', message: `"${key}" is not a customer attribute.` });
      continue;
    }
    const why = valueProblem(def, value);
    if (why) problems.push({ key, problem: 'invalid_attribute_value', message: `"${key}" ${why}.` });
  }
  return problems;
}
