// Articles in French and Russian in Firefox, asked for the same language (`intl.locale.requested`, with
// Debian's firefox-esr-l10n-fr and -ru language packs): the engine marks their people and agreements, a
// person's card comes from the page's own Wikipedia (the fixture server answers /wikipedia/fr/ and
// /wikipedia/ru/ as fr.wikipedia.org and ru.wikipedia.org) and from English's for a name that edition
// lacks, the card's link names the edition when it is not the reader's language, its facts are labelled
// in the reader's language, the sidebar is in the browser's language, and each article costs at most
// five look-ups, all to the (fake) Wikipedia and Wikidata. Pages: the dev-split fixtures of
// tests/fixtures/languages/, served under /languages/.
import { test, expect } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { languagePack, launchFirefox, type FirefoxWithExtension } from '../../../scripts/firefox';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server';
import { openExtensionPageFor } from './extension-pages';
import { FRENCH, RUSSIAN } from '../support/language-pages';

let server: FixtureServer;
let firefox: FirefoxWithExtension | undefined;

test.beforeAll(async () => {
  server = await startFixtureServer(5180);
});
test.afterAll(async () => {
  await server?.close();
});

/** The look-ups the fake answers: an edition's Wikipedia API or Wikidata's, on the fixture server. */
const FAKE_API = /^http:\/\/127\.0\.0\.1:5180\/(?:wikipedia\/([a-z-]+)|wikidata)\/w\/api\.php\?/;

interface Shown {
  lang: string;
  title: string;
  titleLang: string;
  description: string;
  extract: string;
  extractLang: string;
  facts: string;
  inArticle: string;
  href: string;
  hreflang: string;
  link: string;
}

/** The card on the page now, read out of its shadow root. */
async function shownCard(page: Page): Promise<Shown> {
  return page.$eval('backstory-card', (host) => {
    const card = host.shadowRoot?.querySelector('.card');
    const q = (selector: string) => card?.querySelector(selector) ?? null;
    const link = q('.actions a');
    return {
      lang: card?.getAttribute('lang') ?? '',
      title: q('.title')?.textContent ?? '',
      titleLang: q('.title')?.getAttribute('lang') ?? '',
      description: q('.description')?.textContent ?? '',
      extract: q('.extract')?.textContent ?? '',
      extractLang: q('.extract')?.getAttribute('lang') ?? '',
      facts: q('.facts')?.textContent ?? '',
      inArticle: q('.in-article h3')?.textContent ?? '',
      href: link?.getAttribute('href') ?? '',
      hreflang: link?.getAttribute('hreflang') ?? '',
      link: link?.textContent ?? '',
    };
  });
}

async function openArticle(path: string, requests: string[]): Promise<Page> {
  if (!firefox) throw new Error('no Firefox');
  const page = await firefox.browser.newPage();
  page.on('request', (request) => void requests.push(request.url()));
  await page.goto(server.url(path));
  await page.waitForSelector('backstory-mark', { timeout: 20_000 });
  await page.waitForFunction(() => performance.getEntriesByName('backstory:mark').length > 0);
  return page;
}

/** The marked mentions, as "kind:text" (one per entity and wording). */
function markTexts(page: Page): Promise<string[]> {
  return page.$$eval('backstory-mark[tabindex]', (marks) => [
    ...new Set(marks.map((m) => `${m.getAttribute('data-backstory-kind')}:${m.textContent}`)),
  ]);
}

async function markNamed(page: Page, text: string): Promise<ElementHandle<Element>> {
  for (const mark of await page.$$('backstory-mark[tabindex]'))
    if ((await mark.evaluate((el) => el.textContent)) === text) return mark;
  throw new Error(`no mark "${text}"`);
}

/** Waits until the page's look-ups are over: no new API request for a second. */
async function lookUpsSettled(from: number): Promise<void> {
  let count = -1;
  for (let i = 0; i < 30 && (server.apiRequests.length === from || server.apiRequests.length !== count); i++) {
    count = server.apiRequests.length;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Opens `text`'s card by hover (`focus` false) or focus, and waits until it shows `title` and its extract. */
async function openCard(page: Page, text: string, title: string, how: 'hover' | 'focus'): Promise<Shown> {
  await page.mouse.move(1, 1);
  await page.keyboard.press('Escape');
  const mark = await markNamed(page, text);
  if (how === 'hover') await mark.hover();
  else await mark.evaluate((el) => (el as HTMLElement).focus());
  await page.waitForFunction(
    (wanted) => {
      const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card');
      return card?.querySelector('.title')?.textContent === wanted && card.querySelector('.extract') !== null;
    },
    { timeout: 5000 },
    title,
  );
  return shownCard(page);
}

/** At most five look-ups, all to the fake's Wikipedia editions and Wikidata, none with the page's address or text. */
function expectLookUps(made: string[], article: { slug: string; sentence: string }, editions: string[]): void {
  expect(made.length).toBeGreaterThan(0);
  expect(made.length).toBeLessThanOrEqual(5);
  for (const url of made) expect(url).toMatch(FAKE_API);
  const asked = new Set(made.map((url) => FAKE_API.exec(url)?.[1]).filter(Boolean));
  expect([...asked].sort()).toEqual([...editions].sort());
  for (const url of made) {
    const sent = decodeURIComponent(url.replace(/\+/g, ' '));
    for (const secret of [article.slug, article.sentence, '/languages/']) expect(sent).not.toContain(secret);
  }
}

/**
 * The page's own requests (data: URLs aside, which go nowhere): its server's files (the page, the
 * browser's favicon) and Commons for a card's thumbnail; the look-ups are the background's, not the page's.
 */
function expectPageRequests(requests: string[]): void {
  for (const url of requests.filter((u) => !u.startsWith('data:'))) {
    expect(url).toMatch(/^(?:http:\/\/127\.0\.0\.1:5180\/|https:\/\/upload\.wikimedia\.org\/)/);
    expect(url).not.toMatch(FAKE_API);
  }
}

async function expectSidebar(heads: string[], readingTime: string, name: string, english: RegExp, lang: string) {
  if (!firefox) throw new Error('no Firefox');
  const panel = await openExtensionPageFor(firefox, 'sidepanel.html', null, '.briefing[data-state="article"]');
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang);
  const headings = await panel.$$eval('h2, h3', (els) => els.map((el) => el.textContent?.trim() ?? ''));
  for (const head of heads) expect(headings).toContain(head);
  expect(await panel.$eval('header', (el) => el.textContent ?? '')).toContain(readingTime);
  expect(await panel.$$eval('.cast > li .name', (els) => els.map((el) => el.textContent?.trim()))).toContain(name);
  expect(await panel.$eval('body', (el) => el.textContent ?? '')).not.toMatch(english);
  return panel;
}

test.describe('a French article, in Firefox in French', () => {
  // CI installs the pack (.ci/run); a developer without it is told what to install.
  test.skip(
    !existsSync(languagePack('fr')) && !process.env.CI,
    'Firefox stays in English without its French language pack: apt-get install firefox-esr-l10n-fr',
  );
  test.beforeAll(async () => {
    firefox = await launchFirefox(undefined, 'fr');
  });
  test.afterAll(async () => {
    await firefox?.browser.close();
    firefox = undefined;
  });

  test('marks; cards from French Wikipedia (English’s for a name it lacks) in five look-ups; the sidebar in French', async () => {
    const before = server.apiRequests.length;
    const requests: string[] = [];
    const page = await openArticle(FRENCH.path, requests);
    const marks = await markTexts(page);
    for (const expected of FRENCH.marks) expect(marks).toContain(expected);
    await lookUpsSettled(before);

    const macron = await openCard(page, 'Emmanuel Macron', 'Emmanuel Macron', 'hover');
    expect(macron).toMatchObject({
      lang: 'fr',
      titleLang: 'fr',
      description: 'président de la République française depuis 2017',
      extractLang: 'fr',
      inArticle: 'Dans cet article',
      href: 'https://fr.wikipedia.org/wiki/Emmanuel_Macron',
      hreflang: 'fr',
      // The edition is the reader's language: the link says only "Wikipédia".
      link: 'Wikipédia ↗',
    });
    expect(macron.extract).toContain('né le 21 décembre 1977 à Amiens');
    // Wikidata's labels in the reader's language (Firefox reports its interface language to the background).
    expect(macron.facts).toContain('Naissance21 décembre 1977');
    expect(macron.facts).toContain('président de la République française');

    // French Wikipedia (in the fixture world) has no Dmitri Peskov: English's answers, and the link says so.
    const peskov = await openCard(page, 'Dmitri Peskov', 'Dmitry Peskov', 'focus');
    expect(peskov).toMatchObject({
      titleLang: 'en',
      extractLang: 'en',
      href: 'https://en.wikipedia.org/wiki/Dmitry_Peskov',
      hreflang: 'en',
      link: 'Wikipédia en anglais ↗',
    });
    expect(peskov.extract).toContain('Press Secretary for the President of Russia');

    const panel = await expectSidebar(
      ['Points clés', 'Protagonistes', 'Accords'],
      'min de lecture',
      'Emmanuel Macron',
      /Key points|Cast|Agreements|min read/,
      'fr',
    );
    await panel.close();
    expectLookUps(server.apiRequests.slice(before), FRENCH, ['fr', 'en']);
    expectPageRequests(requests);
    await page.close();
  });
});

test.describe('a Russian article, in Firefox in Russian', () => {
  test.skip(
    !existsSync(languagePack('ru')) && !process.env.CI,
    'Firefox stays in English without its Russian language pack: apt-get install firefox-esr-l10n-ru',
  );
  test.beforeAll(async () => {
    firefox = await launchFirefox(undefined, 'ru');
  });
  test.afterAll(async () => {
    await firefox?.browser.close();
    firefox = undefined;
  });

  test('marks; cards from Russian Wikipedia in five look-ups; the sidebar in Russian', async () => {
    const before = server.apiRequests.length;
    const requests: string[] = [];
    const page = await openArticle(RUSSIAN.path, requests);
    const marks = await markTexts(page);
    for (const expected of RUSSIAN.marks) expect(marks).toContain(expected);
    await lookUpsSettled(before);

    const lavrov = await openCard(page, 'Сергей Лавров', 'Лавров, Сергей Викторович', 'hover');
    expect(lavrov).toMatchObject({
      lang: 'ru',
      titleLang: 'ru',
      description: 'российский дипломат',
      extractLang: 'ru',
      inArticle: 'В этой статье',
      href: `https://ru.wikipedia.org/wiki/${encodeURIComponent('Лавров,_Сергей_Викторович')}`,
      hreflang: 'ru',
      link: 'Википедия ↗',
    });
    expect(lavrov.extract).toContain('Министр иностранных дел Российской Федерации с 2004 года');
    expect(lavrov.facts).toContain('министр иностранных дел России');

    const mirzoyan = await openCard(page, 'Арарат Мирзоян', 'Мирзоян, Арарат Саятович', 'focus');
    expect(mirzoyan.extract).toContain('министр иностранных дел Армении с 2021 года');
    expect(mirzoyan.href).toMatch(/^https:\/\/ru\.wikipedia\.org\/wiki\//);
    expect(mirzoyan.link).toBe('Википедия ↗');

    const panel = await expectSidebar(
      ['Главное', 'Действующие лица', 'Организации'],
      'мин чтения',
      'Сергей Лавров',
      /Key points|Cast|Organizations|min read/,
      'ru',
    );
    await panel.close();
    // English's Wikipedia is asked for the names Russian's lacks, within the same five.
    expectLookUps(server.apiRequests.slice(before), RUSSIAN, ['ru', 'en']);
    expectPageRequests(requests);
    await page.close();
  });
});
