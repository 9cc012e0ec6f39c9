/** The message box: text, emoji, file attachment (checked before upload) and send. */
import type { ChatUploadConfig } from '@kontakt/contracts';
import { h, icon, ICONS } from '../dom.ts';
import type { T } from '../i18n.ts';
import { emojiPicker } from './emoji.ts';

/** What the composer asks of the app. */
export interface ComposerActions {
  send: (text: string) => void;
  attach: (file: File) => void;
  typing: (typing: boolean) => void;
}

/** How long after the last key press "typing" stops. */
const TYPING_IDLE_MS = 3000;

/** Builds the composer form. */
export function composer(
  t: T,
  uploads: ChatUploadConfig,
  actions: ComposerActions,
): { el: HTMLElement; focus: () => void } {
  const text = h('textarea', {
    class: 'kw-input',
    rows: 1,
    maxLength: 10_000,
    placeholder: t('messagePlaceholder'),
    'aria-label': t('messageLabel'),
  });
  let typing = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stopTyping = () => {
    clearTimeout(idle);
    if (typing) actions.typing((typing = false));
  };
  text.addEventListener('input', () => {
    if (!text.value.trim()) return stopTyping();
    if (!typing) actions.typing((typing = true));
    clearTimeout(idle);
    idle = setTimeout(stopTyping, TYPING_IDLE_MS);
  });
  const submit = () => {
    const value = text.value.trim();
    if (!value) return;
    stopTyping();
    actions.send(value);
    text.value = '';
    text.focus();
  };
  text.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });

  const file = h('input', { type: 'file', class: 'kw-file', tabIndex: -1, 'aria-hidden': 'true' });
  if (uploads.allowedTypes.length) file.accept = uploads.allowedTypes.join(',');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) actions.attach(chosen);
  });
  const attach = h('button', {
    type: 'button',
    class: 'kw-icon',
    'aria-label': t('attach'),
    onclick: () => file.click(),
  });
  attach.appendChild(icon(ICONS.attach));
  attach.hidden = uploads.allowedTypes.length === 0;

  const sendButton = h('button', { type: 'submit', class: 'kw-icon kw-send', 'aria-label': t('send') });
  sendButton.appendChild(icon(ICONS.send));

  const insert = (emoji: string) => {
    const start = text.selectionStart ?? text.value.length;
    const end = text.selectionEnd ?? start;
    text.value = text.value.slice(0, start) + emoji + text.value.slice(end);
    text.focus();
    text.selectionStart = text.selectionEnd = start + emoji.length;
    text.dispatchEvent(new Event('input'));
  };

  const form = h('form', { class: 'kw-composer' }, emojiPicker(t, insert), attach, file, text, sendButton);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  return { el: form, focus: () => text.focus() };
}
