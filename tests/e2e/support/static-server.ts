// A static file server for e2e pages: our fixtures under /fixtures/, the seed under /seed/ (when
// ../shared is present) and the demo article under /demo/. Loopback only.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MOUNTS: Record<string, string> = {
  '/fixtures/': path.join(ROOT, 'tests/fixtures/pages'),
  '/seed/': path.resolve(ROOT, '../shared/seed'),
  '/demo/': path.join(ROOT, 'demo'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.js': 'text/javascript',
};

export interface StaticServer {
  url(pathname: string): string;
  close(): Promise<void>;
}

export async function startStaticServer(): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const mount = Object.keys(MOUNTS).find((m) => pathname.startsWith(m));
    const file = mount ? path.join(MOUNTS[mount] as string, pathname.slice(mount.length)) : '';
    if (!mount || !file.startsWith(MOUNTS[mount] as string) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
