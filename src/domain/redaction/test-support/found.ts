// Test helper: what a redactor finds in a text, as [type, value] pairs, so expectations read like the text.
import { createRedactor } from '../create-redactor.js';
import type { EntityType } from '../entity-types.js';
import type { KnownPerson, Redactor, RedactorOptions } from '../redactor.js';

const cache = new Map<string, Redactor>();

/** A redactor for the directory, built once per distinct directory. */
export function redactorFor(members: readonly KnownPerson[] = [], suppressed: readonly KnownPerson[] = [], extra: Partial<RedactorOptions> = {}): Redactor {
  const key = JSON.stringify([members, suppressed, extra]);
  let redactor = cache.get(key);
  if (redactor === undefined) {
    redactor = createRedactor({ members, suppressed, operator: 'replace', ...extra });
    cache.set(key, redactor);
  }
  return redactor;
}

/** Every entity found in the text, as [type, exact value]. */
export function found(text: string, members: readonly KnownPerson[] = [], suppressed: readonly KnownPerson[] = []): [EntityType, string][] {
  return redactorFor(members, suppressed)
    .detect(text)
    .map((e) => [e.type, text.slice(e.start, e.end)]);
}

/** The values of one type found in the text. */
export function foundOf(type: EntityType, text: string, members: readonly KnownPerson[] = []): string[] {
  return found(text, members)
    .filter(([t]) => t === type)
    .map(([, v]) => v);
}
