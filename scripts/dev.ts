// `npm run dev`: serves the demo pages on http://127.0.0.1:5179 (no network needed) and starts WXT's
// dev mode, which opens Chromium (or Firefox with --browser firefox) with the extension on a demo article.
import { spawn } from 'node:child_process';
import { startStaticServer } from './static-server';

const PORT = Number(process.env.BACKSTORY_DEMO_PORT ?? 5179);
const browser = process.argv.includes('--browser') ? process.argv[process.argv.indexOf('--browser') + 1] : 'chrome';

const server = await startStaticServer(PORT);
const start = server.url('/fixtures/trade-deal-wordpress/source.html');
console.log(`Demo pages: ${server.url('/')}\nOpening: ${start}`);
const wxt = spawn('npx', ['wxt', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])], {
  stdio: 'inherit',
  env: { ...process.env, BACKSTORY_START_URL: start },
});
const stop = () => {
  wxt.kill('SIGINT');
  void server.close();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', (code) => {
  void server.close();
  process.exit(code ?? 0);
});
