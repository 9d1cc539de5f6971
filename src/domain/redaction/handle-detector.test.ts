// Handles are people (SPEC §6); times and amounts after "@" and e-mail addresses are not handles.
import { describe, expect, it } from 'vitest';
import type { EntitySpan } from './entity-types.js';
import { findHandles } from './handle-detector.js';

function handles(text: string): string[] {
  const out: EntitySpan[] = [];
  findHandles(text, out);
  return out.map((s) => text.slice(s.start, s.end));
}

describe('handle detector', () => {
  it('finds handles, including fediverse ones', () => {
    expect(handles('cc @priya_r and @sofia.bergstrom, also @ingrid@fosstodon.org.')).toEqual(['@priya_r', '@sofia.bergstrom', '@ingrid@fosstodon.org']);
  });

  it('leaves e-mail addresses, times and amounts', () => {
    expect(handles('mail ada@example.org, meet @ 5pm or @10am, costs @3')).toEqual([]);
  });
});
