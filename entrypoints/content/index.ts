// Content script: wiring only, and small. The cheap first check runs on every page; only pages that
// may be articles load the analyzer, whose page session then reads, marks and answers the side panel.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { EntityKind } from '../../lib/types';
import { readDeclaredSignals } from '../../lib/article/declared-signals';
import { timed } from '../../lib/page/timing';
import { watchPage } from '../../lib/page/page-watcher';
import type { PageSession } from '../../components/page-session';
import { ANALYZER_GLOBAL, type Analyzer } from '../../components/analyzer-api';
import { loadAnalyzer } from '../../platform/analyzer-loader';
import { onMessage, validate, type PageState } from '../../platform/messaging';
import { disabledSites, markedKinds } from '../../platform/settings';
import '../../assets/marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.hostname;
    let session: PageSession | null = null;
    let off = (await disabledSites.getValue()).includes(host);
    const kinds = async () => new Set<EntityKind>(await markedKinds.getValue());

    const start = async (): Promise<void> => {
      if (off) return;
      if (!session && !timed('check', () => readDeclaredSignals(document)).maybeArticle) return;
      session ??= (await timed('load-analyzer', () => loadAnalyzer<Analyzer>(ANALYZER_GLOBAL))).createSession(document);
      session.setKinds(await kinds());
      session.start();
    };
    const state = (): PageState => session?.state ?? { status: off ? 'off' : 'not-article', host };

    onMessage('getPageState', state);
    onMessage('scrollToText', ({ data }) => ({
      ok: session?.scrollToText(validate('scrollToText', data).start, validate('scrollToText', data).end) ?? false,
    }));
    onMessage('focusEntity', ({ data }) => ({ ok: session?.focusEntity(validate('focusEntity', data).id) ?? false }));
    const unwatchSites = disabledSites.watch((sites) => {
      off = (sites ?? []).includes(host);
      if (off) session?.stop();
      else if (!session?.isOn) void start();
    });
    const unwatchKinds = markedKinds.watch((list) => session?.setKinds(new Set(list ?? [])));

    await start();
    performance.mark('backstory:done');
    // Content that arrives late can make a page an article: look again (twice at most) when it grows.
    const late = session ? null : watchPage(document.body, () => void start(), 600, 2);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session?.navigated();
      ctx.setTimeout(() => void start(), 500);
    });
    ctx.onInvalidated(() => {
      late?.stop();
      unwatchSites();
      unwatchKinds();
      session?.stop();
    });
  },
});
