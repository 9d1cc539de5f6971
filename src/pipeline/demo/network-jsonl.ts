// The generated network as import-format bytes (JSONL, UTF-8), in chunks sized for efficient writes.
import { generateNetwork, type GenerateNetworkOptions } from './generate-network.js';

/** How far the generation is, reported with every chunk. */
export interface JsonlProgress {
  readonly members: number;
  readonly records: number;
  readonly bytes: number;
}

/** Chunking and progress reporting of `networkJsonl`. */
export interface JsonlOptions {
  /** Chunk size in bytes; default 256 KiB, large enough that write calls are cheap. */
  readonly chunkBytes?: number;
  /** Called before each chunk is yielded. */
  readonly onChunk?: (progress: JsonlProgress) => void;
}

/**
 * The network as JSONL, one record a line, yielded as UTF-8 chunks of at most `chunkBytes` bytes
 * (a single longer line is yielded alone). Lines are encoded one by one into a fresh buffer: joining
 * them into one string first and encoding that costs about three times as much, because a single
 * emoji makes the whole joined string two-byte.
 */
export function networkJsonl(options: GenerateNetworkOptions, jsonl: JsonlOptions = {}): Generator<Buffer, void, undefined> {
  const records = generateNetwork(options);
  const chunkBytes = jsonl.chunkBytes ?? 1 << 18;
  const progress = { members: 0, records: 0, bytes: 0 };
  const count = (type: string): void => {
    progress.records += 1;
    if (type === 'member') progress.members += 1;
  };
  const emit = (chunk: Buffer): Buffer => {
    progress.bytes += chunk.length;
    jsonl.onChunk?.({ ...progress });
    return chunk;
  };
  return (function* chunks() {
    let buffer = Buffer.allocUnsafe(chunkBytes);
    let used = 0;
    for (const record of records) {
      const line = `${JSON.stringify(record)}\n`;
      // A UTF-16 code unit never takes more than three UTF-8 bytes.
      if (used + line.length * 3 > chunkBytes) {
        if (used > 0) yield emit(buffer.subarray(0, used));
        buffer = Buffer.allocUnsafe(chunkBytes);
        used = 0;
        if (line.length * 3 > chunkBytes) {
          count(record.type);
          yield emit(Buffer.from(line));
          continue;
        }
      }
      used += buffer.write(line, used);
      count(record.type);
    }
    if (used > 0) yield emit(buffer.subarray(0, used));
  })();
}
