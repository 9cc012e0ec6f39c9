/** The pre-chat form: greeting, the configured fields, the privacy notice and "Start chat". */
import type { PreChatField, WidgetConfig } from '@kontakt/contracts';
import { h } from '../dom.ts';
import type { Lang, T } from '../i18n.ts';
import { field, notice, say, validate } from './forms.ts';

/** Values of the pre-chat form (only the fields shown). */
export type PreChatValues = Partial<Record<PreChatField, string>>;

/** Builds the form; `submit` starts the chat and rejects with a message to show. */
export function preChatView(
  config: WidgetConfig,
  lang: Lang,
  t: T,
  initial: PreChatValues,
  submit: (values: PreChatValues) => Promise<void>,
): HTMLElement {
  const shown = new Set<PreChatField>([...config.preChat.fields, 'email']);
  const order: PreChatField[] = ['name', 'email', 'topic'];
  const fields = order
    .filter((name) => shown.has(name))
    .map((name) =>
      field(t, {
        name,
        label: t(name),
        kind: name === 'email' ? 'email' : name === 'topic' ? 'textarea' : 'text',
        required: config.preChat.required.includes(name),
        value: initial[name] ?? '',
      }),
    );
  const error = notice('error');
  const button = h('button', { type: 'submit', class: 'kw-primary' }, t('start'));
  const greeting = config.branding.greeting[lang] ?? config.branding.greeting.en;
  const privacy = h(
    'p',
    { class: 'kw-privacy' },
    `${t('privacy')} `,
    config.privacyUrl
      ? h('a', { href: config.privacyUrl, target: '_blank', rel: 'noopener noreferrer' }, t('privacyLink'))
      : null,
  );
  const form = h(
    'form',
    { class: 'kw-form', noValidate: true, 'aria-label': t('title') },
    greeting ? h('p', { class: 'kw-greeting' }, greeting) : null,
    h('p', { class: 'kw-intro' }, t('prechatIntro')),
    ...fields.map((f) => f.wrap),
    privacy,
    error,
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    say(error, null);
    if (!validate(fields)) return;
    const values: PreChatValues = {};
    for (const f of fields) if (f.value()) values[f.name as PreChatField] = f.value();
    button.disabled = true;
    submit(values)
      .catch((err: Error) => say(error, err.message))
      .finally(() => {
        button.disabled = false;
      });
  });
  return form;
}
