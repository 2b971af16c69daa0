// `npm test`: every suite in order — static checks, unit tests, the Chrome and Firefox builds, web-ext
// lint, the Chromium e2e suite (Playwright) and the Firefox one (puppeteer-core) — then one line
// "N passed, N failed[, N skipped]" summed over all of them (also written to test-results/summary.txt).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

const RESULTS = 'test-results';
const suites: Array<{ name: string; tally: Tally }> = [];

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function single(name: string, ok: boolean): void {
  suites.push({ name, tally: { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 } });
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

function vitestSuite(): void {
  const file = `${RESULTS}/unit.json`;
  const ok = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`]);
  const report = readJson(file) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  } | null;
  if (!report) return single('unit tests (no report)', false);
  const tally = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  };
  if (!ok && tally.failed === 0) tally.failed = 1; // a suite that crashed before reporting
  suites.push({ name: 'unit tests (vitest)', tally });
}

function playwrightSuite(name: string, config: string): void {
  const file = `${RESULTS}/${name}.json`;
  const ok = run('npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  });
  const report = readJson(file) as {
    stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  } | null;
  if (!report) return single(`${name} (no report)`, false);
  const { expected, unexpected, skipped, flaky } = report.stats;
  const tally = { passed: expected + flaky, failed: unexpected, skipped };
  if (!ok && tally.failed === 0) tally.failed = 1;
  suites.push({ name, tally });
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

/** web-ext lint on the Firefox build: passes only with no error, warning or notice at all. */
function webExtLint(): void {
  const file = `${RESULTS}/web-ext-lint.json`;
  console.log('\n▶ web-ext lint --source-dir .output/firefox-mv2');
  const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], {
    encoding: 'utf8',
  });
  writeFileSync(file, result.stdout);
  const report = JSON.parse(result.stdout || '{}') as {
    summary?: { errors: number; warnings: number; notices: number };
  };
  const summary = report.summary ?? { errors: 1, warnings: 0, notices: 0 };
  console.log(`  ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
  single('web-ext lint (firefox-mv2)', summary.errors === 0 && summary.warnings === 0 && summary.notices === 0);
}

single('check (tsc, eslint, prettier)', run('npm', ['run', '--silent', 'check']));
vitestSuite();
const chrome = run('npx', ['wxt', 'build']);
single('build (chrome-mv3)', chrome);
const firefox =
  run('npx', ['wxt', 'build', '-b', 'firefox']) && run('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e']);
single('build (firefox-mv2, and its e2e variant)', firefox);
if (firefox) webExtLint();
if (chrome) playwrightSuite('e2e-chromium', 'playwright.config.ts');
if (firefox) playwrightSuite('e2e-firefox', 'playwright.firefox.config.ts');

const total = suites.reduce(
  (t, s) => ({
    passed: t.passed + s.tally.passed,
    failed: t.failed + s.tally.failed,
    skipped: t.skipped + s.tally.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\nSuites');
for (const s of suites)
  console.log(
    `  ${s.name.padEnd(34)} ${s.tally.passed} passed, ${s.tally.failed} failed${s.tally.skipped ? `, ${s.tally.skipped} skipped` : ''}`,
  );
const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
writeFileSync(`${RESULTS}/summary.txt`, `${line}\n`);
console.log(line);
process.exit(total.failed === 0 ? 0 : 1);
