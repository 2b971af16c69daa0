// Content script: wiring only. Reads the page once it is idle, marks articles, asks the background to
// look their entities up, shows cards on hover and focus, and follows late content and navigation.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageReader } from '../../lib/page/page-reader';
import { watchPage, type PageWatcher } from '../../lib/page/page-watcher';
import { toQuery } from '../../lib/page/in-article';
import { HoverController } from '../../components/hover-controller';
import { CardView } from '../../components/card-view';
import { sendMessage } from '../../platform/messaging';
import '../../assets/marks.css';

/** Re-reads allowed on a page that was not an article at first (content that loads late). */
const LATE_CONTENT_CHECKS = 2;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const reader = new PageReader(document);
    const lang = () => reader.analysis?.article?.meta.lang || 'en';
    let watcher: PageWatcher | null = null;
    let hover: HoverController | null = null;
    const cards = new CardView({
      doc: document,
      analysis: () => reader.analysis,
      fetchCard: (entity) => sendMessage('getCard', { lang: lang(), entity: toQuery(entity) }),
      chooseCard: (entity, title) => sendMessage('chooseCard', { lang: lang(), entity: toQuery(entity), title }),
      onResize: () => void hover?.place(),
    });

    const read = () => {
      const result = reader.read();
      if (!result.article) return;
      hover ??= new HoverController(document, { open: (target) => cards.open(target), close: () => cards.close() });
      const entities = result.analysis.entities.map(toQuery);
      if (entities.length > 0) void sendMessage('prefetchCards', { lang: lang(), entities }).catch(() => undefined);
    };
    const run = () => {
      watcher?.stop();
      read();
      const root = reader.isArticle ? (reader.bodyRoot?.parentElement ?? document.body) : document.body;
      const limit = reader.isArticle ? 20 : LATE_CONTENT_CHECKS;
      watcher = watchPage(root, () => watcher?.quietly(read), 400, limit);
    };

    run();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      watcher?.stop();
      hover?.hide(false);
      reader.clear();
      ctx.setTimeout(run, 500);
    });
    ctx.onInvalidated(() => {
      watcher?.stop();
      hover?.destroy();
      reader.clear();
    });
  },
});
