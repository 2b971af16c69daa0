// The background's card service: answers "card for this entity" from IndexedDB when it can, looks a
// page's entities up in one batch when they arrive, refreshes stale cards behind the reader's back,
// and remembers the reader's own choice of article for a name.
import type { EntityQuery, LinkResult } from '../lib/types';
import type { Endpoints } from '../lib/knowledge/urls';
import { resolveEntities } from '../lib/knowledge/resolve';
import { MAX_REQUESTS, MAX_TYPED_NAMES, typingUrl } from '../lib/knowledge/urls';
import { parseTypingResponse } from '../lib/knowledge/name-typing';
import { nameKey } from '../lib/entities/verdicts';
import type { NameVerdict } from '../lib/entities/person-evidence';
import { fold } from '../lib/entities/token-utils';
import { CARD_LIFETIME_MS, type CardStore, type LookupRow } from './card-store';
import { HttpError, OfflineError, type HttpClient } from './http-client';

/** The store's key of an entity's look-up: per edition, and per interface language its facts are labelled in. */
export function lookupKey(lang: string, q: EntityQuery, uiLang = lang): string {
  const edition = uiLang === lang ? lang : `${lang}/${uiLang}`;
  return `${edition}|${q.kind}|${fold(q.name)}|${q.year ?? ''}`;
}

/** The store's key of a name's verdict: names only, folded, per language edition. */
export function verdictKey(lang: string, name: string): string {
  return `${lang}|${nameKey(name)}`;
}

export function choiceKey(lang: string, q: EntityQuery): string {
  return `${lang}|${q.kind}|${fold(q.name)}`;
}

/** What a failed look-up tells the reader. */
export function describeFailure(error: unknown): { status: 'failed' | 'offline'; reason: string } {
  if (error instanceof OfflineError) return { status: 'offline', reason: 'Offline mode is on' };
  if (error instanceof HttpError) return { status: 'failed', reason: 'Wikipedia did not answer' };
  if (error instanceof TypeError && /fetch|network/i.test(error.message))
    return { status: 'failed', reason: 'No network' };
  return { status: 'failed', reason: 'Wikipedia did not answer' };
}

export class KnowledgeService {
  private pending = new Map<string, Promise<LinkResult>>();

  constructor(
    private readonly store: CardStore,
    private readonly http: HttpClient,
    private readonly endpoints: Endpoints,
    private readonly now: () => number = Date.now,
    /** The reader's interface language ("de"): Wikidata's facts are labelled in it. */
    private readonly uiLang = 'en',
  ) {}

  /**
   * What the knowledge look-up said of these names, from the store alone (no request): by name key, a
   * verdict or null (looked up, settled nothing). Names never looked up are absent.
   */
  async storedVerdicts(lang: string, names: readonly string[]): Promise<Map<string, NameVerdict | null>> {
    const rows = await this.store.getVerdicts(names.map((n) => verdictKey(lang, n)));
    const known = new Map<string, NameVerdict | null>();
    rows.forEach((row, i) => row && known.set(nameKey(names[i] as string), row.verdict));
    return known;
  }

  /**
   * Types doubtful names by Wikidata's "instance of": stored verdicts first, the rest in one request
   * (none in offline mode, or when it fails: the rules keep their word). Returns every known answer and
   * the number of requests made, which the article's card look-ups then leave out of their budget.
   */
  async typeNames(
    lang: string,
    names: readonly string[],
  ): Promise<{ answers: Map<string, NameVerdict | null>; requests: number }> {
    const answers = await this.storedVerdicts(lang, names);
    const asked = names.filter((n) => !answers.has(nameKey(n))).slice(0, MAX_TYPED_NAMES);
    if (asked.length === 0) return { answers, requests: 0 };
    try {
      const body = await this.http.getJson(typingUrl(this.endpoints, lang, asked));
      const found = parseTypingResponse(body, lang, asked);
      const at = this.now();
      await this.store.putVerdicts(
        asked.map((n) => ({ key: verdictKey(lang, n), verdict: found.get(nameKey(n)) ?? null, at })),
      );
      for (const [key, verdict] of found) answers.set(key, verdict);
      return { answers, requests: 1 };
    } catch (error) {
      return { answers, requests: error instanceof OfflineError ? 0 : 1 };
    }
  }

  /** Looks up every entity that has no fresh answer yet, in one batch (before any hover), within `budget` requests. */
  async prefetch(lang: string, queries: EntityQuery[], budget = MAX_REQUESTS): Promise<Record<string, LinkResult>> {
    const cards: Record<string, LinkResult> = {};
    const missing: EntityQuery[] = [];
    const waiting: Array<[string, Promise<LinkResult>]> = [];
    for (const q of queries) {
      const inFlight = this.pending.get(lookupKey(lang, q, this.uiLang));
      if (inFlight) {
        waiting.push([q.id, inFlight]);
        continue;
      }
      const known = await this.fromStore(lang, q);
      if (known && !known.stale) cards[q.id] = known;
      else missing.push(q);
    }
    if (missing.length > 0 && budget > 0) {
      for (const [id, result] of await this.resolve(lang, missing, budget)) cards[id] = result;
    }
    for (const [id, result] of waiting) cards[id] = await result;
    return cards;
  }

  /** The card for one entity: from the store (stale ones refreshed in the background), else looked up now. */
  async getCard(lang: string, q: EntityQuery): Promise<LinkResult> {
    const key = lookupKey(lang, q, this.uiLang);
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const known = await this.fromStore(lang, q);
    if (known) {
      if (known.stale) void this.resolve(lang, [q]).catch(() => undefined);
      return known;
    }
    return (await this.resolve(lang, [q])).get(q.id) as LinkResult;
  }

  /** The reader's choice of article for this name, remembered for every later page. */
  async choose(lang: string, q: EntityQuery, title: string): Promise<LinkResult> {
    await this.store.putChoice({ key: choiceKey(lang, q), title, at: this.now() });
    return (await this.resolve(lang, [q])).get(q.id) as LinkResult;
  }

  stats(): Promise<{ cards: number; bytes: number }> {
    return this.store.stats();
  }

  /** Forgets cards and look-ups; the reader's own choices are kept. */
  clear(): Promise<void> {
    return this.store.clear();
  }

  private async fromStore(lang: string, q: EntityQuery): Promise<LinkResult | undefined> {
    const lookup = await this.store.getLookup(lookupKey(lang, q, this.uiLang));
    if (!lookup) return undefined;
    const stale = this.now() - lookup.at > CARD_LIFETIME_MS;
    if (lookup.status !== 'linked' || !lookup.cardKey) {
      return stale
        ? undefined
        : {
            status: lookup.status,
            confidence: lookup.confidence,
            candidates: lookup.candidates,
            ...(lookup.reason ? { reason: lookup.reason } : {}),
            ...(lookup.namesake ? { namesake: lookup.namesake } : {}),
          };
    }
    const row = await this.store.getCard(lookup.cardKey);
    if (!row) return undefined;
    const cardStale = stale || this.now() - row.fetchedAt > CARD_LIFETIME_MS;
    return {
      status: 'linked',
      card: row.card,
      confidence: lookup.confidence,
      candidates: lookup.candidates,
      ...(cardStale ? { stale: true } : {}),
    };
  }

  private resolve(lang: string, queries: EntityQuery[], budget = MAX_REQUESTS): Promise<Map<string, LinkResult>> {
    const work = (async () => {
      const choices = new Map<string, string>();
      for (const q of queries) {
        const choice = await this.store.getChoice(choiceKey(lang, q));
        if (choice) choices.set(q.name, choice.title);
      }
      const results = await resolveEntities(
        queries,
        lang,
        {
          fetchJson: (url) => this.http.getJson(url),
          endpoints: this.endpoints,
          now: this.now,
          describeFailure,
          uiLang: this.uiLang,
        },
        choices,
        undefined,
        budget,
      );
      await this.remember(lang, queries, results);
      return results;
    })();
    for (const q of queries) {
      const key = lookupKey(lang, q, this.uiLang);
      const one = work.then((r) => r.get(q.id) as LinkResult);
      this.pending.set(key, one);
      void one.finally(() => this.pending.get(key) === one && this.pending.delete(key)).catch(() => undefined);
    }
    return work;
  }

  /** Stores cards and decisions; failures (offline, no network) are not remembered, so they are retried. */
  private async remember(lang: string, queries: EntityQuery[], results: Map<string, LinkResult>): Promise<void> {
    const cards = [...results.values()].flatMap((r) => (r.card ? [r.card] : []));
    if (cards.length > 0) await this.store.putCards(cards);
    const rows: LookupRow[] = [];
    for (const q of queries) {
      const r = results.get(q.id);
      if (!r || r.status === 'failed' || r.status === 'offline') continue;
      rows.push({
        key: lookupKey(lang, q, this.uiLang),
        ...(r.card ? { cardKey: r.card.key } : {}),
        status: r.status,
        confidence: r.confidence,
        candidates: r.candidates,
        ...(r.reason ? { reason: r.reason } : {}),
        ...(r.namesake ? { namesake: r.namesake } : {}),
        at: this.now(),
      });
    }
    if (rows.length > 0) await this.store.putLookups(rows);
  }
}
