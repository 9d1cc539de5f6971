// `consentry redact [--jsonl]`: personal data out of text on stdin (SPEC §5, §6), with the directory of
// members and the suppression list from the database when there is one.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createRedactor } from '../../domain/redaction/create-redactor.js';
import type { KnownPerson, RedactionMode, RedactionOperator, Redactor } from '../../domain/redaction/redactor.js';
import { ConsentryError } from '../../domain/errors.js';
import { DEFAULT_DB_PATH } from '../../store/open-store.js';
import { loadRedactionDirectory } from '../../store/redaction-directory.js';
import { write, type CliIo } from '../cli-io.js';
import { withCliStore } from '../cli-store.js';
import { DB_OPTION, parseCommandArgs, type CliCommand } from '../command.js';

const OPERATORS: readonly RedactionOperator[] = ['replace', 'mask', 'pseudonym'];
const MODES: readonly RedactionMode[] = ['fast', 'thorough'];

/** The redact command. */
export const redactCommand: CliCommand = {
  words: ['redact'],
  summary: 'redact personal data from text on stdin',
  usage: `Usage: consentry redact [--jsonl] [--operator replace|mask|pseudonym] [--mode fast|thorough] [--db …]

Reads text on stdin and writes it with every person, e-mail, phone number, address, card, IBAN,
IP address, SSN, NINO, personal link and date of birth replaced by <TYPE> (SPEC §6).
  --jsonl      one {"id","text"} object a line in; {"id","text","entities":[{"type","start","end"}]}
               a line out, in the same order; offsets index the original text in UTF-16 code units
  --operator   replace (default: <PERSON>), mask (*****), pseudonym (<PERSON_1>, per text)
  --mode       fast (default, the dataset builder's) or thorough (adds NLP name tagging, some hundred times slower)
Members' names and the suppression list come from the database (--db, CONSENTRY_DB, or
data/consentry.db when it exists); without one, only general detection runs.`,
  async run(args, io) {
    const { values } = parseCommandArgs(
      'redact',
      args,
      { ...DB_OPTION, jsonl: { type: 'boolean' }, operator: { type: 'string' }, mode: { type: 'string' } },
      { min: 0, max: 0, names: '' },
    );
    const operator = oneOf('operator', OPERATORS, values.operator, 'replace');
    const mode = oneOf('mode', MODES, values.mode, 'fast');
    const directory = await readDirectory(values.db, io);
    const redactor = createRedactor({ ...directory, operator, mode });
    if (values.jsonl === true) await redactLines(redactor, io);
    else await redactWhole(redactor, io);
    return 0;
  },
};

function oneOf<T extends string>(name: string, allowed: readonly T[], value: string | undefined, fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined) throw new ConsentryError('E_INVALID_ARGUMENT', `redact: --${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return found;
}

/** The directory from the database; none when no database is named and the default file does not exist. */
async function readDirectory(option: string | undefined, io: CliIo): Promise<{ members: KnownPerson[]; suppressed: KnownPerson[] }> {
  // Redacting must never create a database as a side effect, so the default is only used when present.
  if (option === undefined && io.env['CONSENTRY_DB'] === undefined && !existsSync(resolve(io.cwd, DEFAULT_DB_PATH))) return { members: [], suppressed: [] };
  return withCliStore(option, io, (store) => store.snapshot((db) => loadRedactionDirectory(db)));
}

/** Plain text: the whole input is one text, so a name broken across lines is still found. */
async function redactWhole(redactor: Redactor, io: CliIo): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of io.stdin) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
  text += decoder.decode();
  await write(io.stdout, redactor.redact(text).text);
}

/** JSON lines, streamed: each line is written before the next is read; a bad line stops with its number. */
async function redactLines(redactor: Redactor, io: CliIo): Promise<void> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const { id, text } = parseLine(line, number);
    const result = redactor.redact(text);
    const entities = result.entities.map((e) => ({ type: e.type, start: e.start, end: e.end }));
    await write(io.stdout, `${JSON.stringify({ id, text: result.text, entities })}\n`);
  }
}

function parseLine(line: string, number: number): { id: string | number; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw invalidLine(number, `not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidLine(number, 'expected an object {"id","text"}');
  const record = value as Record<string, unknown>;
  const id = record['id'];
  const text = record['text'];
  if (typeof id !== 'string' && typeof id !== 'number') throw invalidLine(number, '"id" must be a string or a number');
  if (typeof text !== 'string') throw invalidLine(number, '"text" must be a string');
  return { id, text };
}

function invalidLine(number: number, reason: string): ConsentryError {
  return new ConsentryError('E_REDACT_INPUT_INVALID', `redact --jsonl: line ${number}: ${reason}`);
}
