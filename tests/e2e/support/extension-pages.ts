// Helpers to drive the extension's own pages in tabs: find a page's tab id, open the popup or the
// briefing for it, and read what the background stored in IndexedDB.
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../../scripts/chromium';

function worker(browser: ExtensionBrowser) {
  const [sw] = browser.context.serviceWorkers();
  if (!sw) throw new Error('the extension has no service worker');
  return sw;
}

/** The tab id of `page`: brought to front, it is the active tab of the last focused window. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return worker(browser).evaluate(async () => {
    type Tabs = { query(q: object): Promise<Array<{ id?: number }>> };
    const tabs = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
}

/** Opens an extension page (`popup.html`, `sidepanel.html`) about the tab `tabId`, in a tab of its own. */
export async function openExtensionPage(browser: ExtensionBrowser, file: string, tabId: number): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}?tabId=${tabId}`);
  return page;
}

/** Keys of the cards the background stored in IndexedDB. */
export async function storedCards(browser: ExtensionBrowser): Promise<string[]> {
  return worker(browser).evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('cards').objectStore('cards').getAllKeys();
          request.onsuccess = () => resolve(request.result.map(String));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
