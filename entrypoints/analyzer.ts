// The analyzer: everything heavy (extraction, entity finding, marks, cards). The content script
// loads it only on pages that may be articles, so other pages never even evaluate this code.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PageSession } from '../components/page-session';
import { ANALYZER_GLOBAL, type Analyzer } from '../components/analyzer-api';

export default defineUnlistedScript(() => {
  const analyzer: Analyzer = { createSession: (doc) => new PageSession(doc) };
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = analyzer;
});
