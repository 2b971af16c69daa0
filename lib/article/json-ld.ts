// Reads a page's JSON-LD blocks: the schema.org types it declares and the article's own fields.
// Malformed blocks are skipped: pages ship broken JSON-LD often enough that it must never throw.

type JsonObject = Record<string, unknown>;

export interface JsonLdSummary {
  types: Set<string>;
  /** The first node whose type is in `articleTypes`, if any. */
  article: JsonObject | null;
  /** The first node of any type that gives a publication date (a WebPage's, when no article is declared). */
  dated?: JsonObject | null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type. (String methods, not a
  // regular expression: this runs on every page, where compiling one costs more than the work.)
  const types: string[] = [];
  for (const t of list)
    if (typeof t === 'string') types.push(t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
  return types;
}

function collectNodes(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (Array.isArray(value['@graph'])) collectNodes(value['@graph'], out, depth + 1);
  if (isObject(value.mainEntity)) collectNodes(value.mainEntity, out, depth + 1);
}

const WRAPPERS: Array<[string, string]> = [
  ['<!--', '-->'],
  ['//<![CDATA[', '//]]>'],
  ['<![CDATA[', ']]>'],
];

/** Some CMSs wrap the JSON in an HTML comment or CDATA markers. */
function unwrapped(text: string): string {
  let raw = text.trim();
  for (const [open, close] of WRAPPERS) {
    if (raw.startsWith(open)) raw = raw.slice(open.length).trim();
    if (raw.endsWith(close)) raw = raw.slice(0, -close.length).trim();
  }
  return raw;
}

export const JSON_LD_TYPE = 'application/ld+json';
const JSON_LD_SCRIPTS = `script[type="${JSON_LD_TYPE}"]`;

/** The text of each JSON-LD block, in document order. */
export function jsonLdTexts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(JSON_LD_SCRIPTS), (script) => script.textContent ?? '');
}

/** The types and the article node of JSON-LD blocks, given their texts. */
export function summarizeJsonLd(texts: readonly string[], articleTypes: ReadonlySet<string>): JsonLdSummary {
  const types = new Set<string>();
  let article: JsonObject | null = null;
  let dated: JsonObject | null = null;
  for (const text of texts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(unwrapped(text));
    } catch {
      continue;
    }
    const nodes: JsonObject[] = [];
    collectNodes(parsed, nodes, 0);
    for (const node of nodes) {
      if (dated === null && node.datePublished !== undefined) dated = node;
      for (const t of typesOf(node)) {
        types.add(t);
        if (article === null && articleTypes.has(t)) article = node;
      }
    }
  }
  return { types, article, dated };
}

/** A string field, or the `name` of an object field, or the first of an array of either. */
export function jsonLdText(node: JsonObject | null, key: string): string | null {
  if (!node) return null;
  const names = jsonLdNames(node[key]);
  return names.length > 0 ? names.join(', ') : null;
}

function jsonLdNames(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(jsonLdNames);
  if (isObject(value) && typeof value.name === 'string') return jsonLdNames(value.name);
  return [];
}
