// Every word list and threshold the article check and the body extraction use, in one table.
// The class/id patterns follow the ones Readability popularised (mozilla/readability, Apache-2.0,
// used as a dependency here) extended with what our fixtures and the 40 saved corpus pages showed.

import { SIGNAL_TABLES } from './signal-tables';

export const ARTICLE_HEURISTICS = {
  ...SIGNAL_TABLES,
  /** Subtrees that are never article text (never scored, never extracted); lower-case local names. */
  skipTags: new Set([
    'script',
    'style',
    'noscript',
    'template',
    'svg',
    'math',
    'iframe',
    'object',
    'embed',
    'canvas',
    'video',
    'audio',
    'textarea',
    'input',
    'select',
    'option',
    'button',
    'label',
    'dialog',
    'head',
    'link',
    'meta',
    // Ruby annotations: the reading printed over a word ("<ruby>法律<rt>ほうりつ</rt></ruby>"), not the text.
    'rt',
    'rp',
  ]),
  /** Page furniture by tag: skipped when looking for the body and when reading it. */
  furnitureTags: new Set(['nav', 'aside', 'footer', 'form', 'menu']),
  /** Furniture by ARIA role. */
  furnitureRoles: new Set([
    'navigation',
    'complementary',
    'contentinfo',
    'banner',
    'search',
    'menu',
    'menubar',
    'dialog',
    'alert',
    'alertdialog',
  ]),
  /** class/id words of blocks that are not the article (comments, share bars, related links…). */
  unlikely:
    /-ad-|ai2html|banner|breadcrumb|combx|comment(?!ed|ary|ator)|community|cover-wrap|disqus|extra|foot|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|signup|promo(?!ted)|paywall|(?:author|contributor|writer)-?bio|author-?box|bio-?box|about-?the-?author|share|sharing|recirc|most-?read|most-?popular|trending|outbrain|taboola|tags?-list|topics|cookie|consent|toolbar|ticker|masthead|teaser|nav\b|navigation|byline|dateline/i,
  /** The part of `unlikely` that is never the article, even when a first pass found too little. */
  hardUnlikely:
    /comment(?!ed|ary|ator)|disqus|replies|respond|related|share|sharing|social|newsletter|subscribe|footer|cookie|consent|outbrain|taboola|recirc|most-?read|trending|(?:author|contributor|writer)-?bio|author-?box|bio-?box|promo(?!ted)/i,
  /** A block holding this share of the body's prose is never furniture, whatever its class or id. */
  bodyMajorityShare: 0.5,
  /** Captions and credits of pictures and videos, by class or id. */
  caption: /caption|credit|image-?text|bildtext|legende|l[ée]gende|pie-?de-?foto|photo-?desc/i,
  /** Readers' comments and their threads: never the article, whatever else the name says ("article_comments_content"). */
  comments: /comment(?!ed|ary|ator)|disqus/i,
  /** A strict pass with less prose than this is compared with a pass that keeps unlikely blocks. */
  strictEnoughChars: 2000,
  /** class/id words that rescue an element the `unlikely` pattern caught. */
  maybe: /and|article|body|column|content|main|mathjax|shadow|story|entry|post-?text/i,
  positive: /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|prose/i,
  negative:
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment(?!ed|ary|ator)|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo(?!ted)|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|paywall|byline|author|recirc|most-?read|trending|teaser|caption-credit/i,
  /** Standfirsts, deks, sign-offs, print notes, in-body related links: around the article, not of it. */
  aside:
    /standfirst|\bdek\b|sub-?title|subhead|strapline|kicker|sign-?off|trust-?principles|print-?info|rich-?link|editor-?s?-?note|see-?also|read[-_]?also|lire[-_]?aussi|leia[-_]?tambem|lee[-_]?tambien|inline-?related|clap|reactions|story-?actions|article-?actions|engagement-?bar|inline-?video|video-?(?:player|embed|placeholder|container)|article-?source/i,
  /** Opening words of short paragraphs that are furniture even without a class name. */
  asideText:
    /^(?:(?:editor['’]s note|read more|related|see also|video|watch|listen|source|photo|image)\s*[:|—–-]|(?:published|posted|updated|publié le|mis à jour le|veröffentlicht am|aktualisiert am)\s*:?\s*(?:on\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d\d-\d\d|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2}\.? [a-zéû]{3,9}\.? \d{4})|more on this story|sign up for|click here|reporting by|additional reporting by|editing by|writing by|follow (?:us|our) on|subscribe (?:now|today|to)|advertisement\s*$|a version of this article appears)/i,
  /** The heading line of a comment box ("Reader comments (7)", "12 Comments", "Leave a reply"). */
  commentsLine:
    /^(?:(?:reader|user)s?['’]? comments(?:\s*\(\d+\))?(?:\s|$)|comments? \(\d+\)|\d+ comments?\b|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|kommentare \(\d+\)|commentaires \(\d+\)|comentarios \(\d+\))/i,
  /** A copyright line ("© 2017 Handelsblatt GmbH – Alle Rechte vorbehalten"). */
  copyrightLine:
    /^(?:©|\(c\) \d{4}|copyright \d{4})|(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\W*$/i,
  /**
   * The same openers in the other languages of the real-web corpus ("Lire aussi", "Lesen Sie auch",
   * "Czytaj też", "Читайте также", "関連記事"): a "read also" line or box inside the body.
   */
  asideTextOther:
    /^[\s・•►▶>]*(?:(?:à )?lire aussi|voir aussi|lesen sie (?:auch|mehr)|mehr zum thema|das könnte sie auch interessieren|lee (?:también|más)|ver también|leia (?:também|mais)|leggi anche|lees ook|czytaj (?:też|także|więcej)|zobacz (?:też|także)|читайте (?:также|еще)|lue (?:myös|aiheesta lisää)|les også|läs också|关联阅读|相关阅读|相关新闻|延伸阅读|関連記事|関連リンク|관련 ?기사|kļūda rakstā)/i,
  /** Short blocks (byline, dateline, credits) identified by class, id, rel or itemprop. */
  byline: /byline|author|dateline|writtenby|p-author|contributor/i,
  /** Date lines by class or id ("articleDate", "posted-on"): furniture when their text is a date. */
  dateLine: /date|posted|published|timestamp/i,
  /** Paragraph-like blocks shorter than this do not score (characters). */
  minParagraphChars: 25,
  /** Text between a container's blocks counts as a paragraph from this many characters (a caption line does not). */
  looseTextMinChars: 150,
  /** How many ancestor levels a paragraph's score reaches. */
  scoreLevels: 5,
  /** Top-5 alternatives within this share of the best score vote for a common ancestor. */
  alternativeShare: 0.75,
  /** Siblings of the best block scoring at least this share of it join the body. */
  siblingShare: 0.2,
  /** How far up from the best block to look for a run of like chunks (repeated wrappers of one class). */
  chunkLevels: 4,
  /** …or holding this many characters of paragraphs, at any depth (a lead in a wrapper of its own). */
  siblingMinProse: 500,
  /** A page with no date, byline or article declaration is an article only with this much prose (weighted characters). */
  unmarkedMinProse: 1500,
  /** …or this much when a headline matching the title stands over the body. */
  unmarkedHeadedMinProse: 1200,
  /** Less prose than this (weighted characters) is a short text: without a JSON-LD declaration it needs two marks. */
  shortProse: 700,
  /** An undated page whose body is this share code or preformatted text is documentation. */
  docsMinCodeShare: 0.5,
  /** …or this share, when it names no author either (a news story with code is signed or dated). */
  unsignedDocsMinCodeShare: 0.1,
  /** A body this share preformatted is a plain-text document or a listing (an RFC, a log), dated or not. */
  preformattedMinShare: 0.9,
  /** An undated page with a player in its container and less prose than this (weighted characters): a media item's notes. */
  mediaMaxNotesProse: 1500,
  /** An unsigned body with this many field labels ("Study Type:"), as many as half its paragraphs and items: a record. */
  recordMinLabels: 20,
  recordMinLabelShare: 0.5,
  /** This many paragraphs ending in a "read more" link, holding this share of the body's prose: a list of excerpts. */
  listingMinExcerpts: 3,
  excerptMajorityShare: 0.5,
  /** A teaser card (headline, summary, byline) is shorter than this; longer blocks are content. */
  teaserMaxChars: 1000,
  /** Price strings ("£12.99", "$5") at or above this count suggest a shop listing. */
  shopMinPrices: 6,
} as const;
