// The visible text of a DOM subtree as a reader would copy it: scripts and styles left out, a line
// break around every block, so that words of adjacent blocks never run together.
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul', 'caption',
]); // prettier-ignore
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math']);

/** Text of `root`, skipping any element `skip` rejects; blocks on lines of their own. */
export function blockText(root: Node, skip: (el: Element) => boolean = () => false): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const el = node as Element;
    const tag = node.nodeType === 1 ? el.localName.toLowerCase() : '';
    if (NEVER_TEXT.has(tag) || (node.nodeType === 1 && skip(el))) return;
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n');
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) parts.push('\n');
  };
  visit(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
