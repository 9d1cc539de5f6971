// Walks the purpose hierarchy of SPEC §2: denials flow down to children, grants do not.
import { PURPOSE_PARENT, PURPOSES, type Purpose } from '../schema/purposes.js';

/** The purpose followed by its ancestors, nearest first (`train-genai` → [`train-genai`, `train-ai`]). */
export function purposeAndAncestors(purpose: Purpose): readonly Purpose[] {
  return LINEAGE[purpose];
}

/** The purpose and every purpose below it, which a denial of it also denies. */
export function purposeAndDescendants(purpose: Purpose): readonly Purpose[] {
  return PURPOSES.filter((p) => LINEAGE[p].includes(purpose));
}

function lineageOf(purpose: Purpose): Purpose[] {
  const chain: Purpose[] = [];
  for (let p: Purpose | null = purpose; p !== null; p = PURPOSE_PARENT[p]) chain.push(p);
  return chain;
}

const LINEAGE: Readonly<Record<Purpose, readonly Purpose[]>> = {
  'train-ai': lineageOf('train-ai'),
  'train-genai': lineageOf('train-genai'),
  'share-affiliates': lineageOf('share-affiliates'),
};
