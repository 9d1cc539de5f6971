// The forms the pages accept, as zod schemas: the same validation as the API, with messages a person can act on.
import { z } from 'zod';
import { CONSENT_VALUES } from '../../schema/records.js';
import { purposeSchema } from '../../schema/purposes.js';

/** Form fields arrive as a string, or an array when repeated (checkboxes); absent means none. */
const list = (item: z.ZodType) => z.preprocess((v: unknown): unknown[] => (v === undefined || v === '' ? [] : Array.isArray(v) ? (v as unknown[]) : [v]), z.array(item));

/** Splits a textarea into its non-empty trimmed lines. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

export const settingFormSchema = z.object({
  purpose: purposeSchema,
  value: z.enum(CONSENT_VALUES),
  member: z.string().max(200).optional(),
  /** Which page to come back to: the data-privacy page, or the usage page's "say no" buttons. */
  return: z.enum(['privacy', 'usage']).default('privacy'),
});

export const objectionFormSchema = z.object({
  purposes: list(purposeSchema).pipe(z.array(purposeSchema).min(1, 'choose at least one use to object to')),
  statement: z.string().max(5000, 'must be at most 5,000 characters').optional(),
  member: z.string().max(200).optional(),
});

const handleSchema = z
  .string()
  .max(100, 'a handle must be at most 100 characters')
  .transform((h) => (h.startsWith('@') ? h : `@${h}`))
  .pipe(z.string().regex(/^@[\p{L}\p{N}_.-]{1,99}$/u, 'a handle is letters, digits, _ . or - (like @ada_b)'));

const linkSchema = z
  .string()
  .max(2000, 'a link must be at most 2,000 characters')
  .refine((l) => {
    try {
      const url = new URL(l);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'each link must be a web address starting with https://');

/** The public objection form (also the body of POST /api/v1/requests, as JSON arrays). */
export const publicObjectionSchema = z.object({
  name: z.string().trim().min(1, 'tell us your name').max(200, 'must be at most 200 characters'),
  email: z.string().trim().pipe(z.email('must be an e-mail address such as ada@example.org').max(320)),
  handles: z.union([z.array(z.string()), z.string().transform(lines)]).default([]).pipe(z.array(handleSchema).max(20, 'at most 20 handles')),
  links: z.union([z.array(z.string()), z.string().transform(lines)]).default([]).pipe(z.array(linkSchema).max(50, 'at most 50 links')),
  statement: z.string().trim().max(5000, 'must be at most 5,000 characters').optional(),
});

export const signInFormSchema = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(1024, 'is too long').default(''),
  next: z.string().optional(),
});
