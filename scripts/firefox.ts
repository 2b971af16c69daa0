// Launches Debian's Firefox ESR through puppeteer-core over WebDriver BiDi with an extension
// installed, its moz-extension:// UUID pinned so tests can open the extension's pages in tabs. Its UI
// language is English unless asked otherwise (another needs Debian's firefox-esr-l10n-<lang> language pack).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { realpathSync } from 'node:fs';
import path from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'backstory@backstory-reader.org';
export const EXTENSION_UUID = '6f1d3c2a-4b5e-4c7d-9a8b-0e1f2a3b4c5d';
export const E2E_BUILD = path.resolve(import.meta.dirname, '../.output/firefox-mv2-e2e');

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(file: string): string;
}

/** Debian's language pack for `lang`, without which Firefox (and so the extension) stays in English. */
export const languagePack = (lang: string) =>
  path.join(path.dirname(realpathSync(FIREFOX)), 'browser/extensions', `langpack-${lang}@firefox-esr.mozilla.org.xpi`);

export async function launchFirefox(extensionDir = E2E_BUILD, locale = 'en-US'): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Extension pages in ordinary tabs, without prompts.
      'extensions.autoDisableScopes': 0,
      // Debian's Firefox follows the machine's LANG when this is empty: tests choose instead.
      'intl.locale.requested': locale,
    },
  });
  await browser.installExtension(extensionDir);
  return { browser, extensionUrl: (file) => `moz-extension://${EXTENSION_UUID}/${file}` };
}

/** Navigates without awaiting the navigation (moz-extension:// loads do not report back), then waits for `selector`. */
export async function openAndWait(page: Page, url: string, selector: string, timeout = 20_000): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      // While the page is still navigating, BiDi can fail an evaluation outright: look again shortly.
      if (Date.now() >= deadline || (error as Error).name === 'TimeoutError') throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
