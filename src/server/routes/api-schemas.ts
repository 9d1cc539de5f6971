// The request and response schemas of /api/v1: validation, handler types and the OpenAPI document all come from here.
import { z } from 'zod';
import { BUILTIN_PACK_NAMES } from '../../domain/policy.js';
import { delegationKindSchema, roleSchema } from '../../schema/accounts.js';
import { regimeSchema } from '../../schema/policy-pack.js';
import { isPurpose, PURPOSES, purposeSchema } from '../../schema/purposes.js';
import { CONSENT_SOURCES, CONSENT_VALUES } from '../../schema/records.js';
import { exclusionReasonSchema } from '../../schema/reasons.js';
import { INSTANT_PATTERN, parseInstant, type Instant } from '../../schema/time.js';
import { ConsentryError, ERROR_CATALOGUE, type ErrorCode } from '../../domain/errors.js';

const consentValueSchema = z.enum(CONSENT_VALUES);
const policyRef = z.object({ id: z.string(), version: z.number().int() });

export const memberIdParams = z.object({
  id: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').meta({ description: 'The member id.' }),
});

export const purposeSettingSchema = z
  .object({
    purpose: purposeSchema,
    label: z.string(),
    on: z.boolean().meta({ description: 'Whether the member’s content may be used for the purpose now.' }),
    reason: exclusionReasonSchema.nullable(),
    regime: regimeSchema,
    explicit: z.object({ value: consentValueSchema, at: z.string(), by: z.string(), kind: z.enum(['consent', 'objection']) }).nullable(),
    explanation: z.string().meta({ description: 'Why, in plain words.' }),
    locked: z.boolean().meta({ description: 'A rule the member cannot change keeps it off.' }),
    changeable: z.boolean().meta({ description: 'Whether the caller may change it.' }),
  })
  .meta({ id: 'PurposeSetting' });

const signalSchema = z.object({ signal: z.string(), description: z.string(), receivedAt: z.string(), purposes: z.array(purposeSchema) });

export const settingsResponseSchema = z
  .object({
    member: z.object({ id: z.string(), name: z.string() }),
    at: z.string(),
    policy: policyRef,
    residence: z.object({ country: z.string(), countryName: z.string(), subdivision: z.string().nullable() }),
    purposes: z.array(purposeSettingSchema),
    signals: z.array(signalSchema),
  })
  .meta({ id: 'MemberSettings' });

export const settingsChangeSchema = z
  .object({
    settings: z
      .record(z.string(), consentValueSchema)
      .superRefine((settings, ctx) => {
        for (const key of Object.keys(settings)) {
          if (!isPurpose(key)) ctx.addIssue({ code: 'custom', path: [key], message: `unknown purpose "${key}"; expected one of ${PURPOSES.join(', ')}` });
        }
        if (Object.keys(settings).length === 0) ctx.addIssue({ code: 'custom', message: 'name at least one purpose' });
      })
      .meta({ description: 'Purpose → granted | denied, e.g. {"train-genai": "denied"}.' }),
  })
  .strict()
  .meta({ id: 'SettingsChange' });

export const settingsChangeResponseSchema = z.object({
  recorded: z.array(z.object({ id: z.string(), purpose: purposeSchema, value: consentValueSchema })),
  unchanged: z.array(purposeSchema),
  settings: settingsResponseSchema,
});

const trainingRunSchema = z.object({ runId: z.string(), model: z.string(), recipient: z.string().nullable(), startedAt: z.string() }).meta({ description: 'A model trained on the dataset.' });

const pendingRemovalSchema = z.object({
  contentId: z.string(),
  reason: exclusionReasonSchema,
  reasonText: z.string(),
  since: z.string(),
  removeBy: z.string().meta({ description: 'The promised removal date.' }),
  overdue: z.boolean(),
});

const usageDatasetSchema = z.object({
  datasetId: z.string(),
  purpose: purposeSchema,
  label: z.string(),
  snapshotAt: z.string(),
  builtAt: z.string().nullable(),
  policy: policyRef,
  shared: z.boolean(),
  recipients: z.array(z.string()),
  items: z.number().int(),
  trainingRuns: z.array(trainingRunSchema),
  stillEligible: z.number().int(),
  pendingRemoval: z.array(pendingRemovalSchema),
});

const optOutSchema = z.object({
  purpose: purposeSchema,
  label: z.string(),
  on: z.boolean(),
  datasets: z.array(z.object({ datasetId: z.string(), items: z.number().int() })),
  items: z.number().int(),
  removeBy: z.string(),
});

const usageTotalsSchema = z.object({ datasets: z.number().int(), items: z.number().int(), pendingRemoval: z.number().int(), shared: z.number().int() });

export const usageResponseSchema = z
  .object({
    member: z.object({ id: z.string(), name: z.string() }),
    at: z.string(),
    unlearningDays: z.number().int(),
    datasets: z.array(usageDatasetSchema),
    totals: usageTotalsSchema,
    optOut: z.array(optOutSchema),
  })
  .meta({ id: 'MemberUsage' });

export const reportEventSchema = z.object({
  id: z.string(),
  kind: z.enum(['consent', 'objection']),
  purposes: z.array(purposeSchema),
  value: consentValueSchema,
  at: z.string(),
  by: z.string().meta({ description: 'Who made it: the member, a named delegate, a browser signal.' }),
  source: z.enum(CONSENT_SOURCES),
  statement: z.string().nullable(),
});

export const reportResponseSchema = z
  .object({
    format: z.literal('consentry-usage-report/1'),
    generatedAt: z.string(),
    member: z.object({ id: z.string(), name: z.string(), email: z.string(), country: z.string(), subdivision: z.string().nullable() }),
    policy: policyRef,
    settings: z.array(purposeSettingSchema),
    signals: z.array(signalSchema),
    usage: z.object({ unlearningDays: z.number().int(), datasets: z.array(usageDatasetSchema), totals: usageTotalsSchema, optOut: z.array(optOutSchema) }),
    history: z.array(reportEventSchema),
  })
  .meta({ id: 'UsageReport' });

export const receiptsResponseSchema = z
  .object({
    memberId: z.string(),
    generatedAt: z.string(),
    receipts: z.array(
      z
        .looseObject({
          version: z.literal('KI-CR-v1.1.0'),
          consentReceiptID: z.string(),
          consentTimestamp: z.number().int(),
          piiPrincipalId: z.string(),
          iso27560: z.looseObject({ recordId: z.string(), consentStatus: z.enum(['given', 'withdrawn', 'refused']) }),
        })
        .meta({ description: 'Kantara Consent Receipt v1.1 fields, with ISO/IEC TS 27560 record elements under iso27560.' }),
    ),
  })
  .meta({ id: 'ConsentReceipts' });

export const objectionBodySchema = z
  .object({
    purposes: z
      .array(purposeSchema)
      .min(1, 'name at least one purpose')
      .refine((ps) => new Set(ps).size === ps.length, 'must not repeat a purpose'),
    statement: z.string().max(5000, 'must be at most 5,000 characters').optional(),
  })
  .strict()
  .meta({ id: 'ObjectionRequest' });

export const objectionCreatedSchema = z.object({ id: z.string(), at: z.string(), purposes: z.array(purposeSchema), settings: settingsResponseSchema });
export const objectionListSchema = z.object({ objections: z.array(reportEventSchema) });

/** Most triples one decisions call may ask about. */
export const MAX_DECISIONS = 1000;

export const decisionsBodySchema = z
  .object({
    policy: z.enum(BUILTIN_PACK_NAMES).optional().meta({ description: 'A built-in pack; the server’s pack (CONSENTRY_POLICY) when absent.' }),
    queries: z
      .array(
        z
          .object({
            memberId: z.string().min(1, 'must not be empty').max(200),
            purpose: purposeSchema,
            // A pattern check here and the calendar check in the handler (decisionMoments): the same
            // validation as instantSchema, at a quarter of its cost over a thousand triples.
            at: z.string().regex(INSTANT_PATTERN, 'must be an ISO 8601 UTC time like 2024-05-01T10:00:00Z').optional().meta({ description: 'ISO 8601 UTC moment, e.g. 2024-05-01T10:00:00Z; now when absent.' }),
          })
          .strict(),
      )
      .min(1, 'ask at least one question')
      .max(MAX_DECISIONS, `at most ${MAX_DECISIONS} queries per call; split the batch`),
  })
  .strict()
  .meta({ id: 'DecisionsRequest' });

/**
 * The moments of a batch as instants, now for those without one.
 * @throws ConsentryError E_INVALID_ARGUMENT listing each moment that names no real time (2025-02-30T…)
 */
export function decisionMoments(queries: readonly { at?: string | undefined }[], now: Instant): Instant[] {
  const problems: string[] = [];
  const moments = queries.map((q, i) => {
    if (q.at === undefined) return now;
    const at = parseInstant(q.at);
    if (at === null) problems.push(`queries.${i}.at: "${q.at}" is not a real moment (ISO 8601 UTC time like 2024-05-01T10:00:00Z)`);
    return at ?? now;
  });
  if (problems.length > 0) throw new ConsentryError('E_INVALID_ARGUMENT', `invalid request body: ${problems.join('; ')}`, problems);
  return moments;
}

const errorCodeSchema = z.enum(Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]]);

export const decisionsResponseSchema = z
  .object({
    policy: policyRef,
    decisions: z.array(
      z.union([
        z.object({ memberId: z.string(), purpose: purposeSchema, at: z.string(), allowed: z.boolean(), reason: exclusionReasonSchema.nullable(), regime: regimeSchema }),
        z.object({ memberId: z.string(), purpose: purposeSchema, at: z.string(), error: z.object({ code: errorCodeSchema, message: z.string() }) }),
      ]),
    ),
  })
  .meta({ id: 'DecisionsResponse' });

export const datasetsResponseSchema = z
  .object({
    datasets: z.array(
      z.object({
        id: z.string(),
        purpose: purposeSchema,
        snapshotAt: z.string(),
        shared: z.boolean(),
        recipients: z.array(z.string()),
        policy: policyRef,
        builtAt: z.string().nullable(),
        included: z.number().int(),
        builtBy: z.string(),
      }),
    ),
  })
  .meta({ id: 'Datasets' });

export const unlearningQuerySchema = z.object({ dataset: z.string().min(1).max(200).optional().meta({ description: 'Only this dataset.' }) });

export const unlearningResponseSchema = z.object({
  at: z.string(),
  datasets: z.array(
    z.object({
      datasetId: z.string(),
      purpose: purposeSchema,
      snapshotAt: z.string(),
      shared: z.boolean(),
      recipients: z.array(z.string()),
      policy: policyRef,
      items: z.array(z.object({ id: z.string(), memberId: z.string(), reason: exclusionReasonSchema })),
      trainingRuns: z.array(trainingRunSchema),
    }),
  ),
});

export const requestCreatedSchema = z.object({ requestId: z.string(), dueAt: z.string() });

export const requestListSchema = z.object({
  requests: z.array(
    z.object({
      id: z.string(),
      kind: z.literal('non-member-objection'),
      status: z.enum(['open', 'closed']),
      name: z.string(),
      email: z.string(),
      handles: z.array(z.string()),
      links: z.array(z.string()),
      statement: z.string().nullable(),
      receivedAt: z.string(),
      dueAt: z.string(),
      suppressionRef: z.string().nullable(),
    }),
  ),
});

export const requestListQuerySchema = z.object({ status: z.enum(['open', 'closed']).optional() });

export const meResponseSchema = z.object({
  account: z.object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema, memberId: z.string().nullable() }),
  actsFor: z.array(z.object({ memberId: z.string(), name: z.string(), kind: delegationKindSchema })),
  csrfToken: z.string().nullable().meta({ description: 'For session callers: send it as X-CSRF-Token on state-changing calls.' }),
});
