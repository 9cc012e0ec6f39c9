import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProviders, createQueryClient } from '../../app/providers.tsx';
import { createI18n } from '../../i18n/index.ts';
import { MessageBody } from './MessageBody.tsx';
import { prepareMessageHtml } from './remote-images.ts';

const html =
  '<p>Hi <a href="https://shop.example/track">track</a></p>' +
  '<img src="https://tracker.example/p.gif" alt="pixel">' +
  '<img src="//cdn.example/logo.png">' +
  '<img src="/api/v1/attachments/1?inline=1" alt="inline">';

describe('remote images in messages', () => {
  it('replaces remote and protocol-relative images, keeps our own, hardens links', () => {
    const out = prepareMessageHtml(html, false, 'Image blocked');
    expect(out.blocked).toBe(2);
    expect(out.html).not.toContain('tracker.example');
    expect(out.html).not.toContain('cdn.example');
    expect(out.html).toContain('Image blocked: pixel');
    expect(out.html).toContain('src="/api/v1/attachments/1?inline=1"');
    expect(out.html).toContain('rel="noopener noreferrer nofollow"');
    expect(out.html).toContain('target="_blank"');
  });

  it('shows them, without referrer, once asked', () => {
    const out = prepareMessageHtml(html, true, 'Image blocked');
    expect(out.blocked).toBe(0);
    expect(out.html).toContain('src="https://tracker.example/p.gif"');
    expect(out.html).toContain('referrerpolicy="no-referrer"');
  });

  it('offers "Show images" per message and loads them on click', { timeout: 20_000 }, async () => {
    const i18n = createI18n();
    void i18n.changeLanguage('en');
    const { container } = render(
      <AppProviders i18n={i18n} queryClient={createQueryClient()} env="test">
        <MessageBody html={html} />
      </AppProviders>,
    );
    expect(screen.getByText('2 remote images blocked')).toBeTruthy();
    expect(container.querySelectorAll('img')).toHaveLength(1);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show images' }));
    expect(container.querySelectorAll('img')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show images' })).toBeNull();
  });
});
