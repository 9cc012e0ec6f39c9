/** An admin-defined ticket field. */
export interface FieldDefinition {
  key: string;
  type: 'text' | 'number' | 'date' | 'select' | 'multi_select' | 'checkbox';
  options: readonly string[];
  active: boolean;
}

export type FieldValue = string | number | boolean | string[] | null;
export interface FieldProblem {
  key: string;
  code: 'unknown_field' | 'wrong_type' | 'not_an_option' | 'invalid_date';
  message: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkOne(def: FieldDefinition, value: FieldValue): FieldProblem | null {
  if (value === null) return null;
  const wrong = (expected: string): FieldProblem => ({
    key: def.key,
    code: 'wrong_type',
    message: `${def.key} must be ${expected}`,
  });
  switch (def.type) {
    case 'text':
      return typeof value === 'string' ? null : wrong('text');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : wrong('a number');
    case 'checkbox':
      return typeof value === 'boolean' ? null : wrong('true or false');
    case 'date': {
      if (typeof value !== 'string') return wrong('a date (YYYY-MM-DD)');
      const d = new Date(`${value}T00:00:00Z`);
      const valid = DATE.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
      return valid ? null : { key: def.key, code: 'invalid_date', message: `${def.key} is not a real date` };
    }
    case 'select':
      if (typeof value !== 'string') return wrong('one of its options');
      return def.options.includes(value)
        ? null
        : { key: def.key, code: 'not_an_option', message: `${def.key}: "${value}" is not an option` };
    case 'multi_select': {
      if (!Array.isArray(value)) return wrong('a list of its options');
      const bad = value.find((v) => !def.options.includes(v));
      return bad === undefined
        ? null
        : { key: def.key, code: 'not_an_option', message: `${def.key}: "${bad}" is not an option` };
    }
  }
}

/** Every problem with a set of field values against the definitions (empty when valid). */
export function validateCustomFields(
  defs: readonly FieldDefinition[],
  values: Record<string, FieldValue>,
): FieldProblem[] {
  const byKey = new Map(defs.filter((d) => d.active).map((d) => [d.key, d]));
  const problems: FieldProblem[] = [];
  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) problems.push({ key, code: 'unknown_field', message: `${key} is not a ticket field` });
    else {
      const p = checkOne(def, value);
      if (p) problems.push(p);
    }
  }
  return problems;
}
