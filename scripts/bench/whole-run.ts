// `npm run bench:whole`: only the whole-cost part of the bench (the pages of BENCH_ONLY, or all), for
// comparing one change quickly; prints the same table as `npm run bench` and checks no budget.
import path from 'node:path';
import { startStaticServer } from '../static-server';
import { benchPages, GENERATED_DIR, CORPUS_DIR } from './pages';
import { measureWholeCost } from './whole-cost';

const WHOLE_LOADS = Number(process.env.BENCH_WHOLE_LOADS ?? 15);
const WHOLE_TRACED = Number(process.env.BENCH_WHOLE_TRACED ?? 3);
const only = process.env.BENCH_ONLY?.split(',');
const pages = benchPages().filter((p) => !only || only.some((name) => p.name.startsWith(name)));
const server = await startStaticServer(0, { '/bench/': GENERATED_DIR, '/corpus/': CORPUS_DIR });
const emptyDir = path.join(GENERATED_DIR, 'empty-extension');
const whole = await measureWholeCost(pages, (p) => server.url(p), emptyDir, WHOLE_LOADS, WHOLE_TRACED);
await server.close();
for (const r of whole) {
  const b = Object.entries(r.breakdown)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ');
  console.log(
    `${r.page}: +${r.extra.toFixed(1)} ms (with ${r.withBackstory.median.toFixed(1)} [${r.withBackstory.p25.toFixed(1)}–${r.withBackstory.p75.toFixed(1)}], empty ${r.withEmpty.median.toFixed(1)} [${r.withEmpty.p25.toFixed(1)}–${r.withEmpty.p75.toFixed(1)}]), Readability ${r.readability.toFixed(1)}; ${b}`,
  );
}
