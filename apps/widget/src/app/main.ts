/**
 * The chat app inside the iframe (`/widget/frame.html?channel=…`): loads the channel's config,
 * then shows the running chat (token in storage), the pre-chat form, or the offline form.
 */
import type { WidgetConfig } from '@kontakt/contracts';
import { ApiError, fetchConfig, sendOfflineMessage, startChat } from './api.ts';
import type { ChatClient } from './chat-client.ts';
import { openChatScreen } from './chat-screen.ts';
import { h } from './dom.ts';
import { pickLanguage, translator } from './i18n.ts';
import { Shell } from './shell.ts';
import { Store } from './store.ts';
import { offlineView } from './ui/offline.ts';
import { preChatView } from './ui/prechat.ts';
import { ratingView } from './ui/rating.ts';

const channel = new URLSearchParams(location.search).get('channel') ?? '';
const lang = pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
document.documentElement.lang = lang;
const t = translator(lang);
const shell = new Shell(t);
let store: Store;
let focusView: () => void = () => undefined;
shell.onOpen = () => focusView();
shell.onToggle = (open) => store?.update({ open });

const delay = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/** A message for an error the visitor can act on. */
const problem = (err: unknown) =>
  new Error(err instanceof ApiError && err.code === 'rate_limited' ? t('rateLimited') : t('error'));

/** Shows a view and remembers what to focus when the panel opens. */
function show(
  view: HTMLElement,
  focus: () => void = () => view.querySelector<HTMLElement>('input, textarea, button')?.focus(),
) {
  shell.show(view);
  focusView = focus;
  if (shell.isOpen) focus();
}

async function load(): Promise<void> {
  let config: WidgetConfig;
  try {
    // The loader's hello may never come (the app opened on its own): don't wait for it forever.
    const host = {
      hostState: Promise.race([shell.hostState, delay(3000)]),
      keepOnHost: (d: string) => shell.keepOnHost(d),
    };
    [config, store] = await Promise.all([fetchConfig(channel), store ?? Store.open(channel, host)]);
  } catch {
    const retry = h(
      'button',
      { type: 'button', class: 'kw-primary', onclick: () => void load() },
      t('retry'),
    );
    show(h('div', { class: 'kw-form' }, h('p', { role: 'alert' }, t('loadFailed')), retry));
    shell.ready('right');
    return;
  }
  shell.brand(config.branding.color, config.branding.avatarUrl);
  shell.ready(config.branding.position === 'bottom-left' ? 'left' : 'right');
  route(config);
  if (store.state.open) shell.open();
}

function route(config: WidgetConfig): void {
  const token = store.state.token;
  if (token) return chat(config, token);
  if (!config.online) {
    return show(
      offlineView(t, { email: store.state.email ?? '' }, (values) =>
        sendOfflineMessage(channel, { ...values, language: lang }).then(
          () => store.update({ email: values.email }),
          (err: unknown) => Promise.reject(problem(err)),
        ),
      ),
    );
  }
  show(
    preChatView(config, lang, t, { email: store.state.email ?? '' }, async (values) => {
      try {
        const started = await startChat(channel, {
          ...values,
          language: lang,
          visitorId: store.state.visitorId,
          ...(document.referrer ? { pageUrl: document.referrer.slice(0, 2000) } : {}),
        });
        store.update({ token: started.token, email: values.email ?? store.state.email, conversation: null });
        chat(config, started.token);
      } catch (err) {
        throw problem(err);
      }
    }),
  );
}

function chat(config: WidgetConfig, token: string): void {
  const screen = openChatScreen({
    t,
    config,
    shell,
    store,
    token,
    ended: (client: ChatClient) => {
      const restart = () => {
        client.close();
        store.update({ token: null, conversation: null });
        // Fetch the config again: agents may have come or gone since.
        void load();
      };
      show(
        ratingView(
          t,
          (rating, comment) =>
            client.rate(rating, comment || undefined).then((ack) => {
              if (!ack.ok) throw new Error(t('error'));
            }),
          // Rated or skipped: a reload now offers a new chat, not this one's rating again.
          () => store.update({ token: null, conversation: null }),
          restart,
        ),
      );
    },
    rejected: () => {
      store.update({ token: null, conversation: null });
      route(config);
    },
  });
  focusView = screen.focus;
  if (shell.isOpen) screen.focus();
}

void load();
