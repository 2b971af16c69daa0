// The first code Backstory runs on every page, and all it runs on most: the cheap article check, with
// no extension API touched. A page that may be an article gets the reader (the analyzer bundle); any
// other is watched a little for content that arrives late or a single-page navigation, then left alone.
import { readDeclaredSignals, type DeclaredSignals } from '../article/declared-signals';
import { LOAD_START } from './load-start';
import { recordMeasure, timed } from './timing';
import { watchPage, type PageWatcher } from './page-watcher';
import { watchAddress } from './watch-address';

/** What the analyzer bundle hands the sentinel once loaded. */
export interface Reader {
  /**
   * Takes over the page: settings, messages, reading and marking. Resolves once the page is marked.
   * `readSignals` is the sentinel's cheap check, for later reads: the analyzer does not carry its own.
   */
  start(signals: DeclaredSignals, readSignals: (doc: Document) => DeclaredSignals): Promise<void>;
}

/** Re-checks allowed when a page that was not an article grows (content that loads late). */
const LATE_CONTENT_CHECKS = 2;
const LATE_CONTENT_DELAY_MS = 600;
export async function runSentinel(doc: Document, load: () => Promise<Reader>): Promise<void> {
  recordMeasure('boot', LOAD_START, performance.now() - LOAD_START);
  let reader: Reader | null = null;
  let late: PageWatcher | null = null;
  let unwatchAddress = () => {};

  const check = async (): Promise<void> => {
    if (reader) return;
    const signals = timed('check', () => readDeclaredSignals(doc));
    if (!signals.maybeArticle) return;
    late?.stop();
    unwatchAddress(); // from here on the reader follows the page itself
    reader = await timed('load-analyzer', load);
    await reader.start(signals, (page) => readDeclaredSignals(page));
  };

  await check();
  performance.mark('backstory:done');
  if (reader || !doc.body) return;
  late = watchPage(doc.body, () => void check(), LATE_CONTENT_DELAY_MS, LATE_CONTENT_CHECKS);
  unwatchAddress = watchAddress(doc.defaultView ?? window, () => {
    late?.stop();
    late = doc.body ? watchPage(doc.body, () => void check(), LATE_CONTENT_DELAY_MS, LATE_CONTENT_CHECKS) : null;
    setTimeout(() => void check(), LATE_CONTENT_DELAY_MS);
  });
}
