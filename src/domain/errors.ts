// The one error catalogue: stable codes, never reused once retired (docs/errors.md lists them).

/** Every error Consentry reports, with the HTTP status it maps to and what it means. */
export const ERROR_CATALOGUE = {
  E_INVALID_ARGUMENT: { status: 400, summary: 'A command-line option or request field is missing or malformed.' },
  E_IMPORT_INVALID: { status: 400, summary: 'An import file has invalid lines; nothing was imported.' },
  E_IMPORT_UNREADABLE: { status: 400, summary: 'An import file could not be opened or read.' },
  E_POLICY_INVALID: { status: 400, summary: 'A policy pack is malformed; the message names the field.' },
  E_POLICY_UNKNOWN: { status: 404, summary: 'No built-in policy pack or file has that name.' },
  E_POLICY_CONFLICT: { status: 409, summary: 'A different policy pack was already recorded under the same id and version.' },
  E_PURPOSE_UNDEFINED: { status: 400, summary: 'The policy pack does not define the requested purpose.' },
  E_MEMBER_NOT_FOUND: { status: 404, summary: 'No member has that id.' },
  E_DATASET_NOT_FOUND: { status: 404, summary: 'No dataset has that id.' },
  E_OUTPUT_EXISTS: { status: 409, summary: 'The output directory already exists and is not empty.' },
  E_OUTPUT_UNWRITABLE: { status: 500, summary: 'The output directory could not be written.' },
  E_DATABASE_UNAVAILABLE: { status: 503, summary: 'The database could not be opened or reached.' },
  E_CONFIG_INVALID: { status: 500, summary: 'An environment variable is malformed.' },
  E_UNAUTHENTICATED: { status: 401, summary: 'Sign in, or send a valid bearer token.' },
  E_FORBIDDEN: { status: 403, summary: 'The caller may not act on this resource.' },
  E_NOT_FOUND: { status: 404, summary: 'No such resource.' },
  E_CSRF: { status: 403, summary: 'The form or request lacks a valid CSRF token.' },
  E_RATE_LIMITED: { status: 429, summary: 'Too many requests; wait and retry.' },
  E_PAYLOAD_TOO_LARGE: { status: 413, summary: 'The request body is too large.' },
  E_INTERNAL: { status: 500, summary: 'An unexpected failure; the server log has details.' },
  E_SIGN_IN_FAILED: { status: 401, summary: 'The e-mail address or password is wrong (which one is not said).' },
  E_ACCOUNT_EXISTS: { status: 409, summary: 'An account with that e-mail address (or for that member) already exists.' },
  E_ACCOUNT_NOT_FOUND: { status: 404, summary: 'No account has that e-mail address.' },
  E_REDACT_INPUT_INVALID: { status: 400, summary: 'A `redact --jsonl` input line is not an {"id","text"} object; the lines before it were already written.' },
  E_ADDRESS_IN_USE: { status: 500, summary: 'Another process is already listening on HOST:PORT; stop it or choose another PORT.' },
  E_RANGE_NOT_SATISFIABLE: { status: 416, summary: 'The requested byte range lies outside the file.' },
} as const satisfies Record<string, { status: number; summary: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** An error with a stable code and a message meant for the person who caused it. */
export class ConsentryError extends Error {
  readonly code: ErrorCode;
  /** Structured detail, e.g. the invalid lines of an import. */
  readonly details: readonly string[];

  constructor(code: ErrorCode, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'ConsentryError';
    this.code = code;
    this.details = details;
  }
}

/** One error for a list of problems: a single one said in the message, several counted there and listed as details. */
export function problemsError(code: ErrorCode, subject: string, problems: readonly string[]): ConsentryError {
  if (problems.length === 1) return new ConsentryError(code, `${subject}: ${problems[0] ?? ''}`);
  return new ConsentryError(code, `${subject}: ${problems.length} problems`, problems);
}

/** True when the value is a ConsentryError (also across realms of the same module). */
export function isConsentryError(value: unknown): value is ConsentryError {
  return value instanceof ConsentryError;
}
