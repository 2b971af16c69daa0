// The interface in Firefox's language: Firefox asked for German (`intl.locale.requested`, with Debian's
// German language pack installed) shows the popup and the card in German. The other Firefox specs ask
// for en-US (scripts/firefox.ts), whatever the machine's LANG.
import { test, expect } from '@playwright/test';
import { existsSync } from 'node:fs';
import { languagePack, launchFirefox, type FirefoxWithExtension } from '../../../scripts/firefox';
import { startFixtureServer, type FixtureServer } from '../../../scripts/fixture-server';
import { fixtureCases, type GoldCase } from '../../../cli/eval/gold';
import { openExtensionPageFor } from './extension-pages';

let firefox: FirefoxWithExtension;
let server: FixtureServer;
const fixture = fixtureCases().find((c) => c.name === 'trade-deal-wordpress') as GoldCase;

// CI installs the pack (.ci/run); a developer without it is told what to install.
test.skip(
  !existsSync(languagePack('de')) && !process.env.CI,
  'Firefox stays in English without its German language pack: apt-get install firefox-esr-l10n-de',
);

test.beforeAll(async () => {
  server = await startFixtureServer(5180);
  firefox = await launchFirefox(undefined, 'de');
});
test.afterAll(async () => {
  await firefox?.browser.close();
  await server?.close();
});

test('the popup and the card are in German', async () => {
  const page = await firefox.browser.newPage();
  await page.goto(server.url(`/fixtures/${fixture.name}/source.html`));
  await page.waitForSelector('backstory-mark', { timeout: 20_000 });
  const popup = await openExtensionPageFor(firefox, 'popup.html', fixture.gold.article?.title ?? '', '.cache');
  await popup.waitForFunction(() => /^\d+ Karten?, etwa /.test(document.querySelector('.cache')?.textContent ?? ''));
  const text = await popup.$eval('.popup', (el) => el.textContent ?? '');
  expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
  for (const words of ['Aktiv auf 127.0.0.1', 'Markieren', 'Personen', 'Abkommen', 'Vertragsorganisationen'])
    expect(text).toContain(words);
  for (const words of [
    'Datenschutz',
    'Offlinemodus: keinerlei Wikipedia-Abfragen',
    'Überblick öffnen',
    'Cache leeren…',
  ])
    expect(text).toContain(words);
  expect(text).not.toMatch(/People|Privacy|Open briefing|cards/);
  await popup.close();

  await page.bringToFront();
  await (await page.$('backstory-mark[tabindex][data-backstory-entity="person:emmanuel-macron"]'))?.hover();
  await page.waitForSelector('backstory-card >>> .card .title', { timeout: 5000 });
  await page.waitForFunction(
    () => document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card .facts') !== null,
    { timeout: 5000 },
  );
  const card = await page.$eval('backstory-card', (host) => host.shadowRoot?.querySelector('.card')?.textContent ?? '');
  expect(card).toContain('In diesem Artikel');
  expect(card).toContain('Geboren21. Dezember 1977');
  expect(card).toMatch(/\d+ Erwähnung(en)?/);
  await page.close();
});
