// The word lists and thresholds of the cheap first check (declared-signals.ts, quick-listing.ts,
// prose-stats.ts), apart from the rest of ARTICLE_HEURISTICS, so that the sentinel, which runs on every
// page, carries only these. heuristics.ts includes them; Readability's readerable defaults are noted.

export const SIGNAL_TABLES = {
  /** JSON-LD @type values that declare a single article. */
  articleTypes: new Set([
    'Article',
    'NewsArticle',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'OpinionNewsArticle',
    'BackgroundNewsArticle',
    'ReviewNewsArticle',
    'BlogPosting',
    'LiveBlogPosting',
    'TechArticle',
    'ScholarlyArticle',
    'Report',
  ]),
  /** JSON-LD @type values of pages that list many things or are not reading matter. */
  listingTypes: new Set([
    'CollectionPage',
    'SearchResultsPage',
    'ItemList',
    'Product',
    'ProductGroup',
    'OfferCatalog',
    'ProfilePage',
    'DiscussionForumPosting',
  ]),
  /** Readability's isProbablyReaderable: paragraphs longer than this count, by √(length − 140)… */
  readerableMinChars: 140,
  /** …and a page whose paragraphs sum above this score may be an article (Readability's defaults). */
  readerableMinScore: 20,
  /** For the quick listing check: shorter paragraphs are captions, standfirsts, form hints. */
  minProseParagraph: 80,
  /** Prose in the best block below which a page with many teasers is a listing, not an article. */
  listingMaxBodyChars: 1200,
  /**
   * This many teaser cards (article elements, cards with a heading link) makes a listing. Short real
   * articles carry 6–8 "related" heading links (cnbc, zdnet.jp); the listings of the real-web corpus 10–86.
   */
  listingMinTeasers: 10,
  /**
   * A short news story among many teaser links: an <article> holding its own headline (an <h1> that is
   * no link) and this many characters of paragraphs is a story, whatever the rails around it hold.
   */
  headedArticleMinProse: 500,
  /** A page with a password field or a shop's prices is an article only with more prose than this. */
  formPageMaxProseChars: 1500,
} as const;
