// What every Chromium spec file starts with: a static server for the pages, one browser with the built
// extension for the whole file (in English unless a UI language is given), and (when asked) Wikipedia and
// Wikidata answered from fixtures.
import { launchWithExtension, type ExtensionBrowser } from '../../../scripts/chromium';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server';
import { routeWikimedia, type WikimediaRoutes } from './wikimedia-routes';

export interface Harness {
  browser: ExtensionBrowser;
  server: StaticServer;
  wiki: WikimediaRoutes;
}

export async function openHarness(lang?: string): Promise<Harness> {
  const server = await startStaticServer();
  const browser = await launchWithExtension('light', lang);
  return { server, browser, wiki: await routeWikimedia(browser.context) };
}

export async function closeHarness(harness: Partial<Harness>): Promise<void> {
  await harness.browser?.context.close();
  await harness.server?.close();
}
