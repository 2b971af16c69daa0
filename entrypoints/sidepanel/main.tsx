// Side panel (Chrome) / sidebar (Firefox): wiring only. Follows the active tab, asks its content
// script for the analysis it already made, builds the briefing here, and sends "scroll to" back.
import { render } from 'preact';
import { BriefingPanel } from '../../components/BriefingPanel';
import { buildBriefing } from '../../lib/briefing/build-briefing';
import { onMessage, sendMessage, type PageState } from '../../platform/messaging';
import { currentTabId, watchTabs } from '../../platform/tabs';
import { localizeDocument } from '../../platform/i18n';
import '../../assets/panel.css';
import './sidepanel.css';

const app = document.getElementById('app') as HTMLElement;
localizeDocument(document, 'briefingTitle');
const pinned = new URLSearchParams(location.search).has('tabId');
let tabId: number | undefined;

async function draw(): Promise<void> {
  tabId = await currentTabId();
  // No answer from a tab: no analyzer runs there, because the page is not an article (or not a web page).
  const state =
    tabId === undefined
      ? null
      : await sendMessage('getPageState', undefined, tabId).catch((): PageState => ({
          status: 'not-article',
          host: '',
        }));
  const target = tabId;
  render(
    <BriefingPanel
      status={state?.status ?? 'no-page'}
      host={state?.host}
      briefing={state?.snapshot ? buildBriefing(state.snapshot) : null}
      onScrollTo={(start, end) => target !== undefined && void sendMessage('scrollToText', { start, end }, target)}
      onEntity={(id) => target !== undefined && void sendMessage('focusEntity', { id }, target)}
    />,
    app,
  );
}

void draw();
if (!pinned) watchTabs(() => void draw());
// From the tab's content script, or from the background naming the tab (a page's card batch).
onMessage('pageChanged', ({ data, sender }) => {
  const from = sender.tab?.id ?? (typeof data?.tabId === 'number' ? data.tabId : undefined);
  if (from !== undefined && from === tabId) void draw();
});
