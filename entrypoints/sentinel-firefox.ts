// Firefox's content script (declared in wxt.config.ts): the sentinel, which has the background inject
// the analyzer only on pages that may be articles.
import '../lib/page/load-start'; // first: its evaluation starts the clock
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runSentinel } from '../lib/page/sentinel';
import { loadAnalyzer } from '../platform/load-analyzer-firefox';

export default defineUnlistedScript({
  include: ['firefox'],
  main: () => void runSentinel(document, loadAnalyzer),
});
