// `npm run analyze -- <page.html> [--json]`: the reading pipeline in Node on a saved page.
// Prints the analysis as JSON (offsets index into `text`) or as a readable summary.
import { readFileSync, statSync } from 'node:fs';
import { parsePage } from './load-page';
import { analyzeDocument } from '../lib/analyze';
import { toJsonReport } from './report-json';
import { toTextReport } from './report-text';

function fail(message: string): never {
  process.stderr.write(`analyze: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => !a.startsWith('--'));
if (!file) fail('usage: npm run analyze -- <page.html> [--json]');

let html: string;
try {
  if (!statSync(file).isFile()) fail(`${file} is not a file`);
  html = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
if (html.trim() === '') fail(`${file} is empty`);
if (!/<\s*(?:!doctype|html|head|body|div|p|article|main|section)\b/i.test(html))
  fail(`${file} does not look like HTML`);

const result = analyzeDocument(parsePage(html));
process.stdout.write(json ? `${JSON.stringify(toJsonReport(result))}\n` : toTextReport(result));
