// The card store kept in memory, for when IndexedDB cannot be used: same behaviour, gone on restart.
import type { Card } from '../lib/types';
import { MAX_CARDS, type CardRow, type CardStore, type ChoiceRow, type LookupRow, type VerdictRow } from './card-store';

export class MemoryCardStore implements CardStore {
  readonly kind = 'memory' as const;
  private cards = new Map<string, CardRow>();
  private lookups = new Map<string, LookupRow>();
  private choices = new Map<string, ChoiceRow>();
  private verdicts = new Map<string, VerdictRow>();

  constructor(private readonly now: () => number = Date.now) {}

  async getCard(key: string): Promise<CardRow | undefined> {
    const row = this.cards.get(key);
    if (row) row.usedAt = this.now();
    return row;
  }

  async putCards(cards: Card[]): Promise<void> {
    for (const card of cards)
      this.cards.set(card.key, { key: card.key, fetchedAt: card.fetchedAt, usedAt: this.now(), card });
    const excess = this.cards.size - MAX_CARDS;
    if (excess > 0) {
      const oldest = [...this.cards.values()].sort((a, b) => a.usedAt - b.usedAt).slice(0, excess);
      for (const row of oldest) this.cards.delete(row.key);
    }
  }

  async getLookup(key: string): Promise<LookupRow | undefined> {
    return this.lookups.get(key);
  }

  async putLookups(rows: LookupRow[]): Promise<void> {
    for (const row of rows) this.lookups.set(row.key, row);
  }

  async getChoice(key: string): Promise<ChoiceRow | undefined> {
    return this.choices.get(key);
  }

  async putChoice(row: ChoiceRow): Promise<void> {
    this.choices.set(row.key, row);
  }

  async getVerdicts(keys: string[]): Promise<Array<VerdictRow | undefined>> {
    return keys.map((key) => this.verdicts.get(key));
  }

  async putVerdicts(rows: VerdictRow[]): Promise<void> {
    for (const row of rows) this.verdicts.set(row.key, row);
  }

  async stats(): Promise<{ cards: number; bytes: number }> {
    let bytes = 0;
    for (const row of this.cards.values()) bytes += JSON.stringify(row).length * 2;
    return { cards: this.cards.size, bytes };
  }

  async clear(): Promise<void> {
    this.cards.clear();
    this.lookups.clear();
    this.verdicts.clear();
  }
}
