/** The chat's ⋮ menu: "send me the transcript" and "end chat". */
import type { ChatClient } from '../chat-client.ts';
import { h, icon, ICONS, replace } from '../dom.ts';
import type { T } from '../i18n.ts';
import type { Store } from '../store.ts';
import { field, say, validate } from './forms.ts';

/** The ⋮ menu: transcript by e-mail and end chat (with a confirmation). */
export function chatMenu(
  t: T,
  store: Store,
  client: ChatClient,
  finish: () => void,
  banner: HTMLElement,
): HTMLElement {
  const toggle = h('button', {
    type: 'button',
    class: 'kw-icon',
    'aria-label': t('menu'),
    'aria-expanded': 'false',
  });
  toggle.appendChild(icon(ICONS.more));
  const pop = h('div', { class: 'kw-pop', hidden: true });
  const close = () => {
    pop.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  };
  const items = () => {
    const transcript = h('button', { type: 'button', onclick: showTranscript }, t('transcript'));
    replace(pop, transcript, h('button', { type: 'button', onclick: confirmEnd }, t('endChat')));
    return transcript;
  };
  function showTranscript() {
    const email = field(t, {
      name: 'email',
      label: t('transcriptEmail'),
      kind: 'email',
      required: true,
      value: store.state.email ?? '',
    });
    const form = h(
      'form',
      { class: 'kw-form', noValidate: true },
      email.wrap,
      h('button', { type: 'submit', class: 'kw-primary' }, t('send')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!validate([email])) return;
      const address = email.value();
      void client.transcript(address).then((ack) => {
        close();
        say(banner, ack.ok ? t('transcriptSent', { email: address }) : t('error'));
      });
    });
    replace(pop, form);
    email.input.focus();
  }
  function confirmEnd() {
    const yes = h(
      'button',
      {
        type: 'button',
        class: 'kw-primary',
        onclick: () =>
          void client.end().then((ack) => {
            if (ack.ok || ack.error.code === 'chat_ended') {
              pop.hidden = true;
              finish();
            } else say(banner, t('error'));
          }),
      },
      t('endChat'),
    );
    replace(
      pop,
      h('p', {}, t('endConfirm')),
      h(
        'div',
        { class: 'kw-row' },
        yes,
        h('button', { type: 'button', class: 'kw-link', onclick: close }, t('cancel')),
      ),
    );
    yes.focus();
  }
  toggle.addEventListener('click', () => {
    if (!pop.hidden) return close();
    pop.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    items().focus();
  });
  pop.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close();
    }
  });
  return h('div', { class: 'kw-menu' }, toggle, pop);
}
