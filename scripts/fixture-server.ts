// The fixture server for the Firefox e2e build: pages under /fixtures/, /languages/, /knowledge/ and
// /seed/, and Wikipedia and Wikidata's API answered from tests/fixtures/wikipedia/world.json at the
// paths the e2e build uses (`/wikipedia/{lang}/w/api.php`, `/wikidata/w/api.php`). Firefox's extension
// requests cannot be intercepted from Puppeteer, so the test build is pointed here instead.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { answer, loadWorld, type World } from '../tests/support/fake-wikimedia';

const ROOT = path.resolve(import.meta.dirname, '..');
const MOUNTS: Record<string, string> = {
  '/fixtures/': path.join(ROOT, 'tests/fixtures/pages'),
  '/languages/': path.join(ROOT, 'tests/fixtures/languages'),
  '/seed/': path.resolve(ROOT, '../shared/seed'),
  '/knowledge/': path.join(ROOT, 'tests/fixtures/knowledge'),
};

export interface FixtureServer {
  url(pathname: string): string;
  /** Every API request the extension made. */
  apiRequests: string[];
  setWorld(world: World): void;
  /** Holds the API requests `matches` picks until the returned function is called (a slow look-up). */
  hold(matches: (url: URL) => boolean): () => void;
  close(): Promise<void>;
}

export async function startFixtureServer(port: number): Promise<FixtureServer> {
  let world = loadWorld();
  const apiRequests: string[] = [];
  let held: { matches: (url: URL) => boolean; released: Promise<void> } | null = null;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (/^\/(?:wikipedia\/[a-z-]+|wikidata)\/w\/api\.php$/.test(url.pathname)) {
      if (req.method === 'OPTIONS') {
        // The CORS preflight the Api-User-Agent header causes, answered as Wikimedia's API does.
        res.writeHead(204, {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'Api-User-Agent, Accept',
          'access-control-allow-methods': 'GET',
        });
        res.end();
        return;
      }
      apiRequests.push(url.toString());
      if (held?.matches(url)) await held.released;
      const body = answer(world, url);
      res.writeHead(body === null ? 400 : 200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end(JSON.stringify(body ?? { error: 'unknown API call' }));
      return;
    }
    const pathname = decodeURIComponent(url.pathname);
    const mount = Object.keys(MOUNTS).find((m) => pathname.startsWith(m));
    const file = mount ? path.join(MOUNTS[mount] as string, pathname.slice(mount.length)) : '';
    if (!mount || !file.startsWith(MOUNTS[mount] as string) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream',
    });
    res.end(readFileSync(file));
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: (pathname) => `http://127.0.0.1:${bound}${pathname}`,
    apiRequests,
    setWorld: (next) => void (world = next),
    hold: (matches) => {
      let release = () => {};
      held = { matches, released: new Promise<void>((resolve) => (release = resolve)) };
      return () => {
        held = null;
        release();
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
