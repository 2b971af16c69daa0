// Tabs and the briefing panel, the parts that differ between Chrome (side panel) and Firefox
// (sidebar): which tab a panel or popup is about, and opening the briefing from a click.
import { browser } from 'wxt/browser';

/** The tab the page is about: `?tabId=` when given (screenshots, tests), else the active tab. */
export async function currentTabId(): Promise<number | undefined> {
  const param = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(param) && param > 0) return param;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * The site of a tab, from its address: readable in the popup thanks to activeTab, and needed there on
 * pages where no analyzer runs to say it (the sentinel leaves pages that are not articles in silence).
 */
export async function hostOfTab(tabId: number): Promise<string | null> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const url = tab?.url ?? '';
  return /^https?:/.test(url) ? new URL(url).hostname : null;
}

/** Opens the briefing panel; must run in a user gesture (a click in the popup). */
export async function openBriefing(): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction) return api.sidebarAction.open();
  const window = await browser.windows.getCurrent();
  if (api.sidePanel && window.id !== undefined) await api.sidePanel.open({ windowId: window.id });
}

/** Calls `onChange` when the active tab changes or a tab finishes loading. */
export function watchTabs(onChange: (tabId: number) => void): () => void {
  const activated = (info: { tabId: number }) => onChange(info.tabId);
  const updated = (tabId: number, change: { status?: string }) => change.status && onChange(tabId);
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
