// The purposes of SPEC §2: names, parents and labels, the one list every layer draws from.
import { z } from 'zod';

/** Every purpose Consentry governs, in the order they are shown. */
export const PURPOSES = ['train-ai', 'train-genai', 'share-affiliates'] as const;

export const purposeSchema = z.enum(PURPOSES).meta({
  description: 'A purpose from the IETF AI-preferences vocabulary (SPEC §2).',
});
export type Purpose = z.infer<typeof purposeSchema>;

/** The fixed hierarchy of SPEC §2: a denial of a parent denies its children. */
export const PURPOSE_PARENT: Readonly<Record<Purpose, Purpose | null>> = {
  'train-ai': null,
  'train-genai': 'train-ai',
  'share-affiliates': null,
};

/** How each purpose is named to members (the switch labels of the data-privacy page). */
export const PURPOSE_LABEL: Readonly<Record<Purpose, string>> = {
  'train-ai': 'Data for other AI models',
  'train-genai': 'Data for Generative AI Improvement',
  'share-affiliates': 'Share my data with affiliates',
};

/** True when the value names a purpose. */
export function isPurpose(value: unknown): value is Purpose {
  return typeof value === 'string' && (PURPOSES as readonly string[]).includes(value);
}
