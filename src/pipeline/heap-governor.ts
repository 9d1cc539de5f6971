// Keeps a long streaming job's heap near its live set. Each page of a build or import lives across
// enough allocation to be promoted to V8's old generation, and V8 lets promoted garbage grow to
// several times the live set before a full collection: 1M items then peak at ~370 MB where ~250 MB
// suffices. Collecting once the heap has grown a fixed headroom past its last live size bounds that.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A full collection, from `--expose-gc` when given, else exposed on demand as jest's leak detector does. */
function fullCollection(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed !== undefined) return exposed;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  return gc;
}

/** Returns a check to call between pages: a full collection once the heap has grown `headroomMB` past its live size. */
export function heapGovernor(headroomMB = 32): () => void {
  const collect = fullCollection();
  const used = () => getHeapStatistics().used_heap_size;
  let live = used();
  return () => {
    if (used() < live + headroomMB * 1024 * 1024) return;
    collect();
    live = used();
  };
}
