/** A small emoji picker: common emoji in a grid of buttons, no library. */
import { h, icon, ICONS } from '../dom.ts';
import type { T } from '../i18n.ts';

const EMOJI =
  '😀 😂 😊 😍 😉 😎 🤔 😅 😢 😮 😡 🙏 👍 👎 👌 👋 👏 🙌 💪 ❤️ 🎉 🔥 ✅ ❌ ⭐ 📦 🚚 💳 🛒 🎁 ☕ 🙂'.split(
    ' ',
  );

/** The emoji button and its popover; `insert` puts the chosen emoji into the message. */
export function emojiPicker(t: T, insert: (emoji: string) => void): HTMLElement {
  const toggle = h('button', {
    type: 'button',
    class: 'kw-icon',
    'aria-label': t('emoji'),
    'aria-expanded': 'false',
    'aria-haspopup': 'true',
  });
  toggle.appendChild(icon(ICONS.smile));
  const grid = h(
    'div',
    { class: 'kw-emoji', role: 'group', 'aria-label': t('emojiList'), hidden: true },
    ...EMOJI.map((e) =>
      h('button', {
        type: 'button',
        class: 'kw-emoji-item',
        textContent: e,
        'aria-label': e,
        onclick: () => {
          insert(e);
          close(false);
        },
      }),
    ),
  );
  const close = (focusToggle: boolean) => {
    grid.hidden = true;
    toggle.setAttribute('aria-expanded', 'false');
    if (focusToggle) toggle.focus();
  };
  toggle.addEventListener('click', () => {
    if (!grid.hidden) return close(false);
    grid.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    (grid.firstElementChild as HTMLElement | null)?.focus();
  });
  grid.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      close(true);
    }
  });
  return h('div', { class: 'kw-emoji-wrap' }, toggle, grid);
}
