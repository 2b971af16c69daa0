// The interface in the browser's language: Chromium started in German (`--lang=de`) shows the popup,
// the card and the briefing in German, dates and counts written the German way. (Every other spec runs
// in English: scripts/chromium.ts starts Chromium with --lang=en-US.)
import { test, expect, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../scripts/chromium';
import type { StaticServer } from '../../scripts/static-server';
import { closeHarness, openHarness } from './support/harness';
import { openExtensionPage, storedCards, tabIdOf } from './support/extension-pages';

let browser: ExtensionBrowser;
let server: StaticServer;
const CARD = 'backstory-card .card';

test.beforeAll(async () => ({ browser, server } = await openHarness('de')));
test.afterAll(() => closeHarness({ browser, server }));

async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(server.url('/fixtures/trade-deal-wordpress/source.html'));
  await page.waitForSelector('backstory-mark');
  return { page, tabId: await tabIdOf(browser, page) };
}

test('the popup is in German: headings, switches, buttons and the cache count', async () => {
  const { page, tabId } = await openArticle();
  await expect.poll(async () => (await storedCards(browser)).length, { timeout: 15_000 }).toBeGreaterThan(1);
  const popup = await openExtensionPage(browser, 'popup.html', tabId);
  await expect(popup.locator('html')).toHaveAttribute('lang', 'de');
  await expect(popup.getByRole('heading', { name: 'Markieren' })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Datenschutz' })).toBeVisible();
  await expect(popup.getByRole('checkbox', { name: /^Aktiv auf 127\.0\.0\.1$/ })).toBeChecked();
  await expect(popup.getByRole('checkbox', { name: 'Personen' })).toBeChecked();
  await expect(popup.getByRole('checkbox', { name: 'Vertragsorganisationen' })).toBeChecked();
  await expect(popup.getByRole('checkbox', { name: /^Offlinemodus/ })).not.toBeChecked();
  await expect(popup.getByRole('button', { name: 'Überblick öffnen' })).toBeVisible();
  const stored = (await storedCards(browser)).length;
  await expect(popup.locator('.cache')).toHaveText(new RegExp(`^${stored} Karten, etwa \\d+\\skB$`));
  await popup.getByRole('button', { name: 'Cache leeren…' }).click();
  await expect(popup.getByText('Alle gespeicherten Karten löschen?')).toBeVisible();
  await popup.getByRole('button', { name: 'Abbrechen' }).click();
  expect(await popup.locator('body').textContent()).not.toMatch(/People|Privacy|Open briefing|cards/);
  await popup.close();
  await page.close();
});

test('the card and the briefing are in German, with German dates', async () => {
  const { page, tabId } = await openArticle();
  await page.locator('backstory-mark[tabindex][data-backstory-entity="person:emmanuel-macron"]').first().focus();
  const card = page.locator(CARD);
  await expect(card.locator('.title')).toHaveText('Emmanuel Macron');
  await expect(card).toHaveAttribute('aria-label', 'Hintergrund: Emmanuel Macron');
  await expect(card.locator('.kind')).toHaveText('Person');
  await expect(card.locator('.facts')).toContainText('Geboren21. Dezember 1977');
  await expect(card.locator('.in-article h3')).toHaveText('In diesem Artikel');
  await expect(card.locator('.mentions')).toHaveText(/^\d+ Erwähnung(en)?$/);
  // An English card for a reader in German: the link names the edition.
  await expect(card.getByRole('link', { name: 'Wikipedia auf Englisch ↗' })).toHaveAttribute('hreflang', 'en');
  const panel = await openExtensionPage(browser, 'sidepanel.html', tabId);
  await expect(panel.locator('.briefing[data-state="article"]')).toBeVisible();
  await expect(panel).toHaveTitle('Backstory-Überblick');
  await expect(panel.getByRole('heading', { name: 'Kernpunkte' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Beteiligte' })).toBeVisible();
  await expect(panel.locator('header .muted')).toContainText('Min. Lesezeit');
  await panel.close();
  await page.close();
});
