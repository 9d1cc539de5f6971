// Parses option values shared by several commands: purposes and moments.
import { ConsentryError } from '../domain/errors.js';
import { isPurpose, PURPOSES, type Purpose } from '../schema/purposes.js';
import { parseCalendarDate, parseInstant, type Instant } from '../schema/time.js';

/** A required `--purpose` value. */
export function purposeOption(command: string, value: string | undefined): Purpose {
  if (value === undefined) throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: --purpose is required (one of ${PURPOSES.join(', ')})`);
  if (!isPurpose(value)) throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: --purpose "${value}" is not one of ${PURPOSES.join(', ')}`);
  return value;
}

/** An optional moment: an ISO 8601 UTC time (…Z), or a date meaning 00:00 UTC that day. */
export function momentOption(command: string, name: string, value: string | undefined): Instant | undefined {
  if (value === undefined) return undefined;
  const instant = parseInstant(value) ?? (parseCalendarDate(value) === null ? null : parseInstant(`${value}T00:00:00Z`));
  if (instant === null) throw new ConsentryError('E_INVALID_ARGUMENT', `${command}: --${name} "${value}" is not an ISO 8601 UTC time such as 2025-08-01T00:00:00Z`);
  return instant;
}
