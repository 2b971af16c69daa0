// Articles in French and Russian, in a browser in the same language (Chromium started with --lang=fr or
// --lang=ru, as locale.spec does for German): the engine marks their people and agreements, a person's
// card comes from the page's own Wikipedia (fr.wikipedia.org, ru.wikipedia.org, answered from the
// fixture world) and from English's for a name that edition lacks, the card's link names the edition
// when it is not the reader's language, the side panel is in the browser's language, and each article
// costs at most five look-ups, all to Wikipedia and Wikidata. Pages: the dev-split fixtures of
// tests/fixtures/languages/, served under /languages/.
import { test, expect, type Page, type Request } from '@playwright/test';
import { closeHarness, openHarness, type Harness } from './support/harness';
import { openExtensionPage, storedCards, tabIdOf } from './support/extension-pages';
import { FRENCH, RUSSIAN } from './support/language-pages';

const CARD = 'backstory-card .card';
const LAVROV_RU = `https://ru.wikipedia.org/wiki/${encodeURIComponent('Лавров,_Сергей_Викторович')}`;
/** Every request Backstory may cause: the APIs of Wikipedia's editions and Wikidata, and Commons' thumbnails. */
const WIKIMEDIA =
  /^https:\/\/(?:[a-z-]+\.wikipedia\.org\/w\/api\.php\?|www\.wikidata\.org\/w\/api\.php\?|upload\.wikimedia\.org\/)/;

let h: Harness;
/** Every request the browser made, in order (a catch-all route sees each before the fixture routes answer it). */
let seen: string[] = [];

async function open(lang: 'fr' | 'ru'): Promise<void> {
  h = await openHarness(lang);
  seen = [];
  // Registered last, so it sees every request first, then lets the fixture routes answer.
  await h.browser.context.route('**/*', (route) => {
    const request: Request = route.request();
    seen.push(request.url());
    return route.fallback();
  });
}

async function openArticle(path: string): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(h.server.url(path));
  await page.waitForSelector('backstory-mark');
  return page;
}

/** The marked mentions, as "kind:text" (one per entity and wording). */
async function markTexts(page: Page): Promise<string[]> {
  await page.waitForFunction(() => performance.getEntriesByName('backstory:mark').length > 0);
  return page.$$eval('backstory-mark[tabindex]', (marks) => [
    ...new Set(marks.map((m) => `${m.getAttribute('data-backstory-kind')}:${m.textContent}`)),
  ]);
}

const mark = (page: Page, text: string) => page.locator('backstory-mark[tabindex]', { hasText: text }).first();

/** Waits until the background has stored the cards (their keys, `lang:title`), as it does before any hover. */
async function cardsStored(keys: string[]): Promise<void> {
  await expect.poll(() => storedCards(h.browser), { timeout: 15_000 }).toEqual(expect.arrayContaining(keys));
}

/** Requests made since `from` other than the page's own and the extension's files: the look-ups. */
function lookUpsSince(from: number, page: Page): string[] {
  const origin = new URL(page.url()).origin;
  return seen.slice(from).filter((url) => !url.startsWith(origin) && !url.startsWith('chrome-extension://'));
}

/** At most five API requests, every request to Wikimedia, none carrying the page's address or text. */
function expectLookUps(made: string[], article: { slug: string; sentence: string }, editions: string[]): void {
  const api = made.filter((url) => url.includes('/w/api.php'));
  expect(api.length).toBeGreaterThan(0);
  expect(api.length).toBeLessThanOrEqual(5);
  for (const url of made) expect(url, 'every request goes to Wikipedia or Wikidata').toMatch(WIKIMEDIA);
  const asked = new Set(api.map((url) => new URL(url).hostname).filter((host) => host.endsWith('.wikipedia.org')));
  expect([...asked].sort()).toEqual(editions.map((lang) => `${lang}.wikipedia.org`).sort());
  for (const url of made) {
    const sent = decodeURIComponent(url.replace(/\+/g, ' '));
    for (const secret of ['127.0.0.1', article.slug, article.sentence]) expect(sent).not.toContain(secret);
  }
}

/** The card's link: where it goes, in which language, and what it says. */
async function expectWikipediaLink(page: Page, href: string, hreflang: string, text: string): Promise<void> {
  const link = page.locator(`${CARD} .actions a`);
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('hreflang', hreflang);
  await expect(link).toHaveText(text);
}

async function closeCard(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  await expect(page.locator(CARD)).toHaveCount(0);
}

test.describe('a French article, in a browser in French', () => {
  test.beforeAll(() => open('fr'));
  test.afterAll(() => closeHarness(h));

  test('marks; Macron’s card from French Wikipedia, Peskov’s from English’s; five look-ups at most, to Wikimedia', async () => {
    const before = seen.length;
    const page = await openArticle(FRENCH.path);
    const marks = await markTexts(page);
    for (const expected of [...FRENCH.marks, 'person:Ursula von der Leyen']) expect(marks).toContain(expected);
    await cardsStored(['fr:Emmanuel Macron', 'fr:Volodymyr Zelensky', 'fr:Sergueï Lavrov', 'en:Dmitry Peskov']);

    await mark(page, 'Emmanuel Macron').hover();
    const card = page.locator(CARD);
    await expect(card).toBeVisible({ timeout: 3000 });
    await expect(card).toHaveAttribute('lang', 'fr');
    await expect(card.locator('.title')).toHaveText('Emmanuel Macron');
    await expect(card.locator('.description')).toHaveText('président de la République française depuis 2017');
    await expect(card.locator('.extract')).toHaveAttribute('lang', 'fr');
    await expect(card.locator('.extract')).toContainText('né le 21 décembre 1977 à Amiens');
    await expect(card.locator('.in-article h3')).toHaveText('Dans cet article');
    // The edition is the reader's language: the link says only "Wikipédia".
    await expectWikipediaLink(page, 'https://fr.wikipedia.org/wiki/Emmanuel_Macron', 'fr', 'Wikipédia ↗');
    await closeCard(page);

    // French Wikipedia (in the fixture world) has no Dmitri Peskov: English's answers, and the link says so.
    await mark(page, 'Dmitri Peskov').focus();
    await expect(card.locator('.title')).toHaveText('Dmitry Peskov');
    await expect(card.locator('.title')).toHaveAttribute('lang', 'en');
    await expect(card.locator('.extract')).toHaveAttribute('lang', 'en');
    await expect(card.locator('.extract')).toContainText('Press Secretary for the President of Russia');
    await expectWikipediaLink(page, 'https://en.wikipedia.org/wiki/Dmitry_Peskov', 'en', 'Wikipédia en anglais ↗');
    await closeCard(page);

    await page.waitForTimeout(500);
    expectLookUps(lookUpsSince(before, page), FRENCH, ['fr', 'en']);
    await page.close();
  });

  test('the side panel on the French article is in French', async () => {
    const page = await openArticle(FRENCH.path);
    const panel = await openExtensionPage(h.browser, 'sidepanel.html', await tabIdOf(h.browser, page));
    await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible();
    await expect(panel.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(panel).toHaveTitle('Synthèse Backstory');
    await expect(panel.getByRole('heading', { name: 'Points clés' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Protagonistes' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Accords', exact: true })).toBeVisible();
    await expect(panel.locator('header .muted')).toContainText('min de lecture');
    await expect(panel.locator('.cast > li .name', { hasText: 'Emmanuel Macron' })).toBeVisible();
    expect(await panel.locator('body').textContent()).not.toMatch(/Key points|Cast|Agreements|min read/);
    await panel.close();
    await page.close();
  });

  test('a Russian article read in French: Lavrov’s card comes from Russian Wikipedia, and its link says so', async () => {
    const before = seen.length;
    const page = await openArticle(RUSSIAN.path);
    await cardsStored(['ru:Лавров, Сергей Викторович']);
    await mark(page, 'Сергей Лавров').focus();
    const card = page.locator(CARD);
    await expect(card.locator('.title')).toHaveText('Лавров, Сергей Викторович');
    await expect(card.locator('.title')).toHaveAttribute('lang', 'ru');
    await expect(card.locator('.extract')).toContainText('российский государственный деятель и дипломат');
    await expect(card.locator('.in-article h3')).toHaveText('Dans cet article');
    await expectWikipediaLink(page, LAVROV_RU, 'ru', 'Wikipédia en russe ↗');
    await page.waitForTimeout(500);
    const made = lookUpsSince(before, page);
    expect(made.filter((url) => url.includes('/w/api.php')).length).toBeLessThanOrEqual(5);
    for (const url of made) expect(url).toMatch(WIKIMEDIA);
    await page.close();
  });
});

test.describe('a Russian article, in a browser in Russian', () => {
  test.beforeAll(() => open('ru'));
  test.afterAll(() => closeHarness(h));

  test('marks; Lavrov’s and Mirzoyan’s cards from Russian Wikipedia; five look-ups at most, to Wikimedia', async () => {
    const before = seen.length;
    const page = await openArticle(RUSSIAN.path);
    const marks = await markTexts(page);
    for (const expected of RUSSIAN.marks) expect(marks).toContain(expected);
    await cardsStored([
      'ru:Лавров, Сергей Викторович',
      'ru:Мирзоян, Арарат Саятович',
      'ru:Организация Договора о коллективной безопасности',
    ]);

    await mark(page, 'Сергей Лавров').hover();
    const card = page.locator(CARD);
    await expect(card).toBeVisible({ timeout: 3000 });
    await expect(card).toHaveAttribute('lang', 'ru');
    await expect(card.locator('.kind')).toHaveText('Человек');
    await expect(card.locator('.title')).toHaveText('Лавров, Сергей Викторович');
    await expect(card.locator('.description')).toHaveText('российский дипломат');
    await expect(card.locator('.extract')).toHaveAttribute('lang', 'ru');
    await expect(card.locator('.extract')).toContainText('Министр иностранных дел Российской Федерации с 2004 года');
    await expect(card.locator('.in-article h3')).toHaveText('В этой статье');
    await expectWikipediaLink(page, LAVROV_RU, 'ru', 'Википедия ↗');
    await closeCard(page);

    await mark(page, 'Арарат Мирзоян').focus();
    await expect(card.locator('.title')).toHaveText('Мирзоян, Арарат Саятович');
    await expect(card.locator('.extract')).toContainText('министр иностранных дел Армении с 2021 года');
    await expect(card.locator('.actions a')).toHaveAttribute('href', /^https:\/\/ru\.wikipedia\.org\/wiki\//);
    await closeCard(page);

    await page.waitForTimeout(500);
    // Every name was found on Russian Wikipedia or on neither: English's is asked for the ones it lacks.
    expectLookUps(lookUpsSince(before, page), RUSSIAN, ['ru', 'en']);
    await page.close();
  });

  test('the side panel on the Russian article is in Russian', async () => {
    const page = await openArticle(RUSSIAN.path);
    const panel = await openExtensionPage(h.browser, 'sidepanel.html', await tabIdOf(h.browser, page));
    await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible();
    await expect(panel.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(panel).toHaveTitle('Сводка Backstory');
    await expect(panel.getByRole('heading', { name: 'Главное' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Действующие лица' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'Организации' })).toBeVisible();
    await expect(panel.locator('header .muted')).toContainText('мин чтения');
    await expect(panel.locator('.cast > li .name', { hasText: 'Сергей Лавров' })).toBeVisible();
    expect(await panel.locator('body').textContent()).not.toMatch(/Key points|Cast|Organizations|min read/);
    await panel.close();
    await page.close();
  });

  test('a French article read in Russian: Macron’s card names the French edition', async () => {
    const page = await openArticle(FRENCH.path);
    await cardsStored(['fr:Emmanuel Macron']);
    await mark(page, 'Emmanuel Macron').focus();
    const card = page.locator(CARD);
    await expect(card.locator('.title')).toHaveText('Emmanuel Macron');
    await expect(card.locator('.extract')).toContainText('né le 21 décembre 1977 à Amiens');
    await expect(card.locator('.in-article h3')).toHaveText('В этой статье');
    await expectWikipediaLink(
      page,
      'https://fr.wikipedia.org/wiki/Emmanuel_Macron',
      'fr',
      'Википедия (французский раздел) ↗',
    );
    await page.close();
  });
});
