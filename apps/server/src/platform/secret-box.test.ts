import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { loadSecretBox, SecretBox, SecretUnreadable } from './secret-box.ts';

const dir = mkdtempSync(join(tmpdir(), 'kontakt-secret-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('secret box', () => {
  it('seals each time differently, opens what it sealed, and refuses altered or foreign values', () => {
    const box = new SecretBox(randomBytes(32));
    const a = box.seal('hasło-ÿ');
    expect(a).not.toBe(box.seal('hasło-ÿ'));
    expect(box.open(a)).toBe('hasło-ÿ');
    const flipped = a.slice(0, -2) + (a.at(-2) === 'A' ? 'B' : 'A') + a.at(-1);
    expect(() => box.open(flipped)).toThrow(SecretUnreadable);
    expect(() => new SecretBox(randomBytes(32)).open(a)).toThrow(SecretUnreadable);
    expect(() => box.open('plain text')).toThrow(SecretUnreadable);
  });

  it('keeps a generated key in DATA_DIR/secret.key (0600) and uses it again', () => {
    const first = loadSecretBox({ secretKey: undefined, dataDir: dir });
    const file = join(dir, 'secret.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    const again = loadSecretBox({ secretKey: undefined, dataDir: dir });
    expect(again.open(first.seal('x'))).toBe('x');
  });

  it('takes SECRET_KEY as 64 hex digits or base64, and names a wrong one', () => {
    const key = randomBytes(32);
    const hex = loadConfig({ SECRET_KEY: key.toString('hex') }).secretKey!;
    const b64 = loadConfig({ SECRET_KEY: key.toString('base64') }).secretKey!;
    expect(hex.equals(key) && b64.equals(key)).toBe(true);
    const fromEnv = loadSecretBox({ secretKey: hex, dataDir: dir });
    expect(new SecretBox(key).open(fromEnv.seal('y'))).toBe('y');
    expect(() => loadConfig({ SECRET_KEY: 'too-short' })).toThrow(ConfigError);
  });
});
