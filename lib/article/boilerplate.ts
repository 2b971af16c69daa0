// Decides which blocks inside the article's body element are not the article: bylines, share bars,
// related-link lists, ads, forms, headings that repeat the title. Read-only, like the scorer.
import { ARTICLE_HEURISTICS as H } from './heuristics';
import { BlockContentCache } from './block-content';
import type { BodyCandidate } from './score-content';
import {
  classAndId,
  classWeight,
  isFurniture,
  isHiddenByMarkup,
  isSkippedTag,
  isUnlikelyByName,
  readableText,
  tagOf,
} from './dom-utils';

const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'table', 'dl', 'figure']);

/** How a date line opens: a date word, a weekday, a number, a month ("Published: …", "Tue 3 May…"); not "Retrieved …". */
const DATE_LINE_START = /^(?:published|posted|updated|date|on|\d|[^\s\d]{3,9}\.?,? \d)/i;
/** A year in a date line (reading the whole date is the background's work: its code stays off the page). */
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/;

function isByline(el: Element): boolean {
  const rel = el.getAttribute('rel');
  const itemprop = el.getAttribute('itemprop') ?? '';
  const named = rel === 'author' || /\bauthor\b/.test(itemprop) || H.byline.test(classAndId(el));
  if (named) return readableText(el).length < 100;
  // "Published: 11/18/2011 2:27 AM" in a date-named line: the page's date, not its text.
  if (!H.dateLine.test(classAndId(el))) return false;
  const text = readableText(el);
  return text.length < 80 && DATE_LINE_START.test(text) && YEAR.test(text);
}

/** A block's first word (after bullets and arrows). */
const FIRST_WORD = /[^\s・•►▶>]+/;
/** First words of the comment-box headings of H.commentsLine (numbers aside: "12 Comments"). */
const COMMENT_OPENERS = new Set(['reader', 'readers', "reader's", 'user', 'users', 'comments', 'comment', 'leave', 'post', 'join', 'kommentare', 'commentaires', 'comentarios']); // prettier-ignore
/** Latin-script first words of H.asideTextOther; a first word in another script is always asked. */
const OTHER_OPENERS = new Set(['à', 'lire', 'voir', 'lesen', 'mehr', 'das', 'lee', 'ver', 'leia', 'leggi', 'lees', 'czytaj', 'zobacz', 'lue', 'les', 'läs', 'kļūda']); // prettier-ignore
/** Words that open, or begin to close, a copyright line within its first characters. */
const COPYRIGHT_HINT = /©|\(c\)|copyright|rights|rechte|droits|derechos/i;

/** A short paragraph opening like furniture: "Read more: …", "Reporting by …". */
function isAsideText(el: Element, blocks: BlockContentCache): boolean {
  const leading = blocks.leading(el);
  // Asked of every paragraph and div: the regular expressions only of openings that may match them.
  const first = FIRST_WORD.exec(leading)?.[0]?.toLowerCase() ?? '';
  // A comment box's heading line, in a short block ("Reader comments (7) Log in or register…").
  if ((COMMENT_OPENERS.has(first) || /^\d/.test(first)) && H.commentsLine.test(leading))
    return blocks.of(el).textLength < 250;
  // A copyright line, short: a picture's credit may open a block that holds a paragraph too. (Its
  // opening words first: measuring every block's whole text would cost the page's thread dearly.)
  if (COPYRIGHT_HINT.test(leading) && blocks.of(el).textLength < 150 && H.copyrightLine.test(readableText(el)))
    return true;
  const other = !/^[a-z]*$/.test(first) || OTHER_OPENERS.has(first);
  if (!H.asideText.test(leading) && !(other && H.asideTextOther.test(leading))) return false;
  // Short, or a list of links however long ("・関連記事" and eight headlines between line breaks).
  return blocks.of(el).textLength < 400 || blocks.of(el).details().linkDensity > 0.5;
}

/** Captions this long at most: a caption is a sentence or two. */
const MAX_CAPTION_CHARS = 200;

/**
 * A picture and its caption in a div of their own, without a <figure>: one image and a short text set
 * in an element of its own ("<div><a><img></a><small>The new model…</small></div>"). Loose text beside
 * an image may be the story's own line, so only text in a child element counts as a caption.
 */
function isPictureCaption(el: Element, blocks: BlockContentCache): boolean {
  const { textLength } = blocks.of(el);
  if (textLength === 0 || textLength > MAX_CAPTION_CHARS) return false;
  const { images, paragraphs, headings } = blocks.of(el).details();
  if (images !== 1 || paragraphs > 0 || headings > 0) return false;
  for (const node of Array.from(el.childNodes))
    if (node.nodeType === 3 && /\S/.test(node.textContent ?? '')) return false;
  return true;
}

/** Readability's "clean conditionally", as a verdict instead of a removal. */
function isJunkBlock(el: Element, blocks: BlockContentCache): boolean {
  const weight = classWeight(el);
  if (weight < 0) return true;
  const block = blocks.of(el);
  if (block.commas >= 10) return false; // ten commas make prose
  const { textLength } = block;
  const { paragraphs, images, inputs, headings, figures, linkDensity } = block.details();
  const tag = tagOf(el);
  if (tag === 'figure' || figures > 0) return false;
  if (images > 1 && paragraphs / images < 0.5 && textLength < 200) return true;
  if (inputs > Math.floor(paragraphs / 3)) return true;
  if (textLength < 25 && images === 0 && headings === 0 && tag !== 'table') return true;
  return weight < 25 ? linkDensity > 0.2 : linkDensity > 0.5;
}

/** Characters of the body's scored paragraphs under each of their ancestors, up to the body's root. */
function proseByAncestor(body: BodyCandidate): Map<Element, number> {
  const prose = new Map<Element, number>();
  for (const { el, chars } of body.paragraphs) {
    for (let at: Element | null = el; at && at !== body.root.parentElement; at = at.parentElement) {
      prose.set(at, (prose.get(at) ?? 0) + chars);
    }
  }
  return prose;
}

/**
 * The test for one read of a page: true when `el` (inside the body element) is furniture rather than
 * article text. `title` is the article's title, so a heading that repeats it is left to the headline.
 * A block holding most of the body's prose is the body, whatever its class says ("commented",
 * "node-promoted"): only markup that hides or skips it can leave it out.
 */
export function boilerplateTest(title: string, body: BodyCandidate): (el: Element) => boolean {
  const blocks = new BlockContentCache();
  const prose = proseByAncestor(body);
  const majority = body.proseChars * H.bodyMajorityShare;
  const paragraphs = new Set(body.paragraphs.map((p) => p.el));
  return (el) => {
    if (isSkippedTag(el) || isHiddenByMarkup(el)) return true;
    if (body.proseChars > 0 && (prose.get(el) ?? 0) >= majority) return false;
    return isBoilerplate(el, title, blocks, paragraphs.has(el));
  };
}

/** `scored`: a paragraph the body was scored on, which a furniture-like class alone does not exclude (Wired's "p.paywall"). */
function isBoilerplate(el: Element, title: string, blocks: BlockContentCache, scored: boolean): boolean {
  if (isFurniture(el)) return true;
  const tag = tagOf(el);
  if (tag === 'header' || tag === 'h1') return true;
  // Captions and photo credits describe a picture, not the story (an editor's cut leaves them out).
  if (tag === 'figcaption' || H.caption.test(classAndId(el))) return true;
  if ((!scored && isUnlikelyByName(el)) || isByline(el)) return true;
  if (H.aside.test(classAndId(el))) return true;
  if ((tag === 'p' || tag === 'div') && isAsideText(el, blocks)) return true;
  if (tag === 'div' && isPictureCaption(el, blocks)) return true;
  if ((tag === 'h2' || tag === 'h3') && title !== '' && readableText(el) === title) return true;
  if (CONDITIONAL.has(tag) && isJunkBlock(el, blocks)) return true;
  return false;
}
