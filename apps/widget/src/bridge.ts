/**
 * Messages between the loader on the host page and the chat app in the iframe (postMessage).
 * Both sides check the sender: the loader accepts only its iframe's window from the widget's
 * origin; the app accepts only its parent window and answers only to the origin that sent `init`.
 */

/** Marks our messages so neither side mistakes another script's postMessage for one of ours. */
export const BRIDGE_TAG = 'kontakt-widget';

/** Loader → app. */
export type HostMessage =
  /**
   * Sent once the iframe has loaded: tells the app which origin it may talk to, and hands it the
   * state it asked the loader to keep (only used where the iframe's own storage is blocked).
   */
  | { tag: typeof BRIDGE_TAG; type: 'init'; saved: string | null }
  /** The host page asked to open or close the chat (`KontaktWidget.open()` / `.close()`). */
  | { tag: typeof BRIDGE_TAG; type: 'open' | 'close' };

/** App → loader. */
export type FrameMessage =
  /** The app is ready: where the launcher sits and the iframe's accessible title. */
  | { tag: typeof BRIDGE_TAG; type: 'ready'; position: 'left' | 'right'; title: string }
  /** The chat panel opened or closed: the loader resizes the iframe. */
  | { tag: typeof BRIDGE_TAG; type: 'open' | 'close' }
  /** Agent messages the visitor has not seen yet. */
  | { tag: typeof BRIDGE_TAG; type: 'unread'; count: number }
  /**
   * Keep this state for me: browsers that block storage in third-party iframes leave the app
   * none of its own, so the loader keeps it in the host page's storage.
   */
  | { tag: typeof BRIDGE_TAG; type: 'store'; data: string };

/** Largest state the loader keeps for the app (characters). */
export const MAX_STORED = 400_000;

/** Whether `data` is one of our bridge messages (any other postMessage is ignored). */
export function isBridgeMessage(data: unknown): data is { tag: string; type: string } {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { tag?: unknown }).tag === BRIDGE_TAG &&
    typeof (data as { type?: unknown }).type === 'string'
  );
}
