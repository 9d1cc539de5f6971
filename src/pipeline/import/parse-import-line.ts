// Validates one line of an import file against the record schemas of SPEC §5.
import { formatIssues } from '../../schema/issues.js';
import { RECORD_SCHEMAS, RECORD_TYPES, type ImportRecord, type RecordType } from '../../schema/records.js';

/** A valid line: the normalised record and any fields the format does not know. */
export interface ParsedLine {
  readonly ok: true;
  readonly record: ImportRecord;
  readonly unknownFields: readonly string[];
}

/** An invalid line and why; `defines` is the record it meant to be, when its type and id could be read. */
export interface RejectedLine {
  readonly ok: false;
  readonly reason: string;
  readonly defines?: { readonly type: RecordType; readonly id: string };
}

const knownFields = (type: RecordType): ReadonlySet<string> => new Set(Object.keys(RECORD_SCHEMAS[type].shape));
const KNOWN_FIELDS: Readonly<Record<RecordType, ReadonlySet<string>>> = {
  member: knownFields('member'),
  content: knownFields('content'),
  consent: knownFields('consent'),
  objection: knownFields('objection'),
  move: knownFields('move'),
  status: knownFields('status'),
  delete: knownFields('delete'),
};

function isRecordType(value: unknown): value is RecordType {
  return typeof value === 'string' && (RECORD_TYPES as readonly string[]).includes(value);
}

/** Parses and validates one non-blank line. */
export function parseImportLine(text: string): ParsedLine | RejectedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'must be a JSON object' };
  const object = value as Record<string, unknown>;
  const type = object['type'];
  if (!isRecordType(type)) {
    return { ok: false, reason: `type: ${type === undefined ? 'required' : `${JSON.stringify(type)} is not one of ${RECORD_TYPES.join(', ')}`}` };
  }
  const parsed = RECORD_SCHEMAS[type].safeParse(object);
  if (!parsed.success) {
    const id = object['id'];
    const reason = `${type}${typeof id === 'string' ? ` ${id}` : ''}: ${formatIssues(parsed.error).join('; ')}`;
    return typeof id === 'string' ? { ok: false, reason, defines: { type, id } } : { ok: false, reason };
  }
  const known = KNOWN_FIELDS[type];
  const unknownFields = Object.keys(object).filter((key) => !known.has(key));
  return { ok: true, record: parsed.data, unknownFields };
}
