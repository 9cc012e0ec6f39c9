/** The message list (role=log), with pending messages from the outbox and the typing line. */
import { h, replace } from '../dom.ts';
import type { T } from '../i18n.ts';
import type { ChatAttachment, ChatMessage, OutboxEntry } from '../conversation.ts';

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function attachmentLinks(t: T, attachments: readonly ChatAttachment[]): HTMLElement | null {
  if (!attachments.length) return null;
  return h(
    'ul',
    { class: 'kw-files', 'aria-label': t('attachment') },
    ...attachments.map((a) =>
      h(
        'li',
        {},
        a.url
          ? h('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.filename)
          : a.filename,
        ` (${sizeText(a.size)})`,
      ),
    ),
  );
}

function time(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Renders messages into a list element, keeping the view at the bottom when it was there. */
export class MessageList {
  readonly el: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly typingLine: HTMLElement;

  constructor(
    private readonly t: T,
    private readonly avatarUrl: string | null,
  ) {
    this.list = h('ol', { class: 'kw-list' });
    this.typingLine = h('p', { class: 'kw-typing', 'aria-live': 'polite' });
    this.el = h(
      'div',
      { class: 'kw-scroll', role: 'log', 'aria-label': t('messages'), tabIndex: 0 },
      this.list,
      this.typingLine,
    );
  }

  /** Shows all confirmed messages, then the outbox entries marked as sending / not sent. */
  render(messages: readonly ChatMessage[], outbox: readonly OutboxEntry[], online: boolean): void {
    const atBottom = this.el.scrollHeight - this.el.scrollTop - this.el.clientHeight < 40;
    const items = messages.map((m) =>
      this.item(m.from, m.agent?.name ?? null, m.text, m.attachments, m.createdAt, null),
    );
    for (const e of outbox) {
      items.push(
        this.item(
          'visitor',
          null,
          e.text,
          e.attachments,
          e.createdAt,
          online ? this.t('sending') : this.t('notSent'),
        ),
      );
    }
    replace(this.list, ...items);
    if (atBottom || outbox.length) this.el.scrollTop = this.el.scrollHeight;
  }

  /** Shows or hides "Ewa is typing…". */
  setTyping(name: string | null): void {
    this.typingLine.textContent = name === null ? '' : this.t('typing', { name: name || this.t('someone') });
  }

  private item(
    from: ChatMessage['from'],
    agentName: string | null,
    text: string,
    attachments: readonly ChatAttachment[],
    createdAt: string,
    pending: string | null,
  ): HTMLElement {
    if (from === 'system') return h('li', { class: 'kw-msg kw-system' }, text);
    const mine = from === 'visitor';
    const who = mine ? this.t('you') : agentName || this.t('agent');
    return h(
      'li',
      {
        class: `kw-msg ${mine ? 'kw-mine' : 'kw-theirs'}${pending ? ' kw-pending' : ''}`,
        'data-pending': pending ? 'true' : null,
      },
      !mine && this.avatarUrl ? h('img', { class: 'kw-avatar', src: this.avatarUrl, alt: '' }) : null,
      h(
        'div',
        { class: 'kw-bubble' },
        h('span', { class: 'kw-sr' }, `${who}: `),
        text ? h('p', { class: 'kw-text' }, text) : null,
        attachmentLinks(this.t, attachments),
        h('span', { class: 'kw-meta' }, pending ?? time(createdAt)),
      ),
    );
  }
}
