// Content script: wiring only. Reads the page once it is idle, marks articles, follows lazy content
// and single-page navigation, and leaves every other page exactly as it was.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageReader } from '../../lib/page/page-reader';
import { watchPage, type PageWatcher } from '../../lib/page/page-watcher';
import '../../assets/marks.css';

/** Re-reads allowed on a page that was not an article at first (content that loads late). */
const LATE_CONTENT_CHECKS = 2;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const reader = new PageReader(document);
    let watcher: PageWatcher | null = null;

    const run = () => {
      watcher?.stop();
      reader.read();
      const root = reader.isArticle ? (reader.bodyRoot?.parentElement ?? document.body) : document.body;
      watcher = watchPage(
        root,
        () => watcher?.quietly(() => reader.read()),
        400,
        reader.isArticle ? 20 : LATE_CONTENT_CHECKS,
      );
    };

    run();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      watcher?.stop();
      reader.clear();
      ctx.setTimeout(run, 500);
    });
    ctx.onInvalidated(() => {
      watcher?.stop();
      reader.clear();
    });
  },
});
