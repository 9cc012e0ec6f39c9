/** The offline notice and form: the message becomes an e-mail ticket answered by e-mail. */
import { h } from '../dom.ts';
import type { T } from '../i18n.ts';
import { field, notice, say, validate } from './forms.ts';

/** What the offline form sends. */
export interface OfflineValues {
  name?: string;
  email: string;
  message: string;
}

/** Builds the offline notice and form; after `submit` resolves, a thank-you replaces the form. */
export function offlineView(
  t: T,
  initial: { name?: string; email?: string },
  submit: (values: OfflineValues) => Promise<void>,
): HTMLElement {
  const name = field(t, { name: 'name', label: t('name'), required: false, value: initial.name ?? '' });
  const email = field(t, {
    name: 'email',
    label: t('email'),
    kind: 'email',
    required: true,
    value: initial.email ?? '',
  });
  const message = field(t, { name: 'message', label: t('messageLabel'), kind: 'textarea', required: true });
  const error = notice('error');
  const button = h('button', { type: 'submit', class: 'kw-primary' }, t('send'));
  const form = h(
    'form',
    { class: 'kw-form', noValidate: true, 'aria-labelledby': 'kw-offline-title' },
    h('h2', { id: 'kw-offline-title', class: 'kw-h2' }, t('offlineTitle')),
    h('p', { class: 'kw-intro' }, t('offlineIntro')),
    name.wrap,
    email.wrap,
    message.wrap,
    error,
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    say(error, null);
    if (!validate([name, email, message])) return;
    button.disabled = true;
    const values = {
      email: email.value(),
      message: message.value(),
      ...(name.value() ? { name: name.value() } : {}),
    };
    submit(values)
      .then(() => {
        const done = h(
          'p',
          { class: 'kw-done', role: 'status', tabIndex: -1 },
          t('offlineSent', { email: values.email }),
        );
        form.replaceWith(done);
        done.focus();
      })
      .catch((err: Error) => {
        say(error, err.message);
        button.disabled = false;
      });
  });
  return form;
}
