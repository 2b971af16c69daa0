// Hostile pages in Chrome (tests/fixtures/hostile): page styles, a strict CSP, patched prototypes,
// shadow DOM and iframes, a page that tears out marked nodes while the card is open, a 1 MB text
// node, 2,000-deep nesting and a language Backstory does not read. Marks and cards keep working where
// they should, nothing else in the page changes, and no error reaches the page or its console.
import { test, expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/chromium';
import type { StaticServer } from '../../scripts/static-server';
import { closeHarness, openHarness } from './support/harness';
import { collectErrors } from './support/page-errors';

let browser: ExtensionBrowser;
let server: StaticServer;
const CARD = 'backstory-card .card';

test.beforeAll(async () => ({ browser, server } = await openHarness()));
test.afterAll(() => closeHarness({ browser, server }));

interface Opened {
  page: Page;
  /** Uncaught errors and console errors seen so far (page and content scripts alike). */
  errors: string[];
}

/** Opens a hostile page and waits until Backstory has finished with it. */
async function open(name: string): Promise<Opened> {
  const page = await browser.context.newPage();
  const errors = await collectErrors(browser.context, page, { console: true });
  await page.goto(server.url(`/hostile/${name}`));
  await page.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0, undefined, {
    timeout: 45_000,
  });
  return { page, errors };
}

function personMark(page: Page) {
  return page.locator('backstory-mark[data-backstory-kind="person"][tabindex]').first();
}

test('page styles on *, mark and undefined custom elements: marks keep their look, the card its own', async () => {
  const { page, errors } = await open('page-styles.html');
  const mark = personMark(page);
  await expect(mark).toBeVisible();
  const style = await mark.evaluate((el) => {
    const s = getComputedStyle(el);
    return {
      display: s.display,
      visibility: s.visibility,
      line: s.textDecorationLine,
      background: s.backgroundColor,
      border: s.borderTopWidth,
      padding: s.paddingLeft,
    };
  });
  expect(style).toEqual({
    display: 'inline',
    visibility: 'visible',
    line: 'underline',
    background: 'rgba(0, 0, 0, 0)',
    border: '0px',
    padding: '0px',
  });
  await mark.focus();
  await expect(page.locator(`${CARD} .title`)).toBeVisible();
  const title = await page.locator(`${CARD} .title`).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(title).not.toContain('Georgia');
  expect(errors).toEqual([]);
  await page.close();
});

test('a strict Content-Security-Policy: marks and the card still work', async () => {
  const { page, errors } = await open('strict-csp.html');
  await expect(page.locator('backstory-mark')).not.toHaveCount(0);
  await personMark(page).focus();
  await expect(page.locator(CARD)).toBeVisible();
  await expect(page.locator(`${CARD} .in-article`)).toContainText('Mentioned');
  // The page's policy may refuse the card's thumbnail; that is the only thing it may refuse.
  expect(errors.filter((e) => !/Content Security Policy.*img-src|upload\.wikimedia/.test(e))).toEqual([]);
  await page.close();
});

test('a page that replaces DOM methods, fetch and JSON: Backstory is untouched and never calls them', async () => {
  const { page, errors } = await open('patched-prototypes.html');
  expect(await page.evaluate(() => (window as unknown as { __patched: boolean }).__patched)).toBe(true);
  await expect(page.locator('backstory-mark')).not.toHaveCount(0);
  await personMark(page).focus();
  await expect(page.locator(`${CARD} .title`)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __fetchCalls: number }).__fetchCalls)).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('shadow DOM and iframes are left alone', async () => {
  const { page, errors } = await open('shadow-iframe.html');
  await expect(page.locator('article > p backstory-mark')).not.toHaveCount(0);
  const shadow = await page.evaluate(() => {
    const root = document.getElementById('shadow-host')?.shadowRoot;
    return { marks: root?.querySelectorAll('backstory-mark').length, html: root?.innerHTML };
  });
  expect(shadow.marks).toBe(0);
  expect(shadow.html).toMatch(/^<p>Widget: Fisheries Minister Cecilie Myrseth answered/);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  expect(await frame!.locator('backstory-mark').count()).toBe(0);
  expect(await frame!.locator('p').textContent()).toContain('Cecilie Myrseth and lawyer Anders Brekke');
  expect(errors).toEqual([]);
  await page.close();
});

test('the page removes, moves and rewrites marked nodes while a card is open: no error, the card goes', async () => {
  const { page, errors } = await open('shadow-iframe.html');
  const mark = personMark(page);
  await mark.focus();
  await expect(page.locator(CARD)).toBeVisible();
  await page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll('backstory-mark'));
    marks[0]?.closest('p')?.remove();
    const moved = marks.at(-1)?.closest('p');
    if (moved) document.querySelector('header')?.append(moved);
    const rewritten = marks.find((m) => m.isConnected);
    if (rewritten) rewritten.textContent = 'someone else';
  });
  await expect(page.locator(CARD)).toHaveCount(0, { timeout: 3000 });
  // The marks left still open their cards.
  const left = page.locator('article backstory-mark[tabindex]').last();
  await left.focus();
  await expect(page.locator(CARD)).toBeVisible();
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
  await page.close();
});

test('a 1 MB text node: the article is read and marked, the node kept whole', async () => {
  const { page, errors } = await open('huge-text.html');
  await expect(page.locator('backstory-mark', { hasText: 'James Lewis' })).toHaveCount(1);
  const minutes = await page.evaluate(() => {
    const p = document.getElementById('minutes');
    return { nodes: p?.childNodes.length, length: p?.textContent?.length };
  });
  expect(minutes.nodes).toBe(1);
  expect(minutes.length).toBeGreaterThanOrEqual(1_048_576);
  expect(errors).toEqual([]);
  await page.close();
});

test('an article nested 2,000 elements deep is read and marked', async () => {
  const { page, errors } = await open('deep-nesting.html');
  expect(await page.evaluate(() => document.querySelectorAll('#main section, #main div').length)).toBeGreaterThan(2000);
  await expect(page.locator('backstory-mark', { hasText: 'Haris Doukas' })).toHaveCount(1);
  expect(errors).toEqual([]);
  await page.close();
});

test('an article in a language Backstory does not read (Italian): no marks, the page unchanged', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/hostile/unread-language.html'));
  const before = await page.evaluate(() => document.body.innerHTML);
  await page.waitForFunction(() => performance.getEntriesByName('backstory:done').length > 0);
  expect(await page.locator('backstory-mark').count()).toBe(0);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  await page.close();
});

test('a page cannot talk to Backstory: no runtime to message, and posted messages change nothing', async () => {
  const { page, errors } = await open('page-styles.html');
  const marks = await page.locator('backstory-mark').count();
  const reachable = await page.evaluate(() => {
    const chrome = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    for (const type of ['getPageState', 'scrollToText', 'focusEntity', 'clearCache', 'readArticle']) {
      window.postMessage({ id: 1, type, data: { id: 'x', start: 0, end: 5, text: 'x' }, timestamp: Date.now() }, '*');
    }
    return typeof chrome?.runtime?.sendMessage;
  });
  expect(reachable).toBe('undefined');
  await page.waitForTimeout(300);
  expect(await page.locator('backstory-mark').count()).toBe(marks);
  await expect(page.locator(CARD)).toHaveCount(0);
  expect(errors).toEqual([]);
  await page.close();
});
