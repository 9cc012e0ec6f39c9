import { expect, test } from 'vitest';
import { Journey } from './support/browser.ts';
import { useServerAndBrowser } from './support/fixtures.ts';

const { server, browser } = useServerAndBrowser();

test('/api/docs shows the Swagger UI with the agents API', async ({ task, onTestFinished }) => {
  const journey = await Journey.open(browser(), task.name, { baseURL: server().url });
  onTestFinished(() => journey.close());
  const { page } = journey;
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  await journey.step('open the API docs', async () => {
    const response = await page.goto('/api/docs');
    expect(response?.ok()).toBe(true);
    await page.locator('.swagger-ui').first().waitFor();
  });

  await journey.step('operations are listed', async () => {
    const agents = page.locator('.opblock-summary-path[data-path="/api/v1/agents"]');
    await agents.first().waitFor({ timeout: 30_000 });
    expect(await agents.count()).toBeGreaterThanOrEqual(1);
    await page.locator('.swagger-ui .info .title', { hasText: 'Kontakt API' }).waitFor();
    await page.locator('.opblock-summary-path[data-path="/api/v1/auth/login"]').waitFor();
    expect(pageErrors).toEqual([]);
  });

  await journey.step('an operation opens', async () => {
    const list = page.locator('.opblock-get').filter({
      has: page.locator('.opblock-summary-path[data-path="/api/v1/agents"]'),
    });
    await list.first().locator('.opblock-summary').first().click();
    await list.first().locator('.opblock-body').waitFor();
    await list.first().getByRole('button', { name: 'Try it out' }).waitFor();
  });
});
