// Knowledge-confirmed recognition in Chrome, on a page written like a real local news story: a name
// only Wikidata knows as a person is marked once the look-up answers and not before; a newspaper the
// rules took for a person loses its mark; offline mode marks by the rules (and verdicts already
// stored) and makes no request; the whole page stays within five look-up requests.
import { test, expect, type Page } from '@playwright/test';
import { closeHarness, openHarness, type Harness } from './support/harness';
import { forgetCards, setOfflineMode } from './support/extension-pages';
import { readMarks } from './support/marks';

let h: Harness;
test.beforeAll(async () => {
  h = await openHarness();
});
test.afterAll(() => closeHarness(h));

/** The typing request: Wikidata's items by exact Wikipedia title. */
const TYPING = /^https:\/\/www\.wikidata\.org\/.*[?&]sites=/;

async function openStory(): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(h.server.url('/knowledge/confirmed-names.html'));
  await page.waitForSelector('backstory-mark');
  await page.waitForFunction(() => performance.getEntriesByName('backstory:mark').length > 0);
  return page;
}

async function peopleMarked(page: Page): Promise<string[]> {
  return (await readMarks(page)).filter((m) => m.kind === 'person').map((m) => m.text);
}

test('a person only Wikidata knows is marked after the look-up and not before; a newspaper loses its mark', async () => {
  await forgetCards(h.browser);
  let release = () => {};
  const answered = new Promise<void>((resolve) => (release = resolve));
  await h.browser.context.route(TYPING, async (route) => {
    await answered;
    await route.fallback();
  });
  const before = h.wiki.requests.length;
  const page = await openStory();
  const rulesOnly = await peopleMarked(page);
  expect(rulesOnly).toEqual(expect.arrayContaining(['Colm Devereux', 'Walter Courant', 'Aisling Brennock']));
  expect(rulesOnly).not.toContain('Tarkan Veselinov');
  release();
  await expect.poll(() => peopleMarked(page)).toContain('Tarkan Veselinov');
  const confirmed = await peopleMarked(page);
  expect(confirmed).not.toContain('Walter Courant');
  expect(confirmed).toEqual(expect.arrayContaining(['Colm Devereux', 'Aisling Brennock']));
  // The newspaper's words are plain text again, exactly as the page wrote them.
  await expect(page.locator('article .story')).toContainText('A story in the Walter Courant last week');
  await h.browser.context.unroute(TYPING);
  await page.waitForTimeout(500);
  const made = h.wiki.requests.slice(before).filter((u) => !u.startsWith('https://upload.'));
  expect(made.filter((u) => TYPING.test(u))).toHaveLength(1);
  expect(made.length).toBeLessThanOrEqual(5);
  // Only names went out: no sentence of the story.
  for (const url of made) expect(decodeURIComponent(url)).not.toContain('shipping group');
  await page.close();
});

test('offline mode: rules only and no request; verdicts stored earlier still apply', async () => {
  await forgetCards(h.browser);
  await setOfflineMode(h.browser, true);
  try {
    const before = h.wiki.requests.length;
    const bare = await openStory();
    await bare.waitForTimeout(500);
    const rulesOnly = await peopleMarked(bare);
    expect(rulesOnly).toContain('Walter Courant');
    expect(rulesOnly).not.toContain('Tarkan Veselinov');
    expect(h.wiki.requests.slice(before)).toEqual([]);
    await bare.close();
    // Online once: the verdicts are stored.
    await setOfflineMode(h.browser, false);
    const online = await openStory();
    await expect.poll(() => peopleMarked(online)).toContain('Tarkan Veselinov');
    await online.close();
    // Offline again: the stored verdicts mark the page at once, without a request.
    await setOfflineMode(h.browser, true);
    const after = h.wiki.requests.length;
    const stored = await openStory();
    const people = await peopleMarked(stored);
    expect(people).toContain('Tarkan Veselinov');
    expect(people).not.toContain('Walter Courant');
    await stored.waitForTimeout(500);
    expect(h.wiki.requests.slice(after)).toEqual([]);
    await stored.close();
  } finally {
    await setOfflineMode(h.browser, false);
  }
});
