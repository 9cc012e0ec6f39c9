import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';

/** Debian's dovecot (package dovecot-imapd); tests named `*.dovecot.test.ts` run when it is set. */
export const DOVECOT_BIN = process.env.TEST_DOVECOT ?? '';

export interface DovecotOptions {
  /** The dovecot binary; default TEST_DOVECOT. */
  binary?: string;
  /** Also listen with implicit TLS (a self-signed certificate made for the run); STARTTLS is offered too. */
  tls?: boolean;
  /** false: the server does not announce IDLE, so clients must poll. */
  idle?: boolean;
  /**
   * Also accept OAuth2 (XOAUTH2, OAUTHBEARER): dovecot asks this URL, with the token appended, who
   * the token belongs to (JSON `{ "username": …, "active": true }`).
   */
  oauth2TokenInfo?: string;
}

/** A running dovecot on loopback with one user and an empty Maildir. */
export interface Dovecot {
  host: string;
  port: number;
  /** The implicit-TLS port, when started with `tls`. */
  tlsPort: number | null;
  user: string;
  password: string;
  /** A Kontakt mailbox's IMAP settings for this user (plain IMAP on loopback). */
  settings: { host: string; port: number; tls: false; user: string; password: string };
  /** An imapflow client signed in as the user; the caller logs out. */
  client(): Promise<ImapFlow>;
  /** Runs `fn` with a signed-in client and logs out afterwards. */
  withClient<T>(fn: (c: ImapFlow) => Promise<T>): Promise<T>;
  /** IMAP APPEND (the folder is created when missing); returns the new UID. */
  append(folder: string, raw: string | Buffer, flags?: string[]): Promise<number>;
  /** The messages of a folder (none when it does not exist): UID, \\Seen and Message-ID. */
  list(folder: string): Promise<Array<{ uid: number; seen: boolean; messageId: string }>>;
  /** Stops dovecot and deletes its directory. */
  stop(): Promise<void>;
}

/** A loopback port that was free a moment ago. */
export async function freePort(): Promise<number> {
  const srv = createServer().listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

/** Root runs dovecot's processes as Debian's dovecot / dovenull users; anyone else as themselves. */
function identities(): {
  internal: string;
  login: string;
  mailUid: string;
  mailGid: string;
  firstUid: number;
} {
  if (process.getuid?.() === 0)
    return { internal: 'dovecot', login: 'dovenull', mailUid: 'dovecot', mailGid: 'dovecot', firstUid: 1 };
  const me = userInfo();
  return {
    internal: me.username,
    login: me.username,
    mailUid: String(me.uid),
    mailGid: String(me.gid),
    firstUid: 1,
  };
}

function selfSignedCert(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const r = spawnSync('openssl', [
    ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2'],
    ...['-keyout', key, '-out', cert, '-subj', '/CN=localhost'],
    ...['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'],
  ]);
  if (r.status !== 0) throw new Error(`openssl failed: ${r.stderr.toString()}`);
  return { cert, key };
}

function oauth2(dir: string, tokenInfo: string | undefined): string {
  if (!tokenInfo) return '';
  const file = join(dir, 'oauth2.conf.ext');
  writeFileSync(
    file,
    `tokeninfo_url = ${tokenInfo}\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n`,
  );
  return `passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = ${file}\n}\n`;
}

function config(dir: string, o: { port: number; tlsPort: number | null } & DovecotOptions): string {
  const id = identities();
  const tls = o.tlsPort ? selfSignedCert(dir) : null;
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = ${tls ? 'yes' : 'no'}
${tls ? `ssl_cert = <${tls.cert}\nssl_key = <${tls.key}` : ''}
disable_plaintext_auth = no
auth_mechanisms = plain login${o.oauth2TokenInfo ? ' xoauth2 oauthbearer' : ''}
mail_location = maildir:${dir}/mail/%u
default_internal_user = ${id.internal}
default_login_user = ${id.login}
first_valid_uid = ${id.firstUid}
${o.idle === false ? 'imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS MOVE NAMESPACE' : ''}
${oauth2(dir, o.oauth2TokenInfo)}passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${id.mailUid} gid=${id.mailGid} home=${dir}/mail/%u
}
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = ${o.port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${o.tlsPort ?? 0}
  }
}
service anvil {
  chroot =
}
`;
}

/** Resolves once the port greets like an IMAP server; fails when dovecot exits first. */
async function waitForGreeting(port: number, child: ChildProcess, logFile: string): Promise<void> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    const s = connect({ host: '127.0.0.1', port });
    const greeted = await new Promise<boolean>((resolve) => {
      s.once('data', (d) => resolve(d.toString().startsWith('* OK')));
      s.once('error', () => resolve(false));
      setTimeout(() => resolve(false), 1_000);
    });
    s.destroy();
    if (greeted) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  let log = '';
  try {
    log = readFileSync(logFile, 'utf8').slice(-2000);
  } catch {
    // no log written
  }
  throw new Error(`dovecot did not start (exit code ${child.exitCode})\n${log}`);
}

async function spawnDovecot(dir: string, opts: DovecotOptions) {
  const port = await freePort();
  const tlsPort = opts.tls ? await freePort() : null;
  const conf = join(dir, 'dovecot.conf');
  writeFileSync(conf, config(dir, { ...opts, port, tlsPort }));
  const child = spawn(opts.binary || DOVECOT_BIN, ['-F', '-c', conf], { stdio: 'ignore' });
  try {
    await waitForGreeting(port, child, join(dir, 'dovecot.log'));
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return { child, port, tlsPort };
}

/**
 * Starts dovecot as a foreground process (`-F -c <conf>`) with a temporary configuration: loopback
 * only, free ports, plain-text login allowed, one passwd-file user, a Maildir, and its own base and
 * state directories so several runs coexist. `stop()` ends it and deletes everything.
 */
export async function startDovecot(opts: DovecotOptions = {}): Promise<Dovecot> {
  if (!opts.binary && !DOVECOT_BIN)
    throw new Error('TEST_DOVECOT must name the dovecot binary (e.g. /usr/sbin/dovecot)');
  const dir = mkdtempSync(join(tmpdir(), 'kontakt-dovecot-'));
  // dovecot's own users must reach the mail directory.
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'mail'), { mode: 0o777 });
  chmodSync(join(dir, 'mail'), 0o777);
  const user = 'kontakt';
  const password = `pw-${randomBytes(6).toString('hex')}`;
  writeFileSync(join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  let started: Awaited<ReturnType<typeof spawnDovecot>> | null = null;
  // A free port can be taken between asking and binding: try again with others.
  for (let attempt = 1; !started; attempt++) {
    try {
      started = await spawnDovecot(dir, opts);
    } catch (err) {
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw err;
      }
    }
  }
  const { child, port, tlsPort } = started;
  const exited = once(child, 'exit');
  const client = async () => {
    const c = new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      doSTARTTLS: false,
      auth: { user, pass: password },
      logger: false,
    });
    await c.connect();
    return c;
  };
  const withClient = async <T>(fn: (c: ImapFlow) => Promise<T>): Promise<T> => {
    const c = await client();
    try {
      return await fn(c);
    } finally {
      await c.logout().catch(() => c.close());
    }
  };
  return {
    host: '127.0.0.1',
    port,
    tlsPort,
    user,
    password,
    settings: { host: '127.0.0.1', port, tls: false, user, password },
    client,
    withClient,
    append: (folder, raw, flags = []) =>
      withClient(async (c) => {
        if (folder !== 'INBOX') await c.mailboxCreate(folder);
        const res = await c.append(folder, raw, flags);
        if (!res || !res.uid) throw new Error('APPEND returned no UID');
        return res.uid;
      }),
    list: (folder) =>
      withClient(async (c) => {
        const lock = await c.getMailboxLock(folder).catch((err: { mailboxMissing?: boolean }) => {
          if (err.mailboxMissing) return null;
          throw err;
        });
        if (!lock) return [];
        try {
          if (!c.mailbox || c.mailbox.exists === 0) return [];
          // By UID: while Kontakt flags messages in its own session, dovecot may slip unsolicited
          // `FETCH (FLAGS …)` updates into this fetch, which carry no envelope.
          const byUid = new Map<number, { uid: number; seen: boolean; messageId: string }>();
          const read = async (range: string, opts?: { uid: true }) => {
            for await (const m of c.fetch(range, { uid: true, flags: true, envelope: true }, opts)) {
              const known = byUid.get(m.uid);
              byUid.set(m.uid, {
                uid: m.uid,
                seen: m.flags?.has('\\Seen') ?? known?.seen ?? false,
                messageId: m.envelope?.messageId ?? known?.messageId ?? '',
              });
            }
          };
          await read('1:*');
          const missing = [...byUid.values()].filter((m) => !m.messageId).map((m) => m.uid);
          if (missing.length) await read(missing.join(','), { uid: true });
          return [...byUid.values()].sort((a, b) => a.uid - b.uid);
        } finally {
          lock.release();
        }
      }),
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
