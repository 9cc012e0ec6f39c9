/**
 * The frame's shell: the launcher bubble with the unread badge, the panel with its header, and
 * the bridge to the loader on the host page (postMessage with origin checks both ways).
 */
import { BRIDGE_TAG, isBridgeMessage, type FrameMessage } from '../bridge.ts';
import { h, icon, ICONS, replace } from './dom.ts';
import type { T } from './i18n.ts';

/** The shell's parts and controls. */
export class Shell {
  readonly body: HTMLElement;
  readonly status: HTMLElement;
  readonly menuSlot: HTMLElement;
  private readonly panel: HTMLElement;
  private readonly launcher: HTMLButtonElement;
  private readonly badge: HTMLElement;
  private readonly avatar: HTMLImageElement;
  private hostOrigin: string | null = null;
  private queue: FrameMessage[] = [];
  private opened = false;
  private unread = 0;
  /** Called when the panel opens (to focus and reset unread). */
  onOpen: () => void = () => undefined;
  /** Called when the open state changes (kept across navigation). */
  onToggle: (open: boolean) => void = () => undefined;
  /** The state the loader kept for the app (resolves at `init`; null when not framed). */
  readonly hostState: Promise<string | null>;
  private resolveHostState: (saved: string | null) => void = () => undefined;

  constructor(private readonly t: T) {
    this.status = h('p', { class: 'kw-status', 'aria-live': 'polite' });
    this.menuSlot = h('div', { class: 'kw-menu-slot' });
    const close = h('button', {
      type: 'button',
      class: 'kw-icon',
      'aria-label': t('close'),
      onclick: () => this.close(),
    });
    close.appendChild(icon(ICONS.close));
    this.avatar = h('img', { class: 'kw-head-avatar', alt: '', hidden: true });
    this.body = h('div', { class: 'kw-body' }, h('p', { class: 'kw-loading' }, t('loading')));
    this.panel = h(
      'section',
      { class: 'kw-panel', role: 'dialog', 'aria-labelledby': 'kw-title', hidden: true },
      h(
        'header',
        { class: 'kw-head' },
        this.avatar,
        h('div', { class: 'kw-head-text' }, h('h1', { id: 'kw-title' }, t('title')), this.status),
        this.menuSlot,
        close,
      ),
      this.body,
    );
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    this.badge = h('span', { class: 'kw-badge', hidden: true, 'aria-hidden': 'true' });
    this.launcher = h('button', {
      type: 'button',
      class: 'kw-launcher',
      'aria-label': t('open'),
      'aria-expanded': 'false',
      onclick: () => (this.opened ? this.close() : this.open()),
    });
    this.launcher.append(icon(ICONS.chat), this.badge);
    document.body.append(this.panel, this.launcher);
    this.hostState = new Promise((resolve) => {
      this.resolveHostState = resolve;
      if (window.parent === window) resolve(null);
    });
    window.addEventListener('message', (event) => this.receive(event));
  }

  /** Asks the loader to keep `data` in the host page's storage (see `Store`). */
  keepOnHost(data: string): void {
    this.post({ tag: BRIDGE_TAG, type: 'store', data });
  }

  /** Applies the channel's colour and avatar (CSSOM only: the frame's CSP has no inline styles). */
  brand(color: string, avatarUrl: string | null): void {
    document.documentElement.style.setProperty('--kw-brand', color);
    if (avatarUrl) {
      this.avatar.src = avatarUrl;
      this.avatar.hidden = false;
    }
  }

  /** Tells the loader where to put the launcher; the iframe becomes visible. */
  ready(position: 'left' | 'right'): void {
    document.documentElement.dataset.position = position;
    this.post({ tag: BRIDGE_TAG, type: 'ready', position, title: this.t('title') });
  }

  /** Shows `view` in the panel body. */
  show(view: HTMLElement): void {
    replace(this.body, view);
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this.opened;
  }

  /** Opens the panel and moves focus into it. */
  open(): void {
    if (this.opened) return;
    this.opened = true;
    this.post({ tag: BRIDGE_TAG, type: 'open' });
    this.panel.hidden = false;
    document.documentElement.dataset.open = 'true';
    this.launcher.setAttribute('aria-expanded', 'true');
    this.launcher.setAttribute('aria-label', this.t('close'));
    this.setUnread(0);
    this.onToggle(true);
    this.onOpen();
  }

  /** Closes the panel; focus goes back to the launcher. */
  close(): void {
    if (!this.opened) return;
    this.opened = false;
    this.panel.hidden = true;
    delete document.documentElement.dataset.open;
    this.launcher.setAttribute('aria-expanded', 'false');
    this.launcher.setAttribute('aria-label', this.t('open'));
    this.launcher.focus();
    this.post({ tag: BRIDGE_TAG, type: 'close' });
    this.onToggle(false);
  }

  /** Sets the unread count on the badge and tells the host page. */
  setUnread(count: number): void {
    if (count === this.unread) return;
    this.unread = count;
    this.badge.textContent = count > 9 ? '9+' : String(count);
    this.badge.hidden = count === 0;
    this.launcher.setAttribute(
      'aria-label',
      count ? `${this.t('open')} (${this.t('unread', { n: count })})` : this.t('open'),
    );
    this.post({ tag: BRIDGE_TAG, type: 'unread', count });
  }

  /** The unread count now. */
  get unreadCount(): number {
    return this.unread;
  }

  private receive(event: MessageEvent): void {
    if (event.source !== window.parent || window.parent === window || !isBridgeMessage(event.data)) return;
    if (event.data.type === 'init') {
      // The first init fixes the host's origin; later messages must come from it.
      if (this.hostOrigin !== null) return;
      this.hostOrigin = event.origin;
      const saved = (event.data as { saved?: unknown }).saved;
      this.resolveHostState(typeof saved === 'string' ? saved : null);
      const queued = this.queue;
      this.queue = [];
      queued.forEach((m) => this.post(m));
      return;
    }
    if (event.origin !== this.hostOrigin) return;
    if (event.data.type === 'open') this.open();
    else if (event.data.type === 'close') this.close();
  }

  private post(message: FrameMessage): void {
    if (window.parent === window) return;
    if (this.hostOrigin === null) this.queue.push(message);
    else window.parent.postMessage(message, this.hostOrigin);
  }
}
