// The policy-pack document of SPEC §3: validation, types and field documentation from one schema.
import { z } from 'zod';
import { PURPOSES, purposeSchema } from './purposes.js';
import { instantSchema } from './time.js';
import { CONTENT_KINDS } from './records.js';

export const REGIMES = ['excluded', 'opt-in', 'opt-out'] as const;
export const regimeSchema = z.enum(REGIMES);
/** How a purpose may be used in a jurisdiction: never, after a grant, or unless denied. */
export type Regime = z.infer<typeof regimeSchema>;

/** Jurisdiction keys: ISO 3166-2 subdivision, ISO 3166-1 alpha-2 country, or `*`. */
export const JURISDICTION_KEY = /^(\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$/;

const purposeEntrySchema = z.object({
  effectiveAt: instantSchema.meta({ description: 'From this moment the purpose may be used (members were told before).' }),
  parent: purposeSchema.optional().meta({ description: 'Must match SPEC §2 when given.' }),
  noticeAt: instantSchema.optional().meta({ description: 'When members were told (informational).' }),
});

const regimeTableSchema = z.partialRecord(purposeSchema, regimeSchema);

export const policyPackSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'must be a lowercase slug (a-z, 0-9, . _ -), at most 64 characters'),
    version: z.number().int().positive(),
    name: z.string().optional(),
    description: z.string().optional(),
    minimumAge: z.number().int().min(0).max(150),
    unknownAge: z.enum(['exclude', 'include']),
    visibility: z.array(z.string().min(1)).min(1),
    kinds: z.array(z.enum(CONTENT_KINDS)),
    legacyContent: z.enum(['allowed', 'explicit-grant-only']),
    purposes: z.partialRecord(purposeSchema, purposeEntrySchema),
    jurisdictions: z.record(z.string().regex(JURISDICTION_KEY, 'must be *, a country (US) or a subdivision (US-CA)'), regimeTableSchema),
  })
  .meta({ id: 'PolicyPack', description: 'A policy pack (SPEC §3).' });

/** A validated policy pack document. */
export type PolicyPack = z.infer<typeof policyPackSchema>;

export { PURPOSES };
