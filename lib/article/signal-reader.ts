// The questions the cheap check asks of a page, answered two ways. The DOM reader walks elements. The
// XPath reader answers from counts and strings without ever making an element's wrapper: in a content
// script's world the first one costs ~1 ms, a third of the budget of a page that is no article. It
// answers only where its answer is certainly the DOM reader's, and asks the DOM reader otherwise.
import { SIGNAL_TABLES as H } from './signal-tables';
import { JSON_LD_TYPE, jsonLdTexts } from './json-ld';
import {
  ARCHIVE_PATH,
  PAGINATION,
  PASSWORD_FIELDS,
  WIDGET_WORDS,
  hasVisiblePassword,
  headedArticleProse,
  isArchivePage,
  teaserLinkCount,
} from './quick-listing';
import { readProseStats, type ProseStats } from './prose-stats';
import { isDenseScriptPage } from './script-weight';

export interface SignalReader {
  /** The text of each JSON-LD block, in document order. */
  jsonLdTexts(): string[];
  /** The content of the first og:type meta, as written. */
  ogType(): string | null;
  /** The page's canonical link and og:url, as written. */
  declaredAddresses(): { canonical: string | null; ogUrl: string | null };
  hasVisiblePassword(): boolean;
  /** How many teaser links (a heading in a link, or a link in a heading). */
  teaserLinks(): number;
  isArchivePage(): boolean;
  /** The most prose under one parent (ProseStats.longestRun) is below `limit` characters. */
  proseRunBelow(limit: number): boolean;
  /** Readability's readerable score (ProseStats.readableScore) is at most `max`. */
  readableScoreAtMost(max: number): boolean;
  /** An <article> holds its own headline and at least `min` characters of paragraphs (headedArticleProse). */
  headedArticle(min: number): boolean;
}

export function domSignalReader(doc: Document): SignalReader {
  let stats: ProseStats | undefined;
  const prose = () => (stats ??= readProseStats(doc));
  return {
    jsonLdTexts: () => jsonLdTexts(doc),
    ogType: () => doc.querySelector('meta[property="og:type"]')?.getAttribute('content') ?? null,
    declaredAddresses: () => ({
      canonical: doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? null,
      ogUrl: doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null,
    }),
    hasVisiblePassword: () => hasVisiblePassword(doc),
    teaserLinks: () => teaserLinkCount(doc),
    isArchivePage: () => isArchivePage(doc),
    proseRunBelow: (limit) => prose().longestRun < limit,
    readableScoreAtMost: (max) => prose().readableScore <= max,
    headedArticle: (min) => headedArticleProse(doc) >= min,
  };
}

/** XPath matches attribute values as written; these attributes' values match any case in CSS. */
const TO_LOWER = "'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'";
const LD_SCRIPTS = `//script[translate(@type,${TO_LOWER})='${JSON_LD_TYPE}']`;
const OG_TYPE = "(//meta[@property='og:type'])[1]/@content";
const CANONICAL_HREF = `(//link[translate(@rel,${TO_LOWER})='canonical'])[1]/@href`;
const OG_URL = "(//meta[@property='og:url'])[1]/@content";
/** An ancestor that is a site-wide widget (quick-listing.ts's WIDGET): a header, a dialog, a popup… */
const IN_WIDGET = `ancestor::*[self::header or self::dialog or ${WIDGET_WORDS.map(
  (w) => `contains(translate(concat(@class,' ',@id),${TO_LOWER}),'${w}')`,
).join(' or ')}]`;
/** A password field that hides itself by none of the markup isHiddenByMarkup reads, in no widget: certainly the page's own. */
const PLAIN_PASSWORD = `//input[translate(@type,${TO_LOWER})='password'][not(@hidden)][not(@aria-hidden='true')][not(@style)][not(${IN_WIDGET})]`;
/**
 * Parents of a paragraph long enough to be prose whose whole text reaches `limit`. A parent's prose
 * run is at most its whole text, so with none of them every run is shorter than `limit`.
 */
function bigProseParents(limit: number): string {
  return `count((//p[string-length(.)>=${H.minProseParagraph}]/..|//pre[string-length(.)>=${H.minProseParagraph}]/..)[string-length(.)>=${limit}])`;
}
/**
 * The readerable score adds √(length − 140) for each block longer than 140 characters (and, while it is
 * at most 20, for each <div> holding a <br>). These are every block that can add to it, with their raw
 * lengths, never shorter than the trimmed ones the score reads: their roots sum to a bound of the score.
 */
const SCORING_BLOCKS = `(//p|//pre|//article)[string-length(.)>${H.readerableMinChars}]`;
/** prose-stats.ts's BR_PARENTS: divs, spans, cells and fonts holding a <br>. */
const SCORING_BR_DIVS = `//*[self::div or self::span or self::td or self::font][br][string-length(.)>${H.readerableMinChars}]`;
/** Past this many, the DOM reader's one pass costs less than asking XPath for each length. */
const XPATH_MAX_SCORING_BLOCKS = 6;
/** Room for rounding: sums of square roots in another order may differ in the last bits. */
const ROUNDING = 1e-6;

function scoreBound(lengths: number[]): number {
  let bound = 0;
  for (const length of lengths) bound += Math.sqrt(length - H.readerableMinChars);
  return bound;
}

function lengthsOf(blocks: string, count: number): string[] {
  const lengths: string[] = [];
  for (let i = 1; i <= count; i++) lengths.push(`string-length((${blocks})[${i}])`);
  return lengths;
}

/**
 * Past this many paragraphs, the prose questions go straight to the DOM reader: each XPath count scans
 * every paragraph's text again, and a page with that much text seldom stays within the bounds.
 */
const XPATH_MAX_PARAGRAPHS = 200;

const NUMBER = 1;
const STRING = 2;
const FIRST_NODE = 9;

/**
 * Answers with XPath, asking the DOM reader (made only then) where XPath cannot be sure. An engine whose
 * XPath throws on some document gets the DOM reader's answers from the caller (readDeclaredSignals).
 * (The browser reads pages with it, linkedom has no XPath: the CLI and unit tests use the DOM reader.)
 */
export class XPathSignalReader implements SignalReader {
  private domReader: SignalReader | null = null;

  constructor(private readonly doc: Document) {}

  private get dom(): SignalReader {
    return (this.domReader ??= domSignalReader(this.doc));
  }

  /**
   * Whether the prose questions are worth asking XPath (an HTMLCollection's length makes no wrappers).
   * XPath counts raw characters: on a Chinese, Japanese or Korean page the lengths are weighted, and
   * only the DOM reader knows them.
   */
  private get proseIsSmall(): boolean {
    return this.doc.getElementsByTagName('p').length <= XPATH_MAX_PARAGRAPHS && !isDenseScriptPage(this.doc);
  }

  private text(expression: string): string {
    return this.doc.evaluate(expression, this.doc, null, STRING, null).stringValue;
  }

  private attribute(expression: string): string | null {
    return (
      (this.doc.evaluate(expression, this.doc, null, FIRST_NODE, null).singleNodeValue as Attr | null)?.value ?? null
    );
  }

  jsonLdTexts(): string[] {
    const texts: string[] = [];
    const blocks = this.doc.evaluate(`count(${LD_SCRIPTS})`, this.doc, null, NUMBER, null).numberValue;
    for (let i = 1; i <= blocks; i++) texts.push(this.text(`string((${LD_SCRIPTS})[${i}])`));
    return texts;
  }

  ogType(): string | null {
    return this.attribute(OG_TYPE);
  }

  declaredAddresses(): { canonical: string | null; ogUrl: string | null } {
    return { canonical: this.attribute(CANONICAL_HREF), ogUrl: this.attribute(OG_URL) };
  }

  hasVisiblePassword(): boolean {
    if (this.doc.querySelectorAll(PASSWORD_FIELDS).length === 0) return false;
    return (
      this.doc.evaluate(`count(${PLAIN_PASSWORD})`, this.doc, null, NUMBER, null).numberValue > 0 ||
      this.dom.hasVisiblePassword()
    );
  }

  teaserLinks(): number {
    return teaserLinkCount(this.doc);
  }

  isArchivePage(): boolean {
    if (this.doc.querySelectorAll(PAGINATION).length > 0) return true;
    return ARCHIVE_PATH.test(this.attribute(CANONICAL_HREF) ?? this.attribute(OG_URL) ?? '');
  }

  proseRunBelow(limit: number): boolean {
    if (!this.proseIsSmall) return this.dom.proseRunBelow(limit);
    return (
      this.doc.evaluate(bigProseParents(limit), this.doc, null, NUMBER, null).numberValue === 0 ||
      this.dom.proseRunBelow(limit)
    );
  }

  headedArticle(min: number): boolean {
    // Asked only of teaser-heavy pages: no <article> with an <h1> spares the DOM reader.
    if (this.doc.evaluate('count(//article//h1)', this.doc, null, NUMBER, null).numberValue === 0) return false;
    return this.dom.headedArticle(min);
  }

  readableScoreAtMost(max: number): boolean {
    if (!this.proseIsSmall) return this.dom.readableScoreAtMost(max);
    const counted = this.text(`concat(count(${SCORING_BLOCKS}),' ',count(${SCORING_BR_DIVS}))`);
    const [blocks = 0, divs = 0] = counted.split(' ').map(Number);
    if (blocks + divs <= XPATH_MAX_SCORING_BLOCKS) {
      const parts = [...lengthsOf(SCORING_BLOCKS, blocks), ...lengthsOf(SCORING_BR_DIVS, divs)];
      const lengths =
        parts.length === 0
          ? []
          : this.text(`concat(${parts.join(",' ',")},'')`)
              .split(' ')
              .map(Number);
      const blockBound = scoreBound(lengths.slice(0, blocks));
      // Blocks within 20 leave the <br> divs counted too: both bounds together then bound the score.
      const bound = blockBound + scoreBound(lengths.slice(blocks));
      if (blockBound <= H.readerableMinScore - ROUNDING && bound <= max - ROUNDING) return true;
    }
    return this.dom.readableScoreAtMost(max);
  }
}
