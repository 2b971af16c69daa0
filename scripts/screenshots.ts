// `npm run screenshots`: PNGs of a marked article, an open card, the briefing and the popup, in light
// and dark, and of a French article's card from French Wikipedia (light), made with headless Chromium
// and the built extension (Wikipedia answered from fixtures).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension } from './chromium';
import { startStaticServer } from './static-server';
import { answer, loadWorld } from '../tests/support/fake-wikimedia';

const OUT = path.resolve(import.meta.dirname, '../docs');
const ARTICLE = '/fixtures/trade-deal-wordpress/source.html';
const FRENCH_ARTICLE = '/languages/fr/fr-elysee-ukraine-wire/source.html';
/** A neutral portrait placeholder for card thumbnails (no real photos in the repository). */
const PORTRAIT = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 200"><rect width="160" height="200" fill="#c7cfdd"/><circle cx="80" cy="78" r="34" fill="#8e9ab0"/><path d="M22 200c6-48 32-72 58-72s52 24 58 72z" fill="#8e9ab0"/></svg>`;

mkdirSync(OUT, { recursive: true });
const server = await startStaticServer();
const world = loadWorld();

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/${name}.png`);
}

// One browser per colour scheme: the scheme is set for the whole context, shadow roots included.
for (const scheme of ['light', 'dark'] as const) {
  const { context, extensionId } = await launchWithExtension(scheme);
  await context.route(/^https:\/\/([a-z-]+\.wikipedia|www\.wikidata)\.org\//, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(answer(world, new URL(route.request().url()))),
    }),
  );
  await context.route(/^https:\/\/upload\.wikimedia\.org\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PORTRAIT }),
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.goto(server.url(ARTICLE));
  await page.waitForSelector('backstory-mark');
  await page.waitForTimeout(1500); // cards stored before any hover
  await page.evaluate(() => document.querySelector('h1')?.scrollIntoView());
  await shot(page, `article-${scheme}`);
  await page.locator('backstory-mark[tabindex]', { hasText: 'Lula' }).first().hover();
  await page.waitForSelector('backstory-card .card .title');
  await page.waitForTimeout(300);
  await shot(page, `card-${scheme}`);
  await page.bringToFront();
  const [worker] = context.serviceWorkers();
  const tabId = await worker?.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } })
      .chrome.tabs;
    return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  });
  for (const [file, width, height] of [
    ['sidepanel', 420, 980],
    ['popup', 320, 470],
  ] as const) {
    const panel = await context.newPage();
    await panel.setViewportSize({ width, height });
    await panel.goto(`chrome-extension://${extensionId}/${file}.html?tabId=${tabId}`);
    await panel.waitForSelector(file === 'sidepanel' ? '.briefing[data-state="article"]' : '.cache');
    await panel.waitForTimeout(300);
    await shot(panel, `${file === 'sidepanel' ? 'briefing' : 'popup'}-${scheme}`);
    await panel.close();
  }
  if (scheme === 'light') {
    // A French article read in English: the card comes from French Wikipedia, and its link says so.
    const french = await context.newPage();
    await french.setViewportSize({ width: 1100, height: 760 });
    await french.goto(server.url(FRENCH_ARTICLE));
    await french.waitForSelector('backstory-mark');
    await french.waitForTimeout(1500); // cards stored before any hover
    const lavrov = french.locator('backstory-mark[tabindex]', { hasText: 'Sergueï Lavrov' }).first();
    await lavrov.evaluate((mark) => window.scrollBy(0, mark.getBoundingClientRect().top - 200));
    await lavrov.hover();
    await french.waitForSelector('backstory-card .card .extract');
    await french.waitForTimeout(300);
    await shot(french, 'card-french-light');
    await french.close();
  }
  await page.close();
  await context.close();
}
await server.close();
