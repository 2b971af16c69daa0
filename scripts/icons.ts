// `npx tsx scripts/icons.ts`: renders assets/icon.svg into the PNG sizes the manifests use
// (public/icon/16.png …), with Debian's Chromium. Run again after changing the SVG.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(ROOT, `public/icon/${size}.png`), omitBackground: true });
}
await browser.close();
