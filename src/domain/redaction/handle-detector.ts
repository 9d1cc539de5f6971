// Social-network handles ("@ada_byron", "@ada@mastodon.social"): a handle names a person (SPEC §6, PERSON).
import type { EntitySpan } from './entity-types.js';
import { firstMatch } from './match-loop.js';

const HANDLE = /(?<![\p{L}\p{N}_.@/])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.-]{0,62}[\p{L}\p{N}_])?(?:@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)?/gu;
const NOT_A_HANDLE = /^@(?:\d{1,2}(?::\d\d)?(?:am|pm|h)?|\d+)$/i;

/** Appends PERSON spans for handles, leaving out times and amounts written after "@" ("@ 5pm", "@10"). */
export function findHandles(text: string, out: EntitySpan[]): void {
  if (!text.includes('@')) return;
  for (let m = firstMatch(HANDLE, text); m !== null; m = HANDLE.exec(text)) {
    if (NOT_A_HANDLE.test(m[0])) continue;
    out.push({ type: 'PERSON', start: m.index, end: m.index + m[0].length });
  }
}
