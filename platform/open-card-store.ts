// Opens the card store: IndexedDB when it works, memory when it does not (cannot open, blocked by an
// old tab, quota exhausted past eviction) — with a console warning, never a crash.
import { BackstoryDb, DB_NAME, type CardStore } from './card-store';
import { DexieCardStore } from './dexie-card-store';
import { MemoryCardStore } from './memory-card-store';

const OPEN_TIMEOUT_MS = 3000;

/** Wraps a store so that any failing call moves everything to memory from then on. */
export class FallbackCardStore implements CardStore {
  constructor(private current: CardStore) {}

  get kind(): CardStore['kind'] {
    return this.current.kind;
  }

  private async call<T>(fn: (store: CardStore) => Promise<T>): Promise<T> {
    try {
      return await fn(this.current);
    } catch (error) {
      if (this.current.kind === 'memory') throw error;
      console.warn('Backstory: IndexedDB failed, keeping cards in memory from now on.', error);
      this.current = new MemoryCardStore();
      return fn(this.current);
    }
  }

  getCard = (key: string) => this.call((s) => s.getCard(key));
  putCards = (cards: Parameters<CardStore['putCards']>[0]) => this.call((s) => s.putCards(cards));
  getLookup = (key: string) => this.call((s) => s.getLookup(key));
  putLookups = (rows: Parameters<CardStore['putLookups']>[0]) => this.call((s) => s.putLookups(rows));
  getChoice = (key: string) => this.call((s) => s.getChoice(key));
  putChoice = (row: Parameters<CardStore['putChoice']>[0]) => this.call((s) => s.putChoice(row));
  getVerdicts = (keys: string[]) => this.call((s) => s.getVerdicts(keys));
  putVerdicts = (rows: Parameters<CardStore['putVerdicts']>[0]) => this.call((s) => s.putVerdicts(rows));
  stats = () => this.call((s) => s.stats());
  clear = () => this.call((s) => s.clear());
}

export interface OpenOptions {
  name?: string;
  /** Passed to Dexie (tests give it a broken indexedDB). */
  dexie?: ConstructorParameters<typeof BackstoryDb>[1];
  openTimeoutMs?: number;
}

export async function openCardStore(options: OpenOptions = {}): Promise<CardStore> {
  try {
    const db = new BackstoryDb(options.name ?? DB_NAME, options.dexie);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('IndexedDB open timed out (blocked?)')),
        options.openTimeoutMs ?? OPEN_TIMEOUT_MS,
      );
    });
    await Promise.race([db.open(), timeout]).finally(() => clearTimeout(timer));
    return new FallbackCardStore(new DexieCardStore(db));
  } catch (error) {
    console.warn('Backstory: IndexedDB is unavailable, keeping cards in memory.', error);
    return new FallbackCardStore(new MemoryCardStore());
  }
}
