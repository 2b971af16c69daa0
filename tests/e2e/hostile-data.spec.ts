// Hostile data in Chrome: Wikipedia and Wikidata answering with garbage JSON, 429 + Retry-After, 503,
// a hang past the timeout, wrong types in every field, markup in every text field, a 50 KB extract.
// Each time the card shows what it can with a reason, nothing executes, no error reaches any world,
// and the requests stop (no unbounded retry).
import { test, expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/chromium';
import type { StaticServer } from '../../scripts/static-server';
import { closeHarness, openHarness } from './support/harness';
import { collectErrors } from './support/page-errors';
import type { WikimediaMode, WikimediaRoutes } from './support/wikimedia-routes';
import { forgetCards } from './support/extension-pages';
import { loadWorld, type World } from '../support/fake-wikimedia';

let browser: ExtensionBrowser;
let server: StaticServer;
let wiki: WikimediaRoutes;
const CARD = 'backstory-card .card';
const PAGE = '/fixtures/trade-deal-wordpress/source.html';
const PERSON = 'Emmanuel Macron';

test.beforeAll(async () => ({ browser, server, wiki } = await openHarness()));
test.afterAll(() => closeHarness({ browser, server }));
test.beforeEach(async () => {
  await forgetCards(browser);
  wiki.set({ world: loadWorld(), mode: 'ok' });
});

/** Opens the page, collecting every error of every world (content scripts' included). */
async function open(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = await collectErrors(browser.context, page);
  await page.goto(server.url(PAGE));
  await page.waitForSelector('backstory-mark');
  return { page, errors };
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);

/** Requests to the APIs so far. */
const apiRequests = () => wiki.requests.filter((url) => url.includes('/w/api.php')).length;

const FAILURES: Array<{ mode: WikimediaMode; reason: RegExp }> = [
  { mode: 'garbage', reason: /^Wikipedia did not answer$/ },
  { mode: 'rate-limited', reason: /^Wikipedia did not answer$/ },
  { mode: 'error', reason: /^Wikipedia did not answer$/ },
  { mode: 'hang', reason: /^Wikipedia did not answer$/ },
  { mode: 'wrong-types', reason: /^(No confident match|Wikipedia did not answer)$/ },
];

for (const { mode, reason } of FAILURES) {
  test(`${mode}: the card says why and shows what the article says; requests stop`, async () => {
    wiki.set({ mode });
    const before = apiRequests();
    const { page, errors } = await open();
    await page.locator('backstory-mark[tabindex]', { hasText: PERSON }).first().focus();
    const card = page.locator(CARD);
    await expect(card.locator('.reason')).toHaveText(reason, { timeout: 30_000 });
    await expect(card.locator('.in-article')).toContainText('Mentioned');
    // Nothing retries for ever: the count settles, within the batch and the hover's own look-up.
    const settled = apiRequests();
    await page.waitForTimeout(2500);
    expect(apiRequests()).toBe(settled);
    expect(settled - before).toBeLessThanOrEqual(12);
    expect(await pwned(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
}

test('markup in every text field and a 50 KB extract: shown as short plain text, nothing runs', async () => {
  const world: World = loadWorld();
  const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  for (const p of world.pages) {
    p.description = `${evil} ${p.description ?? ''}`;
    p.extract = `${p.extract ?? ''} ${evil} `.repeat(p.title === PERSON ? 180 : 1);
  }
  for (const e of Object.values(world.entities)) {
    e.label = `${e.label}${evil}`;
    e.description = `${e.description ?? ''}${evil}`;
  }
  expect(world.pages.find((p) => p.title === PERSON)?.extract?.length).toBeGreaterThan(50_000);
  wiki.set({ world });
  const { page, errors } = await open();
  await page.locator('backstory-mark[tabindex]', { hasText: PERSON }).first().focus();
  const card = page.locator(CARD);
  await expect(card.locator('.title')).toBeVisible();
  const extract = (await card.locator('.extract').textContent()) ?? '';
  expect(extract.length).toBeGreaterThan(0);
  expect(extract.length).toBeLessThan(1200);
  expect(await card.locator('img[src="x"], script').count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(await pwned(page)).toBeUndefined();
  expect(errors).toEqual([]);
  await page.close();
});
