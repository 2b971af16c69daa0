// Loads one of the extension's own script bundles into the content scripts' world, once, and returns
// what it left on the global object. Chrome: a dynamic import of the file. Firefox: the background
// injects it into the asking tab (a content script's import() resolves against the page there, and
// AMO's linter refuses a computed import address).
import { browser } from 'wxt/browser';
import { sendMessage } from './messaging';

/** The bundles that may be loaded so; the background injects nothing else. */
export const BUNDLES = ['analyzer.js', 'cards.js'] as const;
export type BundleFile = (typeof BUNDLES)[number];

export async function loadBundle<T>(file: BundleFile, globalName: string): Promise<T> {
  const read = () => (globalThis as Record<string, unknown>)[globalName] as T | undefined;
  if (!read()) {
    if (import.meta.env.BROWSER === 'firefox') await sendMessage('injectScript', { file });
    else await import(/* @vite-ignore */ browser.runtime.getURL(`/${file}`));
  }
  const loaded = read();
  if (!loaded) throw new Error(`Backstory: ${file} did not load`);
  return loaded;
}

/** Background side, Firefox: runs the file in the asking tab's frame, in the content scripts' world. */
export async function injectBundle(tabId: number, frameId: number | undefined, file: BundleFile): Promise<void> {
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown>;
  };
  await tabs.executeScript(tabId, { file: `/${file}`, ...(frameId !== undefined ? { frameId } : {}) });
}
