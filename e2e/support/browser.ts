import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ARTIFACTS_DIR, CHROMIUM_PATH } from './paths.ts';

/** Debian's Chromium, headless, without anything that would reach out to the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A folder name from a test's name: lower case, words joined by dashes. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'step'
  );
}

export interface JourneyOptions {
  baseURL: string;
  /** The browser's language (navigator.language), `en-US` unless told. */
  locale?: string;
}

/** One test's browser: a fresh context and page, and numbered screenshots of its steps. */
export class Journey {
  private count = 0;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly artifactsDir: string,
  ) {}

  static async open(browser: Browser, testName: string, options: JourneyOptions): Promise<Journey> {
    const dir = join(ARTIFACTS_DIR, slug(testName));
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const context = await browser.newContext({
      baseURL: options.baseURL,
      locale: options.locale ?? 'en-US',
      viewport: { width: 1280, height: 800 },
      colorScheme: 'light',
    });
    context.setDefaultTimeout(15_000);
    context.setDefaultNavigationTimeout(30_000);
    const page = await context.newPage();
    return new Journey(context, page, dir);
  }

  /**
   * Runs one step and saves `<nn>-<step>.png` after it; a failing step is saved as
   * `<nn>-<step>-failed.png` before the error goes on.
   */
  async step<T>(name: string, action: () => Promise<T>): Promise<T> {
    this.count += 1;
    const file = `${String(this.count).padStart(2, '0')}-${slug(name)}`;
    try {
      const result = await action();
      await this.screenshot(`${file}.png`);
      return result;
    } catch (err) {
      await this.screenshot(`${file}-failed.png`).catch(() => undefined);
      throw err;
    }
  }

  private async screenshot(file: string): Promise<void> {
    await this.page.screenshot({ path: join(this.artifactsDir, file), fullPage: true });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
