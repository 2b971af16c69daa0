// The IndexedDB card store: rows validated on the way out, least recently used cards dropped past
// the cap, and a full disk answered by evicting and retrying once.
import type { Card } from '../lib/types';
import type { BackstoryDb } from './card-store';
import { MAX_CARDS, type CardRow, type CardStore, type ChoiceRow, type LookupRow, type VerdictRow } from './card-store';
import { isCard } from './card-shape';

function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: string; inner?: { name?: string } })?.name;
  return (
    name === 'QuotaExceededError' || (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError'
  );
}

export class DexieCardStore implements CardStore {
  readonly kind = 'indexeddb' as const;

  constructor(
    private readonly db: BackstoryDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs a write; when the disk is full, drops a tenth of the cards (least recently used) and tries once more. */
  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      await this.evict(Math.ceil((await this.db.cards.count()) / 10) || 1);
      return fn();
    }
  }

  private async evict(count: number): Promise<void> {
    const oldest = await this.db.cards.orderBy('usedAt').limit(count).primaryKeys();
    await this.db.cards.bulkDelete(oldest);
  }

  async getCard(key: string): Promise<CardRow | undefined> {
    const row = await this.db.cards.get(key);
    if (!row) return undefined;
    if (!isCard(row.card) || typeof row.fetchedAt !== 'number') {
      await this.db.cards.delete(key);
      return undefined;
    }
    await this.db.cards.update(key, { usedAt: this.now() }).catch(() => undefined);
    return row;
  }

  async putCards(cards: Card[]): Promise<void> {
    const at = this.now();
    const rows: CardRow[] = cards.map((card) => ({
      key: card.key,
      ...(card.wikidataId ? { wikidataId: card.wikidataId } : {}),
      fetchedAt: card.fetchedAt,
      usedAt: at,
      card,
    }));
    await this.write(() => this.db.cards.bulkPut(rows));
    const excess = (await this.db.cards.count()) - MAX_CARDS;
    if (excess > 0) await this.evict(excess);
  }

  async getLookup(key: string): Promise<LookupRow | undefined> {
    const row = await this.db.lookups.get(key);
    if (row && (typeof row.status !== 'string' || !Array.isArray(row.candidates))) {
      await this.db.lookups.delete(key);
      return undefined;
    }
    return row;
  }

  async putLookups(rows: LookupRow[]): Promise<void> {
    await this.write(() => this.db.lookups.bulkPut(rows));
  }

  getChoice(key: string): Promise<ChoiceRow | undefined> {
    return this.db.choices.get(key);
  }

  async putChoice(row: ChoiceRow): Promise<void> {
    await this.write(() => this.db.choices.put(row));
  }

  async getVerdicts(keys: string[]): Promise<Array<VerdictRow | undefined>> {
    const rows = await this.db.verdicts.bulkGet(keys);
    // A row of another shape (a damaged database) is no verdict.
    return rows.map((row) => (row && typeof row.at === 'number' && row.verdict !== undefined ? row : undefined));
  }

  async putVerdicts(rows: VerdictRow[]): Promise<void> {
    await this.write(() => this.db.verdicts.bulkPut(rows));
  }

  async stats(): Promise<{ cards: number; bytes: number }> {
    let bytes = 0;
    let cards = 0;
    await this.db.cards.each((row) => {
      cards++;
      bytes += JSON.stringify(row).length * 2;
    });
    return { cards, bytes };
  }

  async clear(): Promise<void> {
    await Promise.all([this.db.cards.clear(), this.db.lookups.clear(), this.db.verdicts.clear()]);
  }
}
