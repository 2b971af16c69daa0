// The side panel briefing and the popup, driven in Chromium: the seed's briefing, key points that
// scroll the page, the site switch removing and restoring marks without reload, offline mode making no
// request, and the popup's cache count matching IndexedDB.
import { test, expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/chromium';
import type { StaticServer } from '../../scripts/static-server';
import { closeHarness, openHarness } from './support/harness';
import type { WikimediaRoutes } from './support/wikimedia-routes';
import { openExtensionPage, storedCards, tabIdOf } from './support/extension-pages';
import { seedCase } from '../../cli/eval/gold';

let browser: ExtensionBrowser;
let server: StaticServer;
let wiki: WikimediaRoutes;
const seed = seedCase();

test.beforeAll(async () => ({ browser, server, wiki } = await openHarness()));
test.afterAll(() => closeHarness({ browser, server }));
test.beforeEach(() => test.skip(!seed, '../shared is absent: the briefing e2e runs on the seed page'));

async function openSeed(): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/seed/lavrov-yerevan.html'));
  await page.waitForSelector('backstory-mark');
  return { page, tabId: await tabIdOf(browser, page) };
}

test('the seed’s briefing: six people led by Mirzoyan or Lavrov, both declarations with their dates, 3–5 key points', async () => {
  const { page, tabId } = await openSeed();
  const panel = await openExtensionPage(browser, 'sidepanel.html', tabId);
  await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible();
  const cast = panel.locator('.cast > li .name');
  await expect(cast).toHaveCount(6);
  expect(['Sergey Lavrov', 'Ararat Mirzoyan']).toContain((await cast.first().textContent())?.trim());
  const agreements = panel.locator('.agreements').first();
  await expect(agreements.locator('li', { hasText: 'Prague Declaration' })).toContainText('2022');
  await expect(agreements.locator('li', { hasText: 'Alma-Ata Declaration' })).toContainText('1991');
  const points = await panel.locator('.key-points li').count();
  expect(points).toBeGreaterThanOrEqual(3);
  expect(points).toBeLessThanOrEqual(5);
  const timeline = panel.locator('.timeline time.iso');
  const dates = await timeline.evaluateAll((els) => els.map((el) => el.getAttribute('datetime')));
  expect(dates.slice(0, 4)).toEqual(['1991', '2022-09', '2022-10-06', '2023-09']);
  expect((await timeline.allTextContents()).slice(0, 4)).toEqual([
    '1991',
    'September 2022',
    'October 6, 2022',
    'September 2023',
  ]);
  await panel.close();
  await page.close();
});

test('clicking a key point scrolls the page until its sentence is in view', async () => {
  const { page, tabId } = await openSeed();
  const panel = await openExtensionPage(browser, 'sidepanel.html', tabId);
  const last = panel.locator('.key-points li button').last();
  const sentence = (await last.textContent())?.slice(0, 40) ?? '';
  await page.evaluate(() => window.scrollTo(0, 0));
  const inView = () =>
    page.evaluate((needle) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      const joined: Text[] = [];
      while (node) {
        joined.push(node as Text);
        node = walker.nextNode();
      }
      const host = joined.find((t) => t.parentElement?.closest('p')?.textContent?.includes(needle.slice(0, 25)));
      const rect = host?.parentElement?.closest('p')?.getBoundingClientRect();
      return !!rect && rect.top < window.innerHeight && rect.bottom > 0;
    }, sentence);
  expect(await inView()).toBe(false);
  await last.click();
  await expect.poll(inView).toBe(true);
  await panel.close();
  await page.close();
});

test('clicking a name in the briefing scrolls to its first mention and opens its card', async () => {
  const { page, tabId } = await openSeed();
  const panel = await openExtensionPage(browser, 'sidepanel.html', tabId);
  await panel.locator('.cast .name', { hasText: 'Viktor Orbán' }).click();
  await expect(page.locator('backstory-card .card .title')).toHaveText(/Orbán/);
  const mark = page.locator('backstory-mark[data-backstory-active]');
  await expect(mark).toHaveText('Viktor Orbán');
  expect(
    await mark.evaluate(
      (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= window.innerHeight,
    ),
  ).toBe(true);
  await panel.close();
  await page.close();
});

test('the popup switches Backstory off and on for the site: marks go and come back, no reload', async () => {
  const { page, tabId } = await openSeed();
  const plain = await browser.context.newPage();
  await plain.goto(`file://${seed?.pagePath}`);
  const original = await plain.evaluate(() => document.body.innerHTML);
  await plain.close();
  const marks = await page.locator('backstory-mark').count();
  const popup = await openExtensionPage(browser, 'popup.html', tabId);
  const site = popup.getByRole('checkbox', { name: /On for 127\.0\.0\.1/ });
  await expect(site).toBeChecked();
  await page.evaluate(() => ((window as unknown as { __notReloaded: boolean }).__notReloaded = true));
  await site.uncheck();
  await expect(page.locator('backstory-mark')).toHaveCount(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(original);
  await site.check();
  await expect(page.locator('backstory-mark')).toHaveCount(marks);
  expect(await page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded)).toBe(true);
  // Kinds: unticking People removes exactly the people's marks.
  await popup.getByRole('checkbox', { name: 'People' }).uncheck();
  await expect(page.locator('backstory-mark[data-backstory-kind="person"]')).toHaveCount(0);
  expect(await page.locator('backstory-mark').count()).toBeGreaterThan(0);
  await popup.getByRole('checkbox', { name: 'People' }).check();
  await expect(page.locator('backstory-mark')).toHaveCount(marks);
  await popup.close();
  await page.close();
});

test('the popup’s cache count matches IndexedDB, and offline mode makes no request at all', async () => {
  const { page, tabId } = await openSeed();
  await expect.poll(async () => (await storedCards(browser)).length, { timeout: 15_000 }).toBeGreaterThan(5);
  const popup = await openExtensionPage(browser, 'popup.html', tabId);
  const stored = (await storedCards(browser)).length;
  await expect(popup.locator('.cache')).toContainText(`${stored} cards`);
  await popup.getByRole('button', { name: 'Clear cache…' }).click();
  await popup.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(popup.locator('.cache')).toContainText('0 cards');
  expect(await storedCards(browser)).toEqual([]);
  await popup.getByRole('checkbox', { name: /Offline mode/ }).check();
  const before = wiki.requests.length;
  const article = await browser.context.newPage();
  await article.goto(server.url('/fixtures/trade-deal-wordpress/source.html'));
  await article.waitForSelector('backstory-mark');
  await article.locator('backstory-mark[tabindex]').first().focus();
  await expect(article.locator('backstory-card .reason')).toHaveText('Offline mode is on');
  await article.waitForTimeout(500);
  expect(wiki.requests.slice(before)).toEqual([]);
  await popup.getByRole('checkbox', { name: /Offline mode/ }).uncheck();
  await article.close();
  await popup.close();
  await page.close();
});

test('the panel says when a page is not an article', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/fixtures/search-results/source.html'));
  await page.waitForFunction(() => performance.getEntriesByName('backstory:check').length > 0);
  const panel = await openExtensionPage(browser, 'sidepanel.html', await tabIdOf(browser, page));
  await expect(panel.locator('.briefing[data-state="not-article"]')).toContainText('not an article');
  await panel.close();
  await page.close();
});

test('an open panel follows its tab: an article read after it opened gets its briefing', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/fixtures/search-results/source.html'));
  const panel = await openExtensionPage(browser, 'sidepanel.html', await tabIdOf(browser, page));
  await expect(panel.locator('.briefing[data-state="not-article"]')).toBeVisible();
  // The article's card batch tells the panel (through the background) that its page was read.
  await page.goto(server.url('/seed/lavrov-yerevan.html'));
  await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible({ timeout: 10_000 });
  await expect(panel.locator('.cast > li .name')).toHaveCount(6);
  await panel.close();
  await page.close();
});
