/**
 * The widget loader (`/widget.js`): `<script src="https://host/widget.js" data-channel="…" async>`.
 * It adds one element to the host page, an iframe with the chat app from the widget's own origin,
 * styled through CSSOM only (no inline <style>, no inline scripts), so a strict host CSP works and
 * the host's CSS and scripts never reach the chat. Host pages may call `KontaktWidget.open()` /
 * `.close()` and listen to the `kontakt:unread` event on window (`detail.count`). Where a browser
 * blocks storage in third-party iframes, the loader keeps the chat's state for the app.
 */
import { BRIDGE_TAG, isBridgeMessage, MAX_STORED, type FrameMessage, type HostMessage } from '../bridge.ts';

/** Closed: just the launcher bubble (60 px) with room for its shadow. */
const CLOSED = { width: '96px', height: '96px' };
/** Open: the chat panel; on a phone min() makes it full screen. */
const OPEN = { width: 'min(420px, 100vw)', height: 'min(700px, 100vh)' };

function start(script: HTMLScriptElement): void {
  const channel = script.dataset.channel;
  if (!channel) {
    console.warn('Kontakt widget: the <script> tag needs data-channel="…"');
    return;
  }
  const origin = new URL(script.src, location.href).origin;
  const frame = document.createElement('iframe');
  frame.src = `${origin}/widget/frame.html?channel=${encodeURIComponent(channel)}`;
  frame.title = 'Chat';
  frame.setAttribute('data-kontakt-widget', '');
  // CSSOM only: a strict host CSP (no 'unsafe-inline' styles) still allows this.
  const style = frame.style;
  Object.assign(style, {
    position: 'fixed',
    bottom: '0',
    right: '0',
    border: '0',
    margin: '0',
    padding: '0',
    maxWidth: '100vw',
    maxHeight: '100vh',
    background: 'transparent',
    colorScheme: 'normal',
    zIndex: '2147483000',
    visibility: 'hidden',
  } satisfies Partial<CSSStyleDeclaration>);
  const resize = (size: { width: string; height: string }) => {
    style.width = size.width;
    style.height = size.height;
  };
  resize(CLOSED);

  const key = `kontakt-widget:${channel}`;
  const post = (message: HostMessage) => frame.contentWindow?.postMessage(message, origin);
  frame.addEventListener('load', () => {
    let saved: string | null = null;
    try {
      saved = localStorage.getItem(key);
    } catch {
      // No storage here either: the chat lasts for this page view.
    }
    post({ tag: BRIDGE_TAG, type: 'init', saved });
  });

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!isBridgeMessage(event.data)) return;
    const msg = event.data as FrameMessage;
    if (msg.type === 'ready') {
      style.right = msg.position === 'left' ? '' : '0';
      style.left = msg.position === 'left' ? '0' : '';
      frame.title = msg.title;
      style.visibility = 'visible';
    } else if (msg.type === 'open') resize(OPEN);
    else if (msg.type === 'close') resize(CLOSED);
    else if (msg.type === 'store') {
      try {
        if (typeof msg.data === 'string' && msg.data.length <= MAX_STORED)
          localStorage.setItem(key, msg.data);
      } catch {
        // Full or blocked: the chat goes on for this page view.
      }
    } else if (msg.type === 'unread') {
      window.dispatchEvent(new CustomEvent('kontakt:unread', { detail: { count: msg.count } }));
    }
  });

  (window as unknown as { KontaktWidget: unknown }).KontaktWidget = {
    open: () => post({ tag: BRIDGE_TAG, type: 'open' }),
    close: () => post({ tag: BRIDGE_TAG, type: 'close' }),
  };
  document.body.appendChild(frame);
}

const current = document.currentScript;
const script =
  current instanceof HTMLScriptElement
    ? current
    : document.querySelector<HTMLScriptElement>('script[data-channel][src*="widget.js"]');
if (script) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script));
}
