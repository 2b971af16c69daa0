// Where cards live: a versioned Dexie (IndexedDB) database of cards, look-ups, the reader's link
// choices and the verdicts on doubtful names, with a 7-day lifetime and a 2,000-card LRU cap. If IndexedDB cannot open, is blocked or
// full, the store falls back to memory with a console warning and keeps working.
import Dexie, { type Table } from 'dexie';
import type { Card, LinkResult } from '../lib/types';

export const CARD_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_CARDS = 2000;
export const DB_NAME = 'backstory';

export interface CardRow {
  key: string;
  wikidataId?: string;
  fetchedAt: number;
  usedAt: number;
  card: Card;
}

/** A remembered link decision for an entity name in a context (kind, year). */
export interface LookupRow {
  key: string;
  cardKey?: string;
  status: LinkResult['status'];
  confidence: number;
  candidates: LinkResult['candidates'];
  reason?: string;
  namesake?: LinkResult['namesake'];
  at: number;
}

export interface ChoiceRow {
  /** `lang|kind|name` */
  key: string;
  title: string;
  at: number;
}

/** What the knowledge look-up said of a name: the engine's verdict, or null when it settled nothing. Names only. */
export interface VerdictRow {
  /** `lang|folded name` */
  key: string;
  verdict: 'person' | 'not-person' | 'agreement' | null;
  at: number;
}

export interface CardStore {
  readonly kind: 'indexeddb' | 'memory';
  getCard(key: string): Promise<CardRow | undefined>;
  putCards(cards: Card[]): Promise<void>;
  getLookup(key: string): Promise<LookupRow | undefined>;
  putLookups(rows: LookupRow[]): Promise<void>;
  getChoice(key: string): Promise<ChoiceRow | undefined>;
  putChoice(row: ChoiceRow): Promise<void>;
  getVerdicts(keys: string[]): Promise<Array<VerdictRow | undefined>>;
  putVerdicts(rows: VerdictRow[]): Promise<void>;
  stats(): Promise<{ cards: number; bytes: number }>;
  clear(): Promise<void>;
}

export class BackstoryDb extends Dexie {
  cards!: Table<CardRow, string>;
  lookups!: Table<LookupRow, string>;
  choices!: Table<ChoiceRow, string>;
  verdicts!: Table<VerdictRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1 shipped cards and look-ups; version 2 added LRU order and the reader's choices; version 3
    // the knowledge look-up's verdicts on names.
    this.version(1).stores({ cards: 'key, wikidataId, fetchedAt', lookups: 'key' });
    this.version(2)
      .stores({ cards: 'key, wikidataId, fetchedAt, usedAt', lookups: 'key, cardKey', choices: 'key' })
      .upgrade((tx) =>
        tx
          .table('cards')
          .toCollection()
          .modify((row: Partial<CardRow>) => {
            row.usedAt ??= row.fetchedAt ?? 0;
          }),
      );
    this.version(3).stores({ verdicts: 'key' });
  }
}
