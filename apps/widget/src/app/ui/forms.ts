/** Form fields with labels, error text and client-side validation, shared by the widget's forms. */
import { h } from '../dom.ts';
import type { T } from '../i18n.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

/** One labelled input (or textarea) with its error line. */
export interface Field {
  name: string;
  wrap: HTMLElement;
  input: HTMLInputElement | HTMLTextAreaElement;
  required: boolean;
  /** Validates and shows the error; returns whether the value is fine. */
  check(): boolean;
  value(): string;
}

let fieldCount = 0;

/** A labelled field; `kind` email also checks the address. */
export function field(
  t: T,
  opts: {
    name: string;
    label: string;
    kind?: 'text' | 'email' | 'textarea';
    required: boolean;
    value?: string;
  },
): Field {
  const id = `kw-f${++fieldCount}`;
  const errorId = `${id}-error`;
  const input =
    opts.kind === 'textarea'
      ? h('textarea', { id, name: opts.name, rows: 4, maxLength: 10_000 })
      : h('input', {
          id,
          name: opts.name,
          type: opts.kind === 'email' ? 'email' : 'text',
          autocomplete: opts.name === 'email' ? 'email' : opts.name === 'name' ? 'name' : 'off',
          maxLength: opts.kind === 'email' ? 254 : 200,
        });
  input.value = opts.value ?? '';
  if (opts.required) input.setAttribute('aria-required', 'true');
  const error = h('p', { class: 'kw-error', id: errorId, hidden: true });
  const label = h(
    'label',
    { for: id },
    opts.label,
    opts.required ? null : h('span', { class: 'kw-optional' }, ` ${t('optional')}`),
  );
  const show = (message: string | null) => {
    error.textContent = message ?? '';
    error.hidden = !message;
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errorId);
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
  };
  const value = () => input.value.trim();
  const check = () => {
    const v = value();
    if (opts.required && !v) show(t('required'));
    else if (v && opts.kind === 'email' && !EMAIL.test(v)) show(t('emailInvalid'));
    else show(null);
    return error.hidden;
  };
  input.addEventListener('blur', () => {
    if (input.getAttribute('aria-invalid')) check();
  });
  return {
    name: opts.name,
    wrap: h('div', { class: 'kw-field' }, label, input, error),
    input,
    required: opts.required,
    check,
    value,
  };
}

/** Validates all fields; focuses the first bad one. Returns whether all are fine. */
export function validate(fields: Field[]): boolean {
  let first: Field | null = null;
  for (const f of fields) if (!f.check() && !first) first = f;
  first?.input.focus();
  return !first;
}

/** A form-level message (error or confirmation) announced to screen readers. */
export function notice(kind: 'error' | 'info'): HTMLElement {
  return h('p', { class: `kw-notice kw-${kind}`, role: kind === 'error' ? 'alert' : 'status', hidden: true });
}

/** Shows `text` in a notice made by `notice` (null hides it). */
export function say(el: HTMLElement, text: string | null): void {
  el.textContent = text ?? '';
  el.hidden = !text;
}
