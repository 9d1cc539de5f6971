// Splits a byte stream into numbered text lines without holding more than one chunk in memory.
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** One line of input, 1-based, without its line terminator. */
export interface NumberedLine {
  readonly number: number;
  readonly text: string;
}

/** Lines of a UTF-8 stream; `onBytes` is told how many bytes each chunk had (for progress and hashing). */
export async function* readLines(input: Readable, onChunk?: (chunk: Buffer) => void): AsyncGenerator<NumberedLine[]> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let number = 0;
  let first = true;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    onChunk?.(bytes);
    let text = carry + decoder.write(bytes);
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const parts = text.split('\n');
    carry = parts.pop() ?? '';
    // Lines are yielded a chunk at a time: one await per chunk instead of one per line.
    yield parts.map((part) => ({ number: ++number, text: part.endsWith('\r') ? part.slice(0, -1) : part }));
  }
  const rest = carry + decoder.end();
  if (rest.length > 0) yield [{ number: ++number, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest }];
}
