// The shipped weights of the name tagger: sparse (only features that training moved), quantised to 16 bits
// and base64-encoded in lexicon/person-tagger-weights.ts, so the model is a source file like the name lists.
import { PERSON_TAGGER_WEIGHTS } from './lexicon/person-tagger-weights.js';
import { TAGGER_BITS, type PersonTaggerModel } from './person-tagger.js';

/** A model as it is stored: index gaps as LEB128 varints and Int16 values, both base64, with their scale. */
export interface EncodedTaggerModel {
  readonly bits: number;
  readonly scale: number;
  readonly threshold: number;
  readonly count: number;
  readonly gaps: string;
  readonly values: string;
  /** `WordTable.fingerprint(LEXICON_BITS)` of the shipped word lists the weights were trained on. */
  readonly lexicon: number;
}

/** Encodes dense weights, dropping those whose magnitude is below `floor`. */
export function encodeTaggerModel(weights: Float32Array, threshold: number, floor: number, lexicon: number): EncodedTaggerModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    const q = Math.round(w / scale);
    if (Math.abs(w) < floor || q === 0) continue;
    let gap = i - last;
    last = i;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    values.push(q);
  }
  return {
    bits: Math.log2(weights.length),
    scale,
    threshold,
    count: values.length,
    gaps: Buffer.from(gaps).toString('base64'),
    values: Buffer.from(new Int16Array(values).buffer).toString('base64'),
    lexicon,
  };
}

/** Decodes a stored model into dense weights. */
export function decodeTaggerModel(encoded: EncodedTaggerModel): PersonTaggerModel {
  if (encoded.bits !== TAGGER_BITS) throw new Error(`tagger model has ${encoded.bits} feature bits, the code expects ${TAGGER_BITS}`);
  const weights = new Float32Array(1 << encoded.bits);
  const gaps = Buffer.from(encoded.gaps, 'base64');
  // Copied so the Int16 view starts on an even byte (Buffer.from may hand out an odd offset into its pool).
  const values = new Int16Array(new Uint8Array(Buffer.from(encoded.values, 'base64')).buffer);
  let index = -1;
  let at = 0;
  for (let k = 0; k < encoded.count; k++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[at++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    index += gap;
    weights[index] = (values[k] ?? 0) * encoded.scale;
  }
  return { weights, threshold: encoded.threshold };
}

let shipped: PersonTaggerModel | undefined;

/** The model shipped with this version, decoded once per process (4 MB of weights). */
export function shippedTaggerModel(): PersonTaggerModel {
  shipped ??= decodeTaggerModel(PERSON_TAGGER_WEIGHTS);
  return shipped;
}
