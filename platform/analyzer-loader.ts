// Loads the analyzer bundle into the content script's world on demand, so pages that are not
// articles never pay for it. Chrome: a dynamic import of the extension's own analyzer.js. Firefox:
// the background injects the file into the tab (a content script's import() resolves against the
// page there, and AMO's linter refuses a computed import address).
import { browser } from 'wxt/browser';
import { sendMessage } from './messaging';

export async function loadAnalyzer<T>(globalName: string): Promise<T> {
  const read = () => (globalThis as Record<string, unknown>)[globalName] as T | undefined;
  if (read()) return read() as T;
  if (import.meta.env.BROWSER === 'firefox') await sendMessage('injectAnalyzer', undefined);
  else await import(/* @vite-ignore */ browser.runtime.getURL('/analyzer.js'));
  const loaded = read();
  if (!loaded) throw new Error('Backstory: the analyzer did not load');
  return loaded;
}

/** Background side, Firefox: runs analyzer.js in the asking tab's frame, in the content scripts' world. */
export async function injectAnalyzer(tabId: number, frameId: number | undefined): Promise<void> {
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown>;
  };
  await tabs.executeScript(tabId, { file: '/analyzer.js', ...(frameId !== undefined ? { frameId } : {}) });
}
