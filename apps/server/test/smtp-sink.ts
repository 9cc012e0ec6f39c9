import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';

/** A real SMTP server on loopback that keeps what it receives; can be stopped and restarted on the same port. */
export class SmtpSink {
  readonly received: ParsedMail[] = [];
  private server: SMTPServer | null = null;
  port = 0;
  /** The user names that signed in successfully, in order. */
  readonly signIns: string[] = [];

  /** With `auth`, the sink refuses mail from clients that did not sign in with exactly these. */
  constructor(private readonly auth?: { user: string; pass: string }) {}

  async start(port = 0): Promise<this> {
    const { auth } = this;
    const server = new SMTPServer({
      authOptional: !auth,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (given, _session, callback) => {
        if (!auth || given.username !== auth.user || given.password !== auth.pass)
          return callback(new Error('Invalid username or password'));
        this.signIns.push(given.username!);
        callback(null, { user: given.username });
      },
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.received.push(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.port = (server.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  }

  /** Waits until `n` messages have arrived (polling; tests never assert timings). */
  async waitFor(n: number, timeoutMs = 20_000): Promise<ParsedMail[]> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < n) {
      if (Date.now() > until) throw new Error(`expected ${n} messages, got ${this.received.length}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }
}
