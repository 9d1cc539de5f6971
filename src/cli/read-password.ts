// Reads a password from standard input (never from argv, where other users and shell history can see it).
import type { Readable } from 'node:stream';

/** The most bytes read: a password is short, and a mistaken pipe of a large file should not be read whole. */
const MAX_BYTES = 4096;

/** Reads stdin to its end and returns the first line without its line ending. */
export async function readPassword(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    size += buffer.length;
    if (size > MAX_BYTES) break;
  }
  const text = Buffer.concat(chunks).toString('utf8');
  return text.split(/\r?\n/)[0] ?? '';
}
