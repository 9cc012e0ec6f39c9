/**
 * The running chat: connection, conversation (messages + outbox), message list, composer, queue
 * status and the menu (transcript, end chat). After every (re)connect it syncs what it missed,
 * then resends the outbox: nothing is lost or shown twice.
 */
import type { ChatSession, ChatStatusEvent, WidgetConfig } from '@kontakt/contracts';
import { ApiError, uploadFile } from './api.ts';
import { ChatClient } from './chat-client.ts';
import { Conversation } from './conversation.ts';
import { h, replace } from './dom.ts';
import type { T } from './i18n.ts';
import { OutboxSender } from './outbox-sender.ts';
import type { Shell } from './shell.ts';
import type { Store } from './store.ts';
import { checkFile } from './files.ts';
import { composer } from './ui/composer.ts';
import { notice, say } from './ui/forms.ts';
import { chatMenu } from './ui/menu.ts';
import { MessageList } from './ui/messages.ts';

/** What the chat screen needs from the app. */
export interface ChatScreenDeps {
  t: T;
  config: WidgetConfig;
  shell: Shell;
  store: Store;
  token: string;
  /** The chat ended (by either side): show the rating. */
  ended: (client: ChatClient) => void;
  /** The token was refused: start over. */
  rejected: () => void;
}

/** Starts the chat screen in the shell's body. */
export function openChatScreen(deps: ChatScreenDeps): { focus: () => void } {
  const { t, config, shell, store } = deps;
  const conversation = new Conversation(store.state.conversation ?? undefined);
  const list = new MessageList(t, config.branding.avatarUrl);
  const banner = notice('error');
  let online = false;
  let done = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let lastStatus: ChatStatusEvent | null = null;

  const changed = () => {
    store.update({ conversation: conversation.snapshot() });
    list.render(conversation.messages, conversation.outbox, online);
  };
  const client = new ChatClient(deps.token, {
    connected: () => {
      online = true;
      say(banner, null);
      void resync();
    },
    disconnected: () => {
      online = false;
      if (!done) say(banner, t('offlineConnection'));
      list.setTyping(null);
      changed();
    },
    rejected: () => {
      client.close();
      deps.rejected();
    },
    message: (m) => {
      // A gap in the sequence means something was missed: fetch it.
      if (m.seq > conversation.lastSeq + 1) void resync();
      if (conversation.receive(m)) {
        if (m.from === 'agent' && !shell.isOpen) shell.setUnread(shell.unreadCount + 1);
        if (m.from === 'agent') list.setTyping(null);
        changed();
      }
    },
    typing: (e) => {
      if (e.from === 'agent') list.setTyping(e.typing ? (e.name ?? '') : null);
    },
    status: (e) => showStatus(e),
  });
  const sender = new OutboxSender(conversation, (entry) => client.send(entry), {
    changed,
    failed: (code, _entry, retryAfterSeconds) => {
      if (code === 'rate_limited') {
        say(banner, t('rateLimited'));
        clearTimeout(retryTimer);
        retryTimer = setTimeout(() => void sender.flush(), (retryAfterSeconds ?? 2) * 1000);
      } else if (code === 'chat_ended') finish();
      else if (code !== 'disconnected' && code !== 'timeout') say(banner, t('error'));
    },
  });

  async function resync() {
    try {
      const ack = await client.sync(conversation.lastSeq);
      if (!ack.ok) return;
      for (const m of ack.messages) conversation.receive(m);
      changed();
      // Still waiting: keep the place in the queue the last status told.
      const waiting = ack.session.state === 'waiting' && lastStatus?.session.state === 'waiting';
      showStatus(
        waiting
          ? { ...lastStatus!, session: ack.session }
          : { session: ack.session, position: null, estimatedWaitSeconds: null },
      );
      if (ack.session.state !== 'ended') await sender.flush();
    } catch {
      // The next reconnect syncs again.
    }
  }

  function showStatus(e: ChatStatusEvent) {
    lastStatus = e;
    const s: ChatSession = e.session;
    if (s.state === 'ended') return finish();
    if (s.state === 'active') {
      shell.status.textContent = s.agent ? s.agent.name : '';
      return;
    }
    const parts = [t('waiting')];
    if (e.position) parts.push(t('queuePosition', { n: e.position }));
    if (e.estimatedWaitSeconds !== null) {
      parts.push(t('estimatedWait', { n: Math.max(1, Math.round(e.estimatedWaitSeconds / 60)) }));
    }
    shell.status.textContent = parts.join(' ');
  }

  function finish() {
    if (done) return;
    done = true;
    clearTimeout(retryTimer);
    shell.status.textContent = '';
    replace(shell.menuSlot);
    deps.ended(client);
  }

  const box = composer(t, config.uploads, {
    send: (text) => {
      if (online) say(banner, null);
      conversation.enqueue(text);
      changed();
      void sender.flush();
    },
    typing: (typing) => client.typing(typing),
    attach: (file) => {
      const problem = checkFile(t, file, config.uploads);
      if (problem) return say(banner, problem);
      if (online) say(banner, null);
      uploadFile(deps.token, file)
        .then((attachment) => {
          conversation.enqueue('', [attachment]);
          changed();
          void sender.flush();
        })
        .catch((err: unknown) => {
          // The server's own checks (type sniffed from the content, size): said in the visitor's language.
          const code = err instanceof ApiError ? err.code : '';
          if (code === 'attachment_rejected') say(banner, t('fileType', { file: file.name }));
          else if (code === 'attachment_too_large')
            say(banner, checkFile(t, { name: file.name, type: file.type, size: Infinity }, config.uploads));
          else say(banner, t('uploadFailed', { file: file.name }));
        });
    },
  });

  replace(shell.menuSlot, chatMenu(t, store, client, finish, banner));
  shell.show(h('div', { class: 'kw-chat' }, list.el, banner, box.el));
  changed();
  return { focus: box.focus };
}
