// Launches Debian's Chromium with the built extension (one persistent context per spec file or script) and
// finds the extension's id from its service worker. Its UI language is English unless asked otherwise
// (`--lang`, which also picks the extension's catalog, even where Debian ships only en-US resources).
import { chromium, type BrowserContext } from '@playwright/test';
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const EXTENSION_DIR = path.resolve(import.meta.dirname, '../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** The browser's UI language in tests and scripts: English whatever the machine's locale. */
export const DEFAULT_LANG = 'en-US';

const extensionArgs = (dir: string, lang = DEFAULT_LANG) => [
  `--lang=${lang}`,
  `--disable-extensions-except=${dir}`,
  `--load-extension=${dir}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

const profileDir = () => mkdtempSync(path.join(tmpdir(), 'backstory-chromium-'));

function assertBuilt(): void {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}

/**
 * The same browser for timing, through puppeteer-core with DevTools' network monitoring off. Playwright
 * always monitors the network, and DevTools then records a script stack for every request a page
 * makes — the analyzer's import() included — which no reader's browser does (~2 ms on each article).
 */
export async function launchForTiming(extensionDir = EXTENSION_DIR): Promise<Browser> {
  assertBuilt();
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    networkEnabled: false,
    userDataDir: profileDir(),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: extensionArgs(extensionDir),
  });
}

export async function launchWithExtension(
  colorScheme: 'light' | 'dark' = 'light',
  lang = DEFAULT_LANG,
): Promise<ExtensionBrowser> {
  assertBuilt();
  const context = await chromium.launchPersistentContext(profileDir(), {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme,
    args: extensionArgs(EXTENSION_DIR, lang),
    // Linux Chromium also reads LANGUAGE; the machine's own must not override the language asked for.
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  return { context, extensionId: new URL(worker.url()).host };
}
