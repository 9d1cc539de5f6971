// The import format of SPEC §5: one schema per record type, the contract for validation and types.
import { z } from 'zod';
import { purposeSchema } from './purposes.js';
import { calendarDateSchema, instantSchema } from './time.js';
import { countryCodeSchema, subdivisionCodeSchema } from './regions.js';

/** Content kinds SPEC §3–4 names; `message` is private and never used. */
export const CONTENT_KINDS = ['post', 'article', 'comment', 'profile', 'message'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const MEMBER_STATUSES = ['active', 'deceased', 'deactivated'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const CONSENT_VALUES = ['granted', 'denied'] as const;
export type ConsentValue = (typeof CONSENT_VALUES)[number];

export const CONSENT_SOURCES = ['member', 'delegate', 'gpc', 'admin'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

export const RECORD_TYPES = ['member', 'content', 'consent', 'objection', 'move', 'status', 'delete'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

const idSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\s\p{Cc}]+$/u, 'must not contain spaces or control characters');

/** An optional field that exporters may also write as `null`: both mean absent, and the record keeps no key for it. */
const absentWhenNull = <T extends z.ZodType<string>>(schema: T) => schema.nullish().transform((value) => value ?? undefined).optional();

const withSubdivisionOfCountry = <T extends { country: string; subdivision?: string | undefined }>(value: T, ctx: z.core.$RefinementCtx<T>): void => {
  if (value.subdivision !== undefined && !value.subdivision.startsWith(`${value.country}-`)) {
    ctx.addIssue({ code: 'custom', path: ['subdivision'], message: `${value.subdivision} is not a subdivision of ${value.country}` });
  }
};

export const memberRecordSchema = z
  .object({
    type: z.literal('member'),
    id: idSchema,
    name: z.string().trim().min(1, 'must not be empty').max(500),
    email: z.email('must be an e-mail address').max(320),
    country: countryCodeSchema,
    subdivision: absentWhenNull(subdivisionCodeSchema),
    birthDate: absentWhenNull(calendarDateSchema),
    createdAt: instantSchema,
  })
  .superRefine(withSubdivisionOfCountry)
  .meta({ id: 'MemberRecord', description: 'A member of the network, with residence at sign-up.' });

export const contentRecordSchema = z
  .object({
    type: z.literal('content'),
    id: idSchema,
    memberId: idSchema,
    kind: z.enum(CONTENT_KINDS),
    visibility: z
      .string()
      .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a lowercase audience label such as public, connections or private'),
    text: z.string().max(1_000_000, 'must be at most 1,000,000 characters'),
    createdAt: instantSchema,
  })
  .meta({ id: 'ContentRecord', description: 'One item a member wrote.' });

export const consentRecordSchema = z
  .object({
    type: z.literal('consent'),
    id: idSchema,
    memberId: idSchema,
    purpose: purposeSchema,
    value: z.enum(CONSENT_VALUES),
    source: z.enum(CONSENT_SOURCES),
    at: instantSchema,
  })
  .refine((r) => r.source !== 'gpc' || r.value === 'denied', { path: ['value'], message: 'a gpc signal can only deny' })
  .meta({ id: 'ConsentRecord', description: 'A member’s (or delegate’s, or signal’s) setting of one purpose.' });

export const objectionRecordSchema = z
  .object({
    type: z.literal('objection'),
    id: idSchema,
    memberId: idSchema,
    purposes: z
      .array(purposeSchema)
      .min(1, 'must name at least one purpose')
      .refine((ps) => new Set(ps).size === ps.length, 'must not repeat a purpose'),
    at: instantSchema,
  })
  .meta({ id: 'ObjectionRecord', description: 'An objection: a denial of each listed purpose.' });

export const moveRecordSchema = z
  .object({
    type: z.literal('move'),
    id: idSchema,
    memberId: idSchema,
    country: countryCodeSchema,
    subdivision: absentWhenNull(subdivisionCodeSchema),
    at: instantSchema,
  })
  .superRefine(withSubdivisionOfCountry)
  .meta({ id: 'MoveRecord', description: 'A change of residence.' });

export const statusRecordSchema = z
  .object({
    type: z.literal('status'),
    id: idSchema,
    memberId: idSchema,
    status: z.enum(MEMBER_STATUSES),
    at: instantSchema,
  })
  .meta({ id: 'StatusRecord', description: 'A change of account status.' });

export const deleteRecordSchema = z
  .object({
    type: z.literal('delete'),
    id: idSchema,
    contentId: idSchema,
    at: instantSchema,
  })
  .meta({ id: 'DeleteRecord', description: 'The deletion of one content item.' });

/** Per record type, the schema that validates one import line. */
export const RECORD_SCHEMAS = {
  member: memberRecordSchema,
  content: contentRecordSchema,
  consent: consentRecordSchema,
  objection: objectionRecordSchema,
  move: moveRecordSchema,
  status: statusRecordSchema,
  delete: deleteRecordSchema,
} as const;

export type MemberRecord = z.infer<typeof memberRecordSchema>;
export type ContentRecord = z.infer<typeof contentRecordSchema>;
export type ConsentRecord = z.infer<typeof consentRecordSchema>;
export type ObjectionRecord = z.infer<typeof objectionRecordSchema>;
export type MoveRecord = z.infer<typeof moveRecordSchema>;
export type StatusRecord = z.infer<typeof statusRecordSchema>;
export type DeleteRecord = z.infer<typeof deleteRecordSchema>;
/** Any validated import record. */
export type ImportRecord =
  | MemberRecord
  | ContentRecord
  | ConsentRecord
  | ObjectionRecord
  | MoveRecord
  | StatusRecord
  | DeleteRecord;
