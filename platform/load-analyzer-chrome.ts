// Loads the analyzer bundle into the content scripts' world (Chrome): a dynamic import of the
// extension's own analyzer.js. It touches the extension API only when called, so the sentinel that
// imports it costs nothing on pages that are not articles.
import { ANALYZER_GLOBAL } from '../components/analyzer-api';
import type { Reader } from '../lib/page/sentinel';
import { loadedReader } from './loaded-reader';

export async function loadAnalyzer(): Promise<Reader> {
  const api = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome;
  await import(/* @vite-ignore */ api.runtime.getURL('/analyzer.js'));
  return loadedReader(ANALYZER_GLOBAL);
}
