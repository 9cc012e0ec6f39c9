import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startTestKontakt } from '../../../test/harness.ts';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const built = spawnSync('npm', ['run', 'build', '-w', '@kontakt/widget'], { cwd: root, stdio: 'ignore' });
if (built.status !== 0) throw new Error('Building the widget failed.');

const k = await startTestKontakt();

describe('widget files', () => {
  it('serves the loader to any site', async () => {
    const res = await k.inject({ method: 'GET', url: '/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.body).toContain('data-kontakt-widget');
  });

  it('serves the chat frame so any page may embed it, with its own strict CSP', async () => {
    const res = await k.inject({ method: 'GET', url: '/widget/frame.html' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.headers['x-frame-options']).toBeUndefined();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain('frame-ancestors *');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/style-src 'self'(;|$)/);
    expect(csp).toContain("connect-src 'self' ws://localhost");
    expect(res.body).toContain('app.js');
    for (const [file, type] of [
      ['app.js', 'javascript'],
      ['app.css', 'text/css'],
    ]) {
      const asset = await k.inject({ method: 'GET', url: `/widget/${file}` });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toContain(type);
    }
  });

  it('answers 404 for other names, never a file outside the bundle', async () => {
    for (const url of ['/widget/secret.txt', '/widget/..%2F..%2Fpackage.json', '/widget/constructor']) {
      const res = await k.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('has no demo shop without the demo data', async () => {
    expect((await k.inject({ method: 'GET', url: '/demo/shop' })).statusCode).toBe(404);
  });
});

describe('demo shop', () => {
  it('embeds the demo channel under a strict CSP', async () => {
    const demo = await startTestKontakt({ env: { SEED_DEMO: 'true', DEMO_PASSWORD: 'demo-password-123' } });
    const res = await demo.inject({ method: 'GET', url: '/demo/shop' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<script src="/widget.js" data-channel="demo-shop" async></script>');
    expect(String(res.headers['content-security-policy'])).toMatch(/style-src 'self'(;|$)/);
    expect((await demo.inject({ method: 'GET', url: '/demo/shop.css' })).statusCode).toBe(200);
    await demo.close();
  });
});
