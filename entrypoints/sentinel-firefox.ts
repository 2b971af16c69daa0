// Firefox's content script (declared in wxt.config.ts): the sentinel, which has the background inject
// the analyzer only on pages that may be articles.
import '../lib/page/load-start'; // first: its evaluation starts the clock
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runSentinel, type Reader } from '../lib/page/sentinel';
import { loadBundle } from '../platform/load-bundle';
import { ANALYZER_GLOBAL } from '../components/analyzer-api';

export default defineUnlistedScript({
  include: ['firefox'],
  main: () => void runSentinel(document, () => loadBundle<Reader>('analyzer.js', ANALYZER_GLOBAL)),
});
