// Content script: wiring only. Starts the page session once the page is idle (unless the reader
// switched Backstory off for this site), and connects it to settings, navigation and messages.
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { EntityKind } from '../../lib/types';
import { PageSession } from '../../components/page-session';
import { onMessage, validate } from '../../platform/messaging';
import { disabledSites, markedKinds } from '../../platform/settings';
import '../../assets/marks.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const session = new PageSession(document);
    const host = location.hostname;
    const isOff = (sites: string[]) => sites.includes(host);
    const kinds = (list: EntityKind[]) => new Set(list);

    session.setKinds(kinds(await markedKinds.getValue()));
    if (!isOff(await disabledSites.getValue())) session.start();

    const unwatchSites = disabledSites.watch((sites) => {
      const off = isOff(sites ?? []);
      if (off && session.isOn) session.stop();
      else if (!off && !session.isOn) session.start();
    });
    const unwatchKinds = markedKinds.watch((list) => session.setKinds(kinds(list ?? [])));
    onMessage('getPageState', () => session.state);
    onMessage('scrollToText', ({ data }) => {
      const { start, end } = validate('scrollToText', data);
      return { ok: session.scrollToText(start, end) };
    });
    onMessage('focusEntity', ({ data }) => ({ ok: session.focusEntity(validate('focusEntity', data).id) }));

    ctx.addEventListener(window, 'wxt:locationchange', () => {
      session.navigated();
      ctx.setTimeout(() => void disabledSites.getValue().then((sites) => isOff(sites) || session.start()), 500);
    });
    ctx.onInvalidated(() => {
      unwatchSites();
      unwatchKinds();
      session.stop();
    });
  },
});
