// What the analyzer bundle hands the content script once loaded (types only cross the boundary).
import type { PageSession } from './page-session';

export const ANALYZER_GLOBAL = '__backstoryAnalyzer';

export interface Analyzer {
  createSession(doc: Document): PageSession;
}
