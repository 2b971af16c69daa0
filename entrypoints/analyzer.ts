// The analyzer: everything heavy (reading, marks, cards, the extension's messages and settings). The
// sentinel loads it only on pages that may be articles, so other pages never even evaluate this code.
import { LOAD_START } from '../lib/page/load-start'; // first: its evaluation starts the clock
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { EntityKind } from '../lib/types';
import type { DeclaredSignals } from '../lib/article/declared-signals';
import type { Reader } from '../lib/page/sentinel';
import { recordMeasure } from '../lib/page/timing';
import { PageSession } from '../components/page-session';
import { ANALYZER_GLOBAL } from '../components/analyzer-api';
import { extensionAlive, onMessage, type PageState } from '../platform/messaging';
import { watchAddress } from '../lib/page/watch-address';
import { parseFocusEntity, parseScrollToText, parseSettings } from '../platform/content-requests';

/** How long a single-page navigation is given to put its new article in place before reading it. */
const NAVIGATION_SETTLE_MS = 500;
/** How often to notice that the extension went away (updated or reloaded) under this page. */
const ORPHAN_CHECK_MS = 2000;

async function startReading(
  firstSignals: DeclaredSignals,
  readSignals: (doc: Document) => DeclaredSignals,
): Promise<void> {
  const setupStart = performance.now();
  const host = location.hostname;
  // The settings come with the background's reading of the article (the page never wakes the storage
  // API, nor asks before reading), and the background tells every page when they change.
  let off = false;
  let signals: DeclaredSignals | undefined = firstSignals;
  let session: PageSession | null = null;
  const start = async (): Promise<void> => {
    if (off) return;
    session ??= new PageSession(document, readSignals, signals);
    signals = undefined; // a later read (late content, navigation) looks again
    await session.start();
  };
  const state = (): PageState => session?.state ?? { status: off ? 'off' : 'reading', host };

  onMessage('getPageState', state);
  onMessage('scrollToText', ({ data }) => {
    const { start: from, end } = parseScrollToText(data);
    return { ok: session?.scrollToText(from, end) ?? false };
  });
  onMessage('focusEntity', ({ data }) => ({ ok: session?.focusEntity(parseFocusEntity(data).id) ?? false }));
  let alive = true;
  onMessage('settingsChanged', ({ data }) => {
    if (!alive) return;
    const changed = parseSettings(data);
    const kinds = new Set<EntityKind>(changed.markedKinds);
    off = changed.disabledSites.includes(host);
    if (off) session?.stop();
    else if (session?.isOn) void session.setKinds(kinds);
    else void start(); // its reading brings the settings along
  });
  // An orphaned script (the extension was updated or reloaded) takes its marks away and goes quiet.
  const alivePoll = setInterval(() => {
    if (!extensionAlive()) shutdown();
  }, ORPHAN_CHECK_MS);
  const unwatchAddress = watchAddress(window, () => {
    if (!alive) return;
    session?.navigated();
    setTimeout(() => {
      if (alive) void start();
    }, NAVIGATION_SETTLE_MS);
  });
  const shutdown = () => {
    alive = false;
    clearInterval(alivePoll);
    unwatchAddress();
    session?.stop();
  };
  recordMeasure('setup', setupStart, performance.now() - setupStart);
  await start();
}

export default defineUnlistedScript(() => {
  const reader: Reader = { start: startReading };
  (globalThis as Record<string, unknown>)[ANALYZER_GLOBAL] = reader;
  // The bundle's own evaluation; the sentinel adds the part it spends asking for it.
  recordMeasure('load-analyzer', LOAD_START, performance.now() - LOAD_START);
});
