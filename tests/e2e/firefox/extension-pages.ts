// Opens one of the extension's own pages in a Firefox tab, about the tab whose article has a given title.
import { expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { openAndWait, type FirefoxWithExtension } from '../../../scripts/firefox';

/**
 * The extension page `file`, about the tab whose article has `title` (or, with null, the one tab that
 * holds an article): Backstory has no "tabs" permission, so tabs are told apart by asking each one's
 * content script for its page state.
 */
export async function openExtensionPageFor(
  firefox: FirefoxWithExtension,
  file: string,
  title: string | null,
  ready: string,
): Promise<Page> {
  const page = await firefox.browser.newPage();
  await openAndWait(page, firefox.extensionUrl(file), 'body');
  const tabId = await page.evaluate(async (wanted) => {
    type Tabs = {
      query(q: object): Promise<Array<{ id?: number }>>;
      sendMessage(id: number, m: unknown): Promise<unknown>;
    };
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    for (const tab of await tabs.query({})) {
      const message = { id: 1, type: 'getPageState', data: undefined, timestamp: Date.now() };
      const reply = (await tabs.sendMessage(tab.id ?? -1, message).catch(() => null)) as {
        res?: { snapshot?: { meta: { title: string } } };
      } | null;
      const found = reply?.res?.snapshot?.meta.title;
      if (found !== undefined && (wanted === null || found === wanted)) return tab.id ?? -1;
    }
    return -1;
  }, title);
  expect(tabId).toBeGreaterThan(0);
  await openAndWait(page, `${firefox.extensionUrl(file)}?tabId=${tabId}`, ready);
  return page;
}
