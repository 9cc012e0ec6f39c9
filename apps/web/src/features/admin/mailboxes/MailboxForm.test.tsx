import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImapDeadLetter, Mailbox, MailboxTestResult } from '@kontakt/contracts';
import { apiError, mockApi } from '../../../test/api-mock.ts';
import { buildMe, QUEUE_ID, workspaceRoutes } from '../../../test/factories.ts';
import { renderApp } from '../../../test/render-app.tsx';

const imapMailbox: Mailbox = {
  id: '0190a000-0000-7000-8000-0000000000b1',
  address: 'help@shop.test',
  displayName: 'Shop Help',
  queueId: QUEUE_ID,
  inboundKind: 'imap',
  imap: {
    host: 'imap.shop.test',
    port: 993,
    tls: true,
    user: 'help',
    auth: 'password',
    passwordSet: true,
    folder: 'INBOX',
    processedFolder: null,
    oauth2Refresh: null,
    connection: {
      state: 'failing',
      idle: false,
      connectedAt: null,
      checkedAt: null,
      failingSince: '2025-01-01T08:00:00.000Z',
      failures: 3,
      error: { step: 'auth', code: 'auth_failed', detail: 'NO [AUTHENTICATIONFAILED]' },
      retryAt: '2025-01-01T08:04:00.000Z',
    },
  },
  outboundSmtpUrl: 'smtps://help@smtp.shop.test:465',
  dkim: null,
  dkimKeySet: false,
  signatures: { pl: 'Zespół Shop' },
  autoAck: false,
  autoAckTemplates: {},
  active: true,
  createdAt: '2025-01-01T08:00:00.000Z',
  updatedAt: '2025-01-01T08:00:00.000Z',
};

function routes(extra: Parameters<typeof mockApi>[0] = {}) {
  return {
    ...workspaceRoutes(),
    'GET /me': { status: 200, body: buildMe({ role: 'admin' }) },
    'GET /mailboxes': { status: 200, body: { items: [imapMailbox] } },
    'GET /mailboxes/listener': { status: 200, body: { enabled: true, host: 'kontakt.example', port: 2525 } },
    [`GET /mailboxes/${imapMailbox.id}/dead-letters`]: { status: 200, body: { items: [] } },
    ...extra,
  };
}

async function openDrawer(user: ReturnType<typeof renderApp>['user'], button: string) {
  // The admin area and this page load on demand; the first time takes long on a busy machine.
  await user.click(await screen.findByRole('button', { name: button }, { timeout: 30_000 }));
  return screen.findByRole('dialog');
}

describe('mailbox form', { timeout: 120_000 }, () => {
  it('shows IMAP settings only for IMAP, and the listener address otherwise', async () => {
    mockApi(routes());
    const { user } = renderApp('/admin/mailboxes');
    // The list says a mailbox is failing, and where.
    expect(await screen.findByText('Failing at signing in', {}, { timeout: 30_000 })).toBeTruthy();
    const drawer = await openDrawer(user, 'New mailbox');
    await user.type(within(drawer).getByRole('textbox', { name: 'Address' }), 'pomoc@sklep.test');
    expect(within(drawer).queryByRole('textbox', { name: 'IMAP server' })).toBeNull();
    expect(
      await within(drawer).findByText(
        /Mail to pomoc@sklep.test is taken in by Kontakt at kontakt.example:2525/,
      ),
    ).toBeTruthy();

    await user.click(within(drawer).getByRole('radio', { name: 'Fetched from an IMAP mailbox' }));
    expect(within(drawer).getByRole('textbox', { name: 'IMAP server' })).toBeTruthy();
    expect(within(drawer).getByRole('textbox', { name: 'Folder' })).toBeTruthy();
    expect(within(drawer).queryByText(/is taken in by Kontakt/)).toBeNull();
  });

  it('leaves an empty password and an unchanged SMTP address out of the change', async () => {
    const { calls } = mockApi(
      routes({ [`PATCH /mailboxes/${imapMailbox.id}`]: { status: 200, body: imapMailbox } }),
    );
    const { user } = renderApp('/admin/mailboxes');
    const drawer = await openDrawer(user, 'Edit mailbox help@shop.test');
    expect(within(drawer).getByText('A password is set — leave empty to keep it.')).toBeTruthy();
    const folder = within(drawer).getByRole('textbox', { name: 'Folder' });
    await user.clear(folder);
    await user.type(folder, 'Support');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const body = calls.find((c) => c.method === 'PATCH')!.body as Record<string, unknown>;
    expect(body.imap).toEqual({
      host: 'imap.shop.test',
      port: 993,
      tls: true,
      user: 'help',
      auth: 'password',
      folder: 'Support',
      processedFolder: null,
      oauth2Refresh: null,
    });
    expect(body).not.toHaveProperty('outboundSmtpUrl');
    expect(body.signatures).toEqual({ pl: 'Zespół Shop' });
  });

  it('puts a server error next to its field', async () => {
    mockApi(routes({ 'POST /mailboxes': apiError(409, 'mailbox_address_taken', { field: 'address' }) }));
    const { user } = renderApp('/admin/mailboxes');
    const drawer = await openDrawer(user, 'New mailbox');
    await user.type(within(drawer).getByRole('textbox', { name: 'Address' }), 'help@shop.test');
    await user.type(within(drawer).getByRole('textbox', { name: 'Sender name' }), 'Shop');
    await user.click(within(drawer).getByRole('button', { name: 'Create' }));
    const address = within(drawer).getByRole('textbox', { name: 'Address' });
    await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
    expect(within(drawer).getByText('Another mailbox already uses this address.')).toBeTruthy();
  });

  it('sends the OAuth2 token renewal of a mailbox signing in with tokens', async () => {
    const { calls } = mockApi(
      routes({ [`PATCH /mailboxes/${imapMailbox.id}`]: { status: 200, body: imapMailbox } }),
    );
    const { user } = renderApp('/admin/mailboxes');
    const drawer = await openDrawer(user, 'Edit mailbox help@shop.test');
    await user.click(within(drawer).getByRole('textbox', { name: 'Sign-in method' }));
    await user.click(await screen.findByRole('option', { name: /OAuth2 access token/ }));
    await user.click(within(drawer).getByRole('switch', { name: /^Renew access tokens automatically/ }));
    await user.type(
      within(drawer).getByRole('textbox', { name: /Token endpoint/ }),
      'https://login.example.test/token',
    );
    await user.type(within(drawer).getByRole('textbox', { name: /Client \(application\) ID/ }), 'app-1');
    await user.type(within(drawer).getByLabelText(/Refresh token/), 'r-1');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const body = calls.find((c) => c.method === 'PATCH')!.body as { imap: Record<string, unknown> };
    expect(body.imap.auth).toBe('oauth2');
    expect(body.imap.oauth2Refresh).toEqual({
      tokenUrl: 'https://login.example.test/token',
      clientId: 'app-1',
      refreshToken: 'r-1',
    });
  });

  it('reports the failed step, code and server detail of a connection test', async () => {
    const failed: MailboxTestResult = {
      imap: {
        ok: false,
        step: 'auth',
        code: 'auth_failed',
        detail: 'NO [AUTHENTICATIONFAILED] Invalid credentials',
        durationMs: 84,
      },
      // A code this web app does not know yet (a newer server).
      smtp: {
        ok: false,
        step: 'tls',
        code: 'tls_weird_new_failure' as 'protocol_error',
        detail: null,
        durationMs: 12,
      },
    };
    const { calls } = mockApi(routes({ 'POST /mailboxes/test': { status: 200, body: failed } }));
    const { user } = renderApp('/admin/mailboxes');
    const drawer = await openDrawer(user, 'Edit mailbox help@shop.test');
    await user.click(within(drawer).getByRole('button', { name: 'Test connection' }));

    const result = await within(drawer).findByRole('status', { name: 'Connection test result' });
    const [imap, smtp] = result.querySelectorAll('[data-check]');
    expect(imap!.getAttribute('data-check')).toBe('failed');
    expect(imap!.textContent).toContain('failed at: signing in.');
    expect(imap!.textContent).toContain('The user name or password was not accepted.');
    expect(imap!.textContent).toContain('auth_failed');
    expect(imap!.textContent).toContain('NO [AUTHENTICATIONFAILED] Invalid credentials');
    // An unknown code still reads as a failure, with the code shown.
    expect(smtp!.textContent).toContain('failed at: encryption (TLS).');
    expect(smtp!.textContent).toContain('The test failed. tls_weird_new_failure');

    // The stored password is used: the empty field is not sent, the mailbox is named.
    const sent = calls.find((c) => c.path === '/mailboxes/test')!.body as { mailboxId: string; imap: object };
    expect(sent.mailboxId).toBe(imapMailbox.id);
    expect(sent.imap).not.toHaveProperty('password');
  });

  it('shows a working connection in green', async () => {
    const ok: MailboxTestResult = {
      imap: { ok: true, step: 'folder', code: null, detail: null, durationMs: 120 },
      smtp: { ok: true, step: 'auth', code: null, detail: null, durationMs: 95 },
    };
    mockApi(routes({ [`POST /mailboxes/${imapMailbox.id}/test`]: { status: 200, body: ok } }));
    const { user } = renderApp('/admin/mailboxes');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Test the connection of help@shop.test' },
        { timeout: 30_000 },
      ),
    );
    const result = await screen.findByRole('status', { name: 'Connection test result' });
    const checks = [...result.querySelectorAll('[data-check]')];
    expect(checks.map((c) => c.getAttribute('data-check'))).toEqual(['ok', 'ok']);
    expect(checks[0]!.textContent).toBe('IMAP — connection works. (120 ms)');
    expect(checks[1]!.textContent).toBe('SMTP — connection works. (95 ms)');
  });

  it('sends DKIM settings, and keeps the stored key when an edit leaves it empty', async () => {
    const signed: Mailbox = {
      ...imapMailbox,
      dkim: {
        domainName: 'shop.test',
        keySelector: 'kontakt1',
        dnsRecord: { name: 'kontakt1._domainkey.shop.test', value: 'v=DKIM1; k=rsa; p=MIIBIjAN' },
      },
      dkimKeySet: true,
    };
    let saved = false;
    const { calls } = mockApi(
      routes({
        'GET /mailboxes': () => ({ status: 200, body: { items: [saved ? signed : imapMailbox] } }),
        [`PATCH /mailboxes/${imapMailbox.id}`]: [
          apiError(400, 'dkim_key_invalid', { field: 'dkim.privateKey' }),
          () => {
            saved = true;
            return { status: 200, body: signed };
          },
        ],
      }),
    );
    const { user } = renderApp('/admin/mailboxes');
    let drawer = await openDrawer(user, 'Edit mailbox help@shop.test');
    expect(await within(drawer).findByText('No messages were set aside.')).toBeTruthy();
    await user.click(within(drawer).getByRole('switch', { name: /^Sign outgoing mail with DKIM/ }));
    await user.type(within(drawer).getByRole('textbox', { name: 'Signing domain' }), 'shop.test');
    await user.type(within(drawer).getByRole('textbox', { name: 'Selector' }), 'kontakt1');
    const key = within(drawer).getByRole('textbox', { name: 'Private key (PEM)' });
    await user.type(key, 'PEM-KEY');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    // The server refuses the key: its message shows next to the key field.
    await waitFor(() => expect(key.getAttribute('aria-invalid')).toBe('true'));
    expect(within(drawer).getByText(/not a usable RSA .* or Ed25519 private key/)).toBeTruthy();
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect((calls.find((c) => c.method === 'PATCH')!.body as { dkim: unknown }).dkim).toEqual({
      domainName: 'shop.test',
      keySelector: 'kontakt1',
      privateKey: 'PEM-KEY',
    });

    // Saved: the record to publish is shown, the key is not; a new selector goes without the key.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    drawer = await openDrawer(user, 'Edit mailbox help@shop.test');
    expect(within(drawer).getByText('A key is set — leave empty to keep it.')).toBeTruthy();
    expect(within(drawer).getByText('kontakt1._domainkey.shop.test')).toBeTruthy();
    expect(within(drawer).getByRole('button', { name: 'Copy Value' })).toBeTruthy();
    const selector = within(drawer).getByRole('textbox', { name: 'Selector' });
    await user.clear(selector);
    await user.type(selector, 'kontakt2');
    await user.click(within(drawer).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(3));
    const second = calls.filter((c) => c.method === 'PATCH')[2]!.body as { dkim: object };
    expect(second.dkim).toEqual({ domainName: 'shop.test', keySelector: 'kontakt2' });
    expect(second.dkim).not.toHaveProperty('privateKey');
  });

  it('lists set-aside messages and retries one', async () => {
    const base = { folder: 'INBOX', givenUpAt: '2025-01-02T09:00:00.000Z', resolvedAt: null };
    const tooLarge: ImapDeadLetter = {
      ...base,
      id: '0190a000-0000-7000-8000-0000000000d1',
      uid: 42,
      reason: 'too_large',
      size: 60 * 1024 * 1024,
      error: null,
      attempts: 1,
      retriable: false,
      createdAt: '2025-01-02T09:00:00.000Z',
    };
    const failing: ImapDeadLetter = {
      ...base,
      id: '0190a000-0000-7000-8000-0000000000d2',
      uid: 43,
      reason: 'ingest_failed',
      size: 2048,
      error: 'TypeError: bad header',
      attempts: 3,
      retriable: true,
      createdAt: '2025-01-02T08:00:00.000Z',
    };
    const stored = { ...failing, retriable: false, resolvedAt: '2025-01-03T10:00:00.000Z' };
    const list = `GET /mailboxes/${imapMailbox.id}/dead-letters`;
    const retry = `POST /mailboxes/${imapMailbox.id}/dead-letters/${failing.id}/retry`;
    const { calls } = mockApi(
      routes({
        [list]: [
          { status: 200, body: { items: [tooLarge, failing] } },
          { status: 200, body: { items: [tooLarge, stored] } },
        ],
        [retry]: { status: 200, body: stored },
      }),
    );
    const { user } = renderApp('/admin/mailboxes');
    const drawer = await openDrawer(user, 'Edit mailbox help@shop.test');
    const section = await within(drawer).findByRole('region', { name: 'Set-aside messages' });
    const large = await within(section).findByRole('listitem', { name: 'INBOX, UID 42' });
    expect(large.textContent).toContain('Too large');
    expect(large.textContent).toContain('60 MB');
    expect(large.textContent).toContain('1 attempt');
    expect(within(large).queryByRole('button', { name: /Retry/ })).toBeNull();
    const failed = within(section).getByRole('listitem', { name: 'INBOX, UID 43' });
    expect(failed.textContent).toContain('Failing ingestion');
    expect(failed.textContent).toContain('3 attempts');
    expect(failed.textContent).toContain('TypeError: bad header');

    await user.click(within(failed).getByRole('button', { name: 'Retry INBOX, UID 43' }));
    expect(await within(section).findByText('Stored after all')).toBeTruthy();
    expect(calls.filter((c) => `${c.method} ${c.path}` === retry)).toHaveLength(1);
    expect(within(section).queryByRole('button', { name: /Retry/ })).toBeNull();
    // Retrying does not save the form.
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });
});
