import { lookup } from 'node:dns/promises';
import { connect as tcp, isIP, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { MailboxTestStep } from '@kontakt/contracts';
import { classifyError, StepFailed, type Failure } from './mailbox-test-classify.ts';

/** Budgets of each step: a test connection answers within seconds, whatever the remote does. */
export const STEP_TIMEOUT_MS = { dns: 4_000, connect: 5_000, tls: 5_000, protocol: 12_000 };

/** Rejects with `failure` when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, failure: Failure): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepFailed(failure)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The failure of `step`, whatever the error said (a DNS error is never a folder problem). */
function failedAt(step: MailboxTestStep, err: unknown, otherwise: Failure['code']): StepFailed {
  const f = classifyError(err, step);
  return new StepFailed(f.step === step ? f : { step, code: otherwise, detail: f.detail });
}

/**
 * The host's first address; IP literals pass unchanged. Names under `.invalid` are answered "not
 * found" without asking the resolver, as RFC 6761 asks of name-resolution libraries.
 */
export async function resolveHost(host: string): Promise<string> {
  if (isIP(host)) return host;
  if (/(^|\.)invalid\.?$/i.test(host))
    throw new StepFailed({
      step: 'dns',
      code: 'dns_not_found',
      detail: `${host}: the .invalid domain never exists`,
    });
  const slow = { step: 'dns' as const, code: 'dns_failed' as const, detail: `no DNS answer for ${host}` };
  try {
    return (await within(lookup(host), STEP_TIMEOUT_MS.dns, slow)).address;
  } catch (err) {
    throw failedAt('dns', err, 'dns_failed');
  }
}

/** An open TCP connection to address:port, or the failure (refused, timed out, unreachable). */
export function openTcp(address: string, port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcp({ host: address, port });
    const timer = setTimeout(() => {
      socket.destroy();
      const detail = `no answer from ${address}:${port} within ${STEP_TIMEOUT_MS.connect / 1000} s`;
      reject(new StepFailed({ step: 'connect', code: 'connect_timeout', detail }));
    }, STEP_TIMEOUT_MS.connect);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      socket.destroy();
      reject(failedAt('connect', err, 'connect_refused'));
    });
  });
}

/**
 * A TLS handshake over `socket`, verifying the certificate against `host` as a mail client would;
 * the connection is closed afterwards either way.
 */
export function handshakeTls(socket: Socket, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const secure = tlsConnect({ socket, host, servername: isIP(host) ? undefined : host });
    const finish = (err?: unknown) => {
      clearTimeout(timer);
      secure.destroy();
      socket.destroy();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => {
      const detail = `no TLS answer within ${STEP_TIMEOUT_MS.tls / 1000} s (is this a plain-text port?)`;
      finish(new StepFailed({ step: 'tls', code: 'tls_handshake_failed', detail }));
    }, STEP_TIMEOUT_MS.tls);
    secure.once('secureConnect', () => finish());
    secure.once('error', (err) => finish(failedAt('tls', err, 'tls_handshake_failed')));
  });
}

/** DNS, TCP and (when `tls`) the TLS handshake: the steps every mail protocol starts with. */
export async function probeNetwork(host: string, port: number, tls: boolean): Promise<void> {
  const address = await resolveHost(host);
  const socket = await openTcp(address, port);
  if (tls) await handshakeTls(socket, host);
  else socket.destroy();
}
