import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapGovernor } from './heap-governor.js';

const used = () => getHeapStatistics().used_heap_size;

/** Allocates ~20 MB that survives long enough to be promoted, then drops it. */
function makeGarbage(): number {
  const kept = Array.from({ length: 200_000 }, (_, i) => `item ${i} ${'x'.repeat(40)}`);
  return kept.length;
}

describe('heapGovernor', () => {
  it('runs a full collection once the heap has grown past the headroom, freeing promoted garbage', () => {
    const check = heapGovernor(8);
    expect(makeGarbage()).toBe(200_000);
    const before = used();
    check();
    expect(used()).toBeLessThan(before - 8 * 1024 * 1024);
  });
});
