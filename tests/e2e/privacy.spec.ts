// Privacy, proved on a whole session with the seed: load, prefetch, a hover of every kind, the
// briefing opened and used. Every request Backstory causes goes to Wikipedia, Wikidata or Wikimedia's
// image host and carries neither the page's address nor a sentence of the article; offline mode makes
// none at all; and the extension keeps nothing but cards, look-ups, verdicts on names, settings and the
// reader's choices.
import { test, expect, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ExtensionBrowser } from '../../scripts/chromium';
import type { StaticServer } from '../../scripts/static-server';
import { closeHarness, openHarness } from './support/harness';
import {
  everythingStored,
  forgetCards,
  openExtensionPage,
  setOfflineMode,
  storedCards,
  tabIdOf,
} from './support/extension-pages';
import { seedCase, SEED_PAGE } from '../../cli/eval/gold';
import { parsePage } from '../../cli/load-page';
import { analyzeDocument } from '../../lib/analyze';
import { SETTINGS } from '../../platform/setting-keys';

let browser: ExtensionBrowser;
let server: StaticServer;
const seed = seedCase();
const WIKIMEDIA = /^https:\/\/(?:[a-z-]+\.wikipedia\.org|www\.wikidata\.org|upload\.wikimedia\.org)\//;
const SETTINGS_KEYS = Object.values(SETTINGS).map((s) => s.key);
const KINDS = ['person', 'agreement', 'organization'];

interface Seen {
  url: string;
  body: string;
  referer: string;
  fromWorker: boolean;
}
const seen: Seen[] = [];

test.beforeAll(async () => {
  ({ browser, server } = await openHarness());
  // Registered last, so it sees every request first, then lets the fixture routes (or the network) answer.
  await browser.context.route('**/*', (route) => {
    const request: Request = route.request();
    seen.push({
      url: request.url(),
      body: request.postData() ?? '',
      referer: request.headers()['referer'] ?? '',
      fromWorker: request.serviceWorker() !== null,
    });
    return route.fallback();
  });
});
test.afterAll(() => closeHarness({ browser, server }));
test.beforeEach(() => test.skip(!seed, '../shared is absent: the privacy e2e runs on the seed page'));

/** Requests Backstory caused since `from`: all but the page's own and the extension's own files. */
function requestsSince(from: number, pageOrigin: string): Seen[] {
  return seen.slice(from).filter((r) => !r.url.startsWith(pageOrigin) && !r.url.startsWith('chrome-extension://'));
}

/** Sentences of the seed's article, as the extension reads them (40-character openings, enough to match). */
function articleSentences(): string[] {
  const text = analyzeDocument(parsePage(readFileSync(SEED_PAGE, 'utf8'))).article?.text.text ?? '';
  return text
    .split(/(?<=[.!?”"])\s+/)
    .map((s) => s.trim().slice(0, 40))
    .filter((s) => s.length >= 40);
}

test('a whole session: only Wikimedia hosts, no page address, no article text, nothing else stored', async () => {
  const pageUrl = server.url('/seed/lavrov-yerevan.html');
  const pageOrigin = new URL(pageUrl).origin;
  const page = await browser.context.newPage();
  // Whatever Backstory posts to the page's window would tell the page it is installed.
  await page.addInitScript(() => {
    const heard: unknown[] = [];
    (window as unknown as { heard: unknown[] }).heard = heard;
    addEventListener('message', (event) => heard.push(event.data));
  });
  await page.goto(pageUrl);
  await page.waitForSelector('backstory-mark');
  await expect.poll(async () => (await storedCards(browser)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(10);
  for (const kind of KINDS) {
    await page.locator(`backstory-mark[data-backstory-kind="${kind}"][tabindex]`).first().hover();
    await expect(page.locator('backstory-card .card')).toBeVisible({ timeout: 3000 });
    await page.mouse.move(1, 1);
    await expect(page.locator('backstory-card .card')).toHaveCount(0, { timeout: 3000 });
  }
  const panel = await openExtensionPage(browser, 'sidepanel.html', await tabIdOf(browser, page));
  await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible();
  await panel.locator('.key-points li button').first().click();
  await panel.locator('.cast > li .name').first().click();
  await expect(page.locator('backstory-card .card')).toBeVisible();

  expect(
    await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard),
    'messages posted to the page',
  ).toEqual([]);

  const ours = requestsSince(0, pageOrigin);
  expect(ours.length).toBeGreaterThan(0);
  for (const r of ours) expect(r.url, 'every request goes to Wikimedia').toMatch(WIKIMEDIA);
  const lookUps = ours.filter((r) => r.fromWorker);
  expect(lookUps.length).toBeGreaterThan(0);
  expect(lookUps.length).toBeLessThanOrEqual(5); // the one batch of look-ups
  const sentences = articleSentences();
  expect(sentences.length).toBeGreaterThan(10);
  for (const r of ours) {
    const sent = decodeURIComponent(`${r.url} ${r.body} ${r.referer}`.replace(/\+/g, ' '));
    for (const secret of [pageUrl, pageOrigin, '127.0.0.1', 'lavrov-yerevan']) expect(sent).not.toContain(secret);
    for (const sentence of sentences) expect(sent).not.toContain(sentence);
  }

  const stored = await everythingStored(browser);
  expect(stored.databases).toEqual({ backstory: ['cards', 'choices', 'lookups', 'verdicts'] });
  for (const key of stored.storage.local ?? []) expect(SETTINGS_KEYS).toContain(key.replace(/\$$/, ''));
  expect(stored.storage.sync ?? []).toEqual([]);
  expect(stored.storage.session ?? []).toEqual([]);
  // The cards hold Wikipedia's words only: no sentence of the article, not the page's address.
  const rows = JSON.stringify(
    await panel.evaluate(async () => {
      const open = indexedDB.open('backstory');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = (store: string) =>
        new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
      return {
        cards: await all('cards'),
        lookups: await all('lookups'),
        choices: await all('choices'),
        verdicts: await all('verdicts'),
      };
    }),
  );
  for (const secret of [pageUrl, '127.0.0.1', ...sentences]) expect(rows).not.toContain(secret);
  await panel.close();
  await page.close();
});

test('offline mode: a whole session makes no request at all', async () => {
  await forgetCards(browser);
  await setOfflineMode(browser, true);
  const before = seen.length;
  const pageUrl = server.url('/seed/lavrov-yerevan.html');
  const page = await browser.context.newPage();
  await page.goto(pageUrl);
  await page.waitForSelector('backstory-mark');
  for (const kind of KINDS) {
    await page.locator(`backstory-mark[data-backstory-kind="${kind}"][tabindex]`).first().focus();
    await expect(page.locator('backstory-card .card .reason')).toHaveText('Offline mode is on');
  }
  const panel = await openExtensionPage(browser, 'sidepanel.html', await tabIdOf(browser, page));
  await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible();
  await page.waitForTimeout(500);
  expect(requestsSince(before, new URL(pageUrl).origin)).toEqual([]);
  await setOfflineMode(browser, false);
  await panel.close();
  await page.close();
});
