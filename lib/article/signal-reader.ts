// The questions the cheap check asks of a page, answered two ways. The DOM reader walks elements. The
// XPath reader answers from counts and strings without ever making an element's wrapper: in a content
// script's world the first one costs ~1 ms, a third of the budget of a page that is no article. It
// answers only where its answer is certainly the DOM reader's, and asks the DOM reader otherwise.
import { SIGNAL_TABLES as H } from './signal-tables';
import { JSON_LD_TYPE, jsonLdTexts } from './json-ld';
import { ARCHIVE_PATH, PAGINATION, TEASER_LINKS, hasVisiblePassword, isArchivePage } from './quick-listing';
import { readProseStats, type ProseStats } from './prose-stats';

export interface SignalReader {
  /** The text of each JSON-LD block, in document order. */
  jsonLdTexts(): string[];
  /** The content of the first og:type meta, as written. */
  ogType(): string | null;
  hasVisiblePassword(): boolean;
  /** How many teaser links (a heading in a link, or a link in a heading). */
  teaserLinks(): number;
  isArchivePage(): boolean;
  /** The most prose under one parent (ProseStats.longestRun) is below `limit` characters. */
  proseRunBelow(limit: number): boolean;
  /** Readability's readerable score (ProseStats.readableScore) is at most `max`. */
  readableScoreAtMost(max: number): boolean;
}

export function domSignalReader(doc: Document): SignalReader {
  let stats: ProseStats | undefined;
  const prose = () => (stats ??= readProseStats(doc));
  return {
    jsonLdTexts: () => jsonLdTexts(doc),
    ogType: () => doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null,
    hasVisiblePassword: () => hasVisiblePassword(doc),
    teaserLinks: () => doc.querySelectorAll(TEASER_LINKS).length,
    isArchivePage: () => isArchivePage(doc),
    proseRunBelow: (limit) => prose().longestRun < limit,
    readableScoreAtMost: (max) => prose().readableScore <= max,
  };
}

/** XPath matches attribute values as written; these attributes' values match any case in CSS. */
const TO_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'";
const LD_SCRIPTS = `//script[translate(@type,${TO_LOWER})='${JSON_LD_TYPE}']`;
const OG_TYPE = "(//meta[@property='og:type'])[1]/@content";
const CANONICAL_HREF = `(//link[translate(@rel,${TO_LOWER})='canonical'])[1]/@href`;
const OG_URL = "(//meta[@property='og:url'])[1]/@content";
/** A password field that hides itself by none of the markup isHiddenByMarkup reads: certainly visible. */
const PLAIN_PASSWORD = `//input[translate(@type,${TO_LOWER})='password'][not(@hidden)][not(@aria-hidden='true')][not(@style)]`;
/**
 * Parents of a paragraph long enough to be prose whose whole text reaches `limit`. A parent's prose
 * run is at most its whole text, so with none of them every run is shorter than `limit`.
 */
const bigProseParents = (limit: number) =>
  `count((//p[string-length(.)>=${H.minProseParagraph}]/..|//pre[string-length(.)>=${H.minProseParagraph}]/..)[string-length(.)>=${limit}])`;
/**
 * The readerable score adds √(length − 140) for each block longer than 140 characters (and, while it is
 * at most 20, for each <div> holding a <br>). Counting the blocks longer than 140 + k² for rising steps
 * k bounds it: a block between two steps adds at most the higher k; with one beyond the last, no bound.
 */
const COARSE_STEPS = [0, 20];
const FINE_STEPS = [0, 5, 10, 15, 20];

/** One XPath expression for all the counts: the blocks' at each step, then the <br> divs'. */
function scoreCounts(steps: number[]): string {
  const counts = (blocks: string) =>
    steps.map((k) => `count(${blocks}[string-length(.)>${H.readerableMinChars + k * k}])`);
  return `concat(${[...counts('(//p|//pre|//article)'), ...counts('//div[br]')].join(",' ',")})`;
}

function scoreBound(steps: number[], counts: number[]): number {
  if ((counts[steps.length - 1] ?? 0) > 0) return Infinity;
  let bound = 0;
  for (let i = 0; i + 1 < steps.length; i++) bound += ((counts[i] ?? 0) - (counts[i + 1] ?? 0)) * (steps[i + 1] ?? 0);
  return bound;
}

const NUMBER = 1;
const STRING = 2;
const FIRST_NODE = 9;

export function xpathSignalReader(doc: Document): SignalReader {
  const dom = domSignalReader(doc);
  const evaluate = (expression: string, type: number) => doc.evaluate(expression, doc, null, type, null);
  const count = (expression: string) => evaluate(expression, NUMBER).numberValue;
  const attribute = (expression: string) =>
    (evaluate(expression, FIRST_NODE).singleNodeValue as Attr | null)?.value ?? null;
  /** An engine whose XPath fails on some document still gets the DOM's answer. */
  const orDom =
    <A extends unknown[], T>(xpath: (...args: A) => T, fromDom: (...args: A) => T) =>
    (...args: A): T => {
      try {
        return xpath(...args);
      } catch {
        return fromDom(...args);
      }
    };
  return {
    jsonLdTexts: orDom(
      () =>
        Array.from(
          { length: count(`count(${LD_SCRIPTS})`) },
          (_, i) => evaluate(`string((${LD_SCRIPTS})[${i + 1}])`, STRING).stringValue,
        ),
      dom.jsonLdTexts,
    ),
    ogType: orDom(() => attribute(OG_TYPE), dom.ogType),
    hasVisiblePassword: orDom(
      () =>
        doc.querySelectorAll('input[type="password"]').length > 0 &&
        (count(`count(${PLAIN_PASSWORD})`) > 0 || dom.hasVisiblePassword()),
      dom.hasVisiblePassword,
    ),
    teaserLinks: dom.teaserLinks, // the length of a NodeList makes no element wrappers
    isArchivePage: orDom(
      () =>
        doc.querySelectorAll(PAGINATION).length > 0 ||
        ARCHIVE_PATH.test(attribute(CANONICAL_HREF) ?? attribute(OG_URL) ?? ''),
      dom.isArchivePage,
    ),
    proseRunBelow: orDom(
      (limit: number) => count(bigProseParents(limit)) === 0 || dom.proseRunBelow(limit),
      dom.proseRunBelow,
    ),
    readableScoreAtMost: orDom((max: number) => {
      // Two coarse counts settle most pages (a paragraph or two); finer steps only when they do not.
      for (const steps of [COARSE_STEPS, FINE_STEPS]) {
        const counts = evaluate(scoreCounts(steps), STRING).stringValue.split(' ').map(Number);
        const blocks = scoreBound(steps, counts.slice(0, steps.length));
        const divs = scoreBound(steps, counts.slice(steps.length));
        // Blocks within 20 leave the <br> divs counted too: both bounds together then bound the score.
        if (blocks <= H.readerableMinScore && blocks + divs <= max) return true;
        if (!Number.isFinite(blocks + divs)) break;
      }
      return dom.readableScoreAtMost(max);
    }, dom.readableScoreAtMost),
  };
}

/** The XPath reader where the document can evaluate XPath (browsers), else the DOM reader (linkedom). */
export function signalReader(doc: Document): SignalReader {
  return typeof doc.evaluate === 'function' ? xpathSignalReader(doc) : domSignalReader(doc);
}
