/** End of a chat: "The chat has ended", a 1–5 rating with a comment, then thanks and "new chat". */
import { h } from '../dom.ts';
import type { T } from '../i18n.ts';
import { notice, say } from './forms.ts';

/**
 * Builds the rating form; `rate` sends it (rejects with a message), `finished` is called when the
 * visitor rated or skipped, `restart` starts a new chat.
 */
export function ratingView(
  t: T,
  rate: (rating: number, comment: string) => Promise<void>,
  finished: () => void,
  restart: () => void,
): HTMLElement {
  let chosen = 0;
  const stars = [1, 2, 3, 4, 5].map((n) => {
    const input = h('input', { type: 'radio', name: 'kw-rating', value: String(n), id: `kw-star-${n}` });
    input.addEventListener('change', () => {
      chosen = n;
      paint();
    });
    return {
      input,
      label: h(
        'label',
        { for: `kw-star-${n}`, class: 'kw-star', title: t('rateStar', { n }) },
        h('span', { class: 'kw-sr' }, t('rateStar', { n })),
        '★',
      ),
    };
  });
  const paint = () => stars.forEach((s, i) => s.label.classList.toggle('kw-on', i < chosen));
  const comment = h('textarea', { id: 'kw-comment', rows: 3, maxLength: 2000 });
  const error = notice('error');
  const submit = h('button', { type: 'submit', class: 'kw-primary' }, t('submitRating'));
  const thanks = () => {
    finished();
    const restartButton = h(
      'button',
      { type: 'button', class: 'kw-primary', onclick: restart },
      t('newChat'),
    );
    const done = h(
      'div',
      { class: 'kw-form' },
      h('p', { class: 'kw-done', role: 'status' }, t('thanks')),
      restartButton,
    );
    form.replaceWith(done);
    restartButton.focus();
  };
  const form = h(
    'form',
    { class: 'kw-form', noValidate: true },
    h('p', { class: 'kw-ended', role: 'status' }, t('ended')),
    h(
      'fieldset',
      { class: 'kw-stars' },
      h('legend', { class: 'kw-h2' }, t('rateTitle')),
      ...stars.flatMap((s) => [s.input, s.label]),
    ),
    h('div', { class: 'kw-field' }, h('label', { for: 'kw-comment' }, t('comment')), comment),
    error,
    h(
      'div',
      { class: 'kw-row' },
      submit,
      h('button', { type: 'button', class: 'kw-link', onclick: thanks }, t('skip')),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!chosen) {
      say(error, t('required'));
      stars[0]!.input.focus();
      return;
    }
    submit.disabled = true;
    rate(chosen, comment.value.trim())
      .then(thanks)
      .catch((err: Error) => {
        say(error, err.message);
        submit.disabled = false;
      });
  });
  return form;
}
