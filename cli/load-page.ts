// Parses a saved HTML page into a DOM Document in Node, for the CLI, eval and tests.
// parse5 (the HTML standard's tree builder) repairs broken markup the way browsers do; linkedom then
// gives a fast DOM over the repaired HTML, so Node sees the same tree a browser would.
import { parse, serialize } from 'parse5';
import { parseHTML } from 'linkedom';

export function parsePage(html: string): Document {
  const repaired = serialize(parse(html));
  const { document } = parseHTML(repaired);
  return document as unknown as Document;
}
