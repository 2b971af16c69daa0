// Loads the analyzer bundle into the content scripts' world (Firefox): the background injects the file
// into the asking tab (a content script's import() resolves against the page there, and AMO's linter
// refuses a computed import address).
import { browser } from 'wxt/browser';
import { ANALYZER_GLOBAL } from '../components/analyzer-api';
import type { Reader } from '../lib/page/sentinel';
import { sendMessage } from './messaging';
import { loadedReader } from './loaded-reader';

export async function loadAnalyzer(): Promise<Reader> {
  await sendMessage('injectAnalyzer', undefined);
  return loadedReader(ANALYZER_GLOBAL);
}

/** Background side: runs analyzer.js in the asking tab's frame, in the content scripts' world. */
export async function injectAnalyzer(tabId: number, frameId: number | undefined): Promise<void> {
  const tabs = browser.tabs as unknown as {
    executeScript(tabId: number, details: { file: string; frameId?: number }): Promise<unknown>;
  };
  await tabs.executeScript(tabId, { file: '/analyzer.js', ...(frameId !== undefined ? { frameId } : {}) });
}
