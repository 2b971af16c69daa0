// Cards as a reader meets them: how many Wikipedia/Wikidata requests one article costs (all made before
// any hover), and, with the cache warm, how long from the end of the hover delay to the card painted.
import type { BrowserContext } from '@playwright/test';
import { answer, loadWorld } from '../../tests/support/fake-wikimedia';
import { summarize, type Summary } from './stats';

export interface CardResult {
  page: string;
  requests: number;
  hover: Summary;
  hovers: number;
}

export async function runCards(context: BrowserContext, url: string, name: string): Promise<CardResult> {
  const world = loadWorld();
  const requests: string[] = [];
  await context.route(/^https:\/\/([a-z-]+\.wikipedia|www\.wikidata)\.org\//, (route) => {
    requests.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(answer(world, new URL(route.request().url()))),
    });
  });
  await context.route(/^https:\/\/upload\.wikimedia\.org\//, (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('backstory-mark');
  // The page's batch: wait until no request has come for a second.
  let seen = -1;
  while (seen !== requests.length) {
    seen = requests.length;
    await page.waitForTimeout(1000);
  }
  const perArticle = requests.length;
  await page.reload();
  await page.waitForSelector('backstory-mark');
  const marks = page.locator('backstory-mark[tabindex]');
  const ids = new Set<string>();
  const times: number[] = [];
  for (let i = 0; i < (await marks.count()) && times.length < 12; i++) {
    const mark = marks.nth(i);
    const id = (await mark.getAttribute('data-backstory-entity')) ?? '';
    if (ids.has(id)) continue;
    ids.add(id);
    const before = await page.evaluate(() => performance.getEntriesByName('backstory:card').length);
    await mark.hover();
    await page.waitForFunction((n) => performance.getEntriesByName('backstory:card').length > n, before, {
      timeout: 10_000,
    });
    times.push(await page.evaluate(() => performance.getEntriesByName('backstory:card').at(-1)?.duration ?? NaN));
    await page.mouse.move(2, 2);
    await page.waitForTimeout(400);
  }
  await page.close();
  return { page: name, requests: perArticle, hover: summarize(times), hovers: times.length };
}
