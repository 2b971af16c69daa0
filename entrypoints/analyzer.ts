// The analyzer: everything heavy (reading, marks, cards, the extension's messages and settings). The
// sentinel loads it only on pages that may be articles, so other pages never even evaluate this code.
import { LOAD_START } from '../lib/page/load-start'; // first: its evaluation starts the clock
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntityKind } from '../lib/types';
import type { DeclaredSignals } from '../lib/article/declared-signals';
import type { Reader } from '../lib/page/sentinel';
import { recordMeasure } from '../lib/page/timing';
import { PageSession } from '../components/page-session';
import { ANALYZER_GLOBAL } from '../components/analyzer-api';
import { onMessage, type PageState } from '../platform/messaging';
import { parseFocusEntity, parseScrollToText } from '../platform/content-requests';
import { settingReader } from '../platform/setting-reader';
import { SETTINGS } from '../platform/setting-keys';

const disabledSites = settingReader(SETTINGS.disabledSites);
const markedKinds = settingReader(SETTINGS.markedKinds);

async function startReading(firstSignals: DeclaredSignals): Promise<void> {
  const ctx = new ContentScriptContext('backstory-analyzer');
  const host = location.hostname;
  let off = (await disabledSites.getValue()).includes(host);
  const setupStart = performance.now();
  let signals: DeclaredSignals | undefined = firstSignals;
  let session: PageSession | null = null;
  const start = async (): Promise<void> => {
    if (off) return;
    session ??= new PageSession(document, signals);
    signals = undefined; // a later read (late content, navigation) looks again
    await session.setKinds(new Set<EntityKind>(await markedKinds.getValue()));
    await session.start();
  };
  const state = (): PageState => session?.state ?? { status: off ? 'off' : 'reading', host };

  onMessage('getPageState', state);
  onMessage('scrollToText', ({ data }) => {
    const { start: from, end } = parseScrollToText(data);
    return { ok: session?.scrollToText(from, end) ?? false };
  });
  onMessage('focusEntity', ({ data }) => ({ ok: session?.focusEntity(parseFocusEntity(data).id) ?? false }));
  const unwatchSites = disabledSites.watch((sites) => {
    off = sites.includes(host);
    if (off) session?.stop();
    else if (!session?.isOn) void start();
  });
  const unwatchKinds = markedKinds.watch((list) => void session?.setKinds(new Set(list)));
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session?.navigated();
    ctx.setTimeout(() => void start(), 500);
  });
  ctx.onInvalidated(() => {
    unwatchSites();
    unwatchKinds();
    session?.stop();
  });
  recordMeasure('setup', setupStart, performance.now() - setupStart);
  await start();
}

export default defineUnlistedScript(() => {
  const reader: Reader = { start: startReading };
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = reader;
  // The bundle's own evaluation; the sentinel adds the part it spends asking for it.
  recordMeasure('load-analyzer', LOAD_START, performance.now() - LOAD_START);
});
