// Parses a saved HTML page into a DOM Document in Node, for the CLI, eval and tests.
// parse5 (the HTML standard's tree builder) repairs broken markup the way browsers do; linkedom then
// gives a fast DOM over the repaired HTML, so Node sees the same tree a browser would.
import { parse, serialize } from 'parse5';
import { parseHTML } from 'linkedom';

/** `url`: the address the page was served from, which a browser gives as `document.URL`. */
export function parsePage(html: string, url?: string): Document {
  const repaired = serialize(parse(html));
  const { document } = parseHTML(repaired);
  // linkedom has no document.URL; a page read from disk has no address of its own, a saved page whose
  // address is known has the one the browser gave it.
  if (url) Object.defineProperty(document, 'URL', { value: url });
  return document as unknown as Document;
}
