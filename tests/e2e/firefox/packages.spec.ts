// The packages as shipped: production manifests and bundles name only the real Wikipedia and
// Wikidata hosts; the Firefox manifest carries its id, minimum version and data-collection
// declaration; only the e2e build knows the local fixture server.
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const OUTPUT = path.resolve(import.meta.dirname, '../../../.output');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Wikipedia/Wikidata, and hosts libraries name in namespaces and error messages (never fetched). */
const LIBRARY_OR_API_HOSTS = [
  '*.wikipedia.org',
  'www.wikidata.org',
  'www.w3.org',
  'github.com',
  'wxt.dev',
  'tinyurl.com',
  'bit.ly',
  '*',
  '',
];

function manifest(build: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(OUTPUT, build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

for (const build of ['chrome-mv3', 'firefox-mv2']) {
  test(`${build}: only the real Wikipedia and Wikidata hosts, in the manifest and in every bundle`, () => {
    test.skip(!existsSync(path.join(OUTPUT, build)), `${build} is not built`);
    const m = manifest(build);
    const patterns = [
      ...((m.host_permissions as string[]) ?? []),
      ...((m.permissions as string[]) ?? []).filter((p) => p.includes('://')),
    ];
    // Besides the pages the content script runs on (Firefox injects the analyzer there), only the two APIs.
    const hosts = patterns.filter((p) => p !== 'http://*/*' && p !== 'https://*/*');
    expect(hosts.sort()).toEqual(['https://*.wikipedia.org/*', 'https://www.wikidata.org/*']);
    for (const file of files(path.join(OUTPUT, build)).filter((f) => /\.(js|json|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('127.0.0.1:5180');
      // Every URL a bundle spells out is a real API host, or a library's namespace or documentation link.
      const hosts = new Set(
        [...text.matchAll(/https?:\/\/([a-z0-9*.-]+)/gi)].map((m) => (m[1] as string).toLowerCase()),
      );
      for (const host of hosts) expect(LIBRARY_OR_API_HOSTS, `${file}: ${host}`).toContain(host);
    }
  });
}

test('the Firefox manifest: MV2, gecko id, minimum version, nothing collected, the sidebar', () => {
  test.skip(!existsSync(path.join(OUTPUT, 'firefox-mv2')), 'firefox-mv2 is not built');
  const m = manifest('firefox-mv2');
  expect(m.manifest_version).toBe(2);
  expect(m.browser_specific_settings).toEqual({
    gecko: {
      id: 'backstory@backstory-reader.org',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  });
  expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  expect(m.permissions).not.toContain('sidePanel');
});

test('the e2e build talks to the local fixture server instead', () => {
  test.skip(!existsSync(path.join(OUTPUT, 'firefox-mv2-e2e')), 'the e2e build is missing');
  expect(manifest('firefox-mv2-e2e').permissions).toContain('http://127.0.0.1:5180/*');
  expect(readFileSync(path.join(OUTPUT, 'firefox-mv2-e2e/background.js'), 'utf8')).toContain('http://127.0.0.1:5180');
});

test('the bundles the sentinel imports are compiled eagerly; the sentinel itself is not', () => {
  test.skip(!existsSync(path.join(OUTPUT, 'chrome-mv3')), 'chrome-mv3 is not built');
  const first = (file: string) => readFileSync(path.join(OUTPUT, 'chrome-mv3', file), 'utf8').split('\n', 1)[0];
  // Imported modules are code-cached by Chrome: compiled whole, the cache holds every function.
  expect(first('analyzer.js')).toBe('//# allFunctionsCalledOnLoad');
  expect(first('cards.js')).toBe('//# allFunctionsCalledOnLoad');
  // The declared content script is compiled afresh on every page, where most of it never runs.
  expect(first('sentinel.js')).not.toContain('allFunctionsCalledOnLoad');
});
