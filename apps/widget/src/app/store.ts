/**
 * What the widget keeps per channel: the visitor id, the token of the running chat, the e-mail
 * given, and the conversation (messages and outbox). Kept in the iframe origin's localStorage;
 * where the browser blocks that (third-party storage blocked), the loader keeps it in the host
 * page's; with neither, the chat still works for this page view.
 */
import type { ConversationSnapshot } from './conversation.ts';

/** Everything kept for one channel. */
export interface StoredState {
  /** Stable random id of this browser (16–64 of [A-Za-z0-9_-]). */
  visitorId: string;
  /** Token of the running chat, or null. */
  token: string | null;
  /** The e-mail from the pre-chat form (for the transcript). */
  email: string | null;
  /** The panel was open when the page was left (reopens after navigation). */
  open: boolean;
  /** Messages and outbox of the running chat. */
  conversation: ConversationSnapshot | null;
}

function randomId(): string {
  const bytes = new Uint8Array(18);
  crypto.getRandomValues(bytes);
  return Array.from(
    bytes,
    (b) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[b & 63],
  ).join('');
}

/** Where the state is kept: the iframe's own localStorage, or the host page's through the loader. */
export interface StateHost {
  /** What the loader kept, once it said hello. */
  hostState: Promise<string | null>;
  /** Hands the state to the loader. */
  keepOnHost(data: string): void;
}

function ownStorage(): Storage | null {
  try {
    const probe = 'kontakt-widget:probe';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return null;
  }
}

function parse(raw: string | null): Partial<StoredState> | null {
  try {
    const value: unknown = JSON.parse(raw ?? 'null');
    return value && typeof value === 'object' ? (value as Partial<StoredState>) : null;
  } catch {
    return null;
  }
}

/** Reads and writes the state of one channel. */
export class Store {
  private constructor(
    public state: StoredState,
    private readonly save: (data: string) => void,
  ) {}

  /**
   * Opens the channel's state: from the iframe origin's localStorage, or, where the browser
   * blocks storage in third-party iframes, from the host page's through the loader.
   */
  static async open(channel: string, host: StateHost): Promise<Store> {
    const key = `kontakt-widget:${channel}`;
    const storage = ownStorage();
    const saved = storage ? parse(storage.getItem(key)) : parse(await host.hostState);
    const save = storage
      ? (data: string) => {
          try {
            storage.setItem(key, data);
          } catch {
            // Storage full: the chat goes on for this page view.
          }
        }
      : (data: string) => host.keepOnHost(data);
    const visitorId = saved?.visitorId;
    return new Store(
      {
        visitorId: visitorId && /^[A-Za-z0-9_-]{16,64}$/.test(visitorId) ? visitorId : randomId(),
        token: typeof saved?.token === 'string' ? saved.token : null,
        email: typeof saved?.email === 'string' ? saved.email : null,
        open: saved?.open === true,
        conversation: saved?.conversation ?? null,
      },
      save,
    );
  }

  /** Changes some fields and saves. */
  update(patch: Partial<StoredState>): void {
    this.state = { ...this.state, ...patch };
    this.save(JSON.stringify(this.state));
  }
}
