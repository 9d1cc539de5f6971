// A bounded cache of member histories for batch decisions, valid only while no history event has been committed.
import type { MemberHistory } from '../../domain/member-history.js';
import { historyVersion } from '../../store/history-version.js';
import { loadHistoriesByIds } from '../../store/member-history-reads.js';
import type { Db } from '../../store/store.js';

/** Loads histories by member id, from memory when nothing changed since they were read. */
export interface HistoryCache {
  histories(db: Db, ids: readonly string[]): Promise<Map<string, MemberHistory>>;
}

/**
 * A cache of up to `capacity` members (when full, the oldest entries are dropped first — first in,
 * first out, which costs nothing on a hit, unlike keeping a recency order); 0 turns it off.
 *
 * Why it is safe (SPEC §7.2, a change is in force for every decision that starts after it commits):
 * every request first reads the history version (one indexed read) and empties the cache when it
 * moved. The version is read before the histories, so what is loaded is never older than the
 * version it is filed under; a request that read an older version than the cache now holds does
 * not store what it loaded. Member records themselves never change (import refuses a different
 * record under an existing id), and unknown members are never cached.
 */
export function createHistoryCache(capacity: number): HistoryCache {
  let version = -1;
  const entries = new Map<string, MemberHistory>();
  return {
    async histories(db, ids) {
      if (capacity <= 0) return loadHistoriesByIds(db, ids, null);
      const seen = await historyVersion(db);
      if (seen !== version) {
        entries.clear();
        version = seen;
      }
      const result = new Map<string, MemberHistory>();
      const missing: string[] = [];
      for (const id of ids) {
        if (result.has(id)) continue;
        const hit = entries.get(id);
        if (hit === undefined) missing.push(id);
        else result.set(id, hit);
      }
      if (missing.length === 0) return result;
      const loaded = await loadHistoriesByIds(db, missing, null);
      for (const [id, history] of loaded) {
        result.set(id, history);
        if (version !== seen) continue;
        entries.set(id, history);
        // A Map iterates in insertion order, so its first key is the oldest entry.
        if (entries.size > capacity) entries.delete(entries.keys().next().value ?? id);
      }
      return result;
    },
  };
}
