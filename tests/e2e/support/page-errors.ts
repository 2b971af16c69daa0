// Collects every error a page sees, in every world — the page's own and the content scripts' isolated
// one: uncaught exceptions and unhandled rejections (over CDP), and optionally console errors.
import type { BrowserContext, Page } from '@playwright/test';

export async function collectErrors(
  context: BrowserContext,
  page: Page,
  options: { console?: boolean } = {},
): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  if (options.console) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
  }
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) =>
    errors.push(`exception: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`),
  );
  await cdp.send('Runtime.enable');
  return errors;
}
