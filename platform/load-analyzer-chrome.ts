// Loads the analyzer bundle into the content scripts' world (Chrome): a dynamic import of the
// extension's own analyzer.js. It touches the extension API only when called (no wxt/browser import,
// whose module code reads the API at once), so the sentinel costs nothing more on other pages.
import { ANALYZER_GLOBAL } from '../components/analyzer-api';
import type { Reader } from '../lib/page/sentinel';

export async function loadAnalyzer(): Promise<Reader> {
  const api = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome;
  await import(/* @vite-ignore */ api.runtime.getURL('/analyzer.js'));
  const reader = (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] as Reader | undefined;
  if (!reader) throw new Error('Backstory: the analyzer did not load');
  return reader;
}
