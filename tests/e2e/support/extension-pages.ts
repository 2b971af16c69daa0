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

/** Switches offline mode as the popup does, by writing the setting. */
export async function setOfflineMode(browser: ExtensionBrowser, on: boolean): Promise<void> {
  type Local = { set(values: object): Promise<void> };
  await worker(browser).evaluate(
    (value) =>
      (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local.set({
        offlineMode: value,
      }),
    on,
  );
}

/** Empties the background's cards, look-ups and verdicts (the reader's choices stay), as the popup's button does. */
export async function forgetCards(browser: ExtensionBrowser): Promise<void> {
  await worker(browser).evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('backstory');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['cards', 'lookups', 'verdicts'], 'readwrite');
          tx.objectStore('cards').clear();
          tx.objectStore('lookups').clear();
          tx.objectStore('verdicts').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Everything the extension keeps: each storage area's keys, and each IndexedDB database's stores. */
export async function everythingStored(
  browser: ExtensionBrowser,
): Promise<{ storage: Record<string, string[]>; databases: Record<string, string[]> }> {
  return worker(browser).evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: Record<string, Area | undefined> } }).chrome.storage;
    const storage: Record<string, string[]> = {};
    for (const area of ['local', 'sync', 'session']) {
      const stored = api[area];
      if (stored) storage[area] = Object.keys(await stored.get(null)).sort();
    }
    const databases: Record<string, string[]> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      databases[name] = await new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          resolve(Array.from(open.result.objectStoreNames).sort());
          open.result.close();
        };
      });
    }
    return { storage, databases };
  });
}
