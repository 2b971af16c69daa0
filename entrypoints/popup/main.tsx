// Popup: wiring only. Reads the settings, the active tab's site and the cache's size, and writes the
// reader's changes back; every open tab follows them at once.
import { render } from 'preact';
import type { EntityKind } from '../../lib/types';
import { Popup } from '../../components/Popup';
import { sendMessage } from '../../platform/messaging';
import { disabledSites, markedKinds, offlineMode } from '../../platform/settings';
import { currentTabId, hostOfTab, openBriefing } from '../../platform/tabs';
import { localizeDocument } from '../../platform/i18n';
import '../../assets/panel.css';
import './popup.css';

const app = document.getElementById('app') as HTMLElement;
localizeDocument(document, 'extName');

async function draw(): Promise<void> {
  const tabId = await currentTabId();
  const state = tabId === undefined ? null : await sendMessage('getPageState', undefined, tabId).catch(() => null);
  const host = state?.host || (tabId === undefined ? null : await hostOfTab(tabId));
  const [sites, kinds, offline, stats] = await Promise.all([
    disabledSites.getValue(),
    markedKinds.getValue(),
    offlineMode.getValue(),
    sendMessage('getCacheStats', undefined).catch(() => null),
  ]);
  const toggle = <T,>(list: T[], item: T, on: boolean) =>
    on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  render(
    <Popup
      host={host}
      siteOn={host !== null && !sites.includes(host)}
      kinds={kinds}
      offline={offline}
      stats={stats}
      onSite={(on) => host && void disabledSites.setValue(toggle(sites, host, !on)).then(draw)}
      onKind={(kind: EntityKind, on) => void markedKinds.setValue(toggle(kinds, kind, on)).then(draw)}
      onOffline={(on) => void offlineMode.setValue(on).then(draw)}
      onOpenBriefing={() => void openBriefing().then(() => window.close())}
      onClearCache={() => void sendMessage('clearCache', undefined).then(draw)}
    />,
    app,
  );
}

void draw();
