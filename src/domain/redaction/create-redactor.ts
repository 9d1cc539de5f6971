// Builds a redactor from its options. First version: e-mail, phone and known-member names.
import type { EntitySpan } from './entity-types.js';
import { ENTITY_TYPES } from './entity-types.js';
import { applyOperator, resolveOverlaps, type Redactor, type RedactorOptions } from './redactor.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const PHONE = /(?<![\w+])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}(?!\w)/g;

/** Creates a redactor; the detector set is identified by `version`. */
export function createRedactor(options: RedactorOptions): Redactor {
  const names = new Map<string, true>();
  for (const person of [...options.members, ...options.suppressed]) {
    const key = person.name.trim().toLowerCase().replace(/\s+/g, ' ');
    if (key.includes(' ')) names.set(key, true);
  }
  const nameWords = /[\p{L}][\p{L}'’-]*/gu;
  return {
    version: 'consentry-redact/0.1',
    operator: options.operator,
    redact(text: string) {
      const spans: EntitySpan[] = [];
      for (const m of text.matchAll(EMAIL)) spans.push({ type: 'EMAIL_ADDRESS', start: m.index, end: m.index + m[0].length });
      for (const m of text.matchAll(PHONE)) {
        const digits = m[0].replace(/\D/g, '').length;
        if (digits >= 7 && digits <= 15) spans.push({ type: 'PHONE_NUMBER', start: m.index, end: m.index + m[0].length });
      }
      const words = [...text.matchAll(nameWords)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0].toLowerCase() }));
      for (let i = 0; i < words.length; i++) {
        let key = words[i]?.word ?? '';
        for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
          key += ` ${words[j]?.word ?? ''}`;
          const bare = key.replace(/['’]s$/, '');
          if (names.has(key) || names.has(bare)) {
            const end = (words[j]?.end ?? 0) - (names.has(key) ? 0 : 2);
            spans.push({ type: 'PERSON', start: words[i]?.start ?? 0, end });
          }
        }
      }
      const entities = resolveOverlaps(spans, ENTITY_TYPES);
      let counter = 0;
      return { text: applyOperator(text, entities, options.operator, (s) => `<${s.type}_${++counter}>`), entities };
    },
  };
}
