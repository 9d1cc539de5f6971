// The entity types redaction finds, named as Presidio names them (SPEC §6).

/** Every entity type, in the order reports list them. */
export const ENTITY_TYPES = [
  'PERSON',
  'EMAIL_ADDRESS',
  'PHONE_NUMBER',
  'STREET_ADDRESS',
  'CREDIT_CARD',
  'IBAN_CODE',
  'IP_ADDRESS',
  'US_SSN',
  'UK_NINO',
  'URL',
  'DATE_OF_BIRTH',
] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** One detected entity: its type and its span in the original text, in UTF-16 code units, end exclusive. */
export interface EntitySpan {
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
}
