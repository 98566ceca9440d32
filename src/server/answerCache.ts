import type { RouteDefinition } from '../schemas/route.js';
import type { EncodedJson } from './encodedJson.js';

/** Enough for a few thousand typical maps; the least recently used go first beyond it. */
const DEFAULT_BUDGET_BYTES = 16 * 1024 * 1024;

/**
 * One encoded answer per owner, used only while the key it was made under still holds. The key
 * comes from the database on every request (a revision the database moves on each change; on
 * SQLite kept in memory until anything is committed, see db/readCache.ts), so a stale copy is
 * never sent, whichever instance or process made the change: the copy only saves the work of
 * building, checking and encoding the answer again.
 */
export class AnswerCache<R extends RouteDefinition> {
  readonly #entries = new Map<string, { key: string; answer: EncodedJson<R> }>();

  constructor(private readonly budgetBytes = DEFAULT_BUDGET_BYTES) {}

  /** The owner's answer made under this key, or a fresh one from `make`, kept for next time. */
  async get(owner: string, key: string, make: () => Promise<EncodedJson<R>>): Promise<EncodedJson<R>> {
    const entry = this.#entries.get(owner);
    // Re-inserted, so the map's order is least recently used first.
    this.#entries.delete(owner);
    if (entry?.key === key) {
      this.#entries.set(owner, entry);
      return entry.answer;
    }
    const answer = await make();
    this.#entries.set(owner, { key, answer });
    this.#evict();
    return answer;
  }

  /** Bytes held, compressed forms included. */
  get size(): number {
    let total = 0;
    for (const { answer } of this.#entries.values()) total += answer.size;
    return total;
  }

  #evict(): void {
    let total = this.size;
    for (const [owner, { answer }] of this.#entries) {
      if (total <= this.budgetBytes) return;
      total -= answer.size;
      this.#entries.delete(owner);
    }
  }
}
