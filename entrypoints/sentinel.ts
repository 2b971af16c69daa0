// Chrome's content script (declared in wxt.config.ts): the sentinel, which loads the analyzer with a
// dynamic import only on pages that may be articles.
import '../lib/page/load-start'; // first: its evaluation starts the clock
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runSentinel } from '../lib/page/sentinel';
import { loadAnalyzer } from '../platform/load-analyzer-chrome';

export default defineUnlistedScript({
  exclude: ['firefox'],
  main: () => void runSentinel(document, loadAnalyzer),
});
