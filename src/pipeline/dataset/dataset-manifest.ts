// The manifest.json of a dataset (SPEC §5): what was built, under which policy, and what was left out.
import type { PolicyPack } from '../../schema/policy-pack.js';
import type { Purpose } from '../../schema/purposes.js';
import { EXCLUSION_REASONS, type ExclusionReason, type Verdict } from '../../schema/reasons.js';
import { formatInstant, type Instant } from '../../schema/time.js';

/** A data file of the dataset. */
export interface DatasetFile {
  readonly path: string;
  readonly sha256: string;
  readonly records: number;
  readonly bytes: number;
}

/** The manifest written to DIR/manifest.json and stored with the dataset. */
export interface DatasetManifest {
  readonly datasetId: string;
  readonly purpose: Purpose;
  readonly snapshotAt: string;
  readonly shared: boolean;
  readonly recipients: readonly string[];
  readonly policy: { readonly id: string; readonly version: number; readonly sha256: string };
  readonly counts: { readonly considered: number; readonly included: number; readonly excluded: Partial<Record<ExclusionReason, number>> };
  readonly files: readonly DatasetFile[];
  readonly redaction: { readonly detectors: string; readonly operator: string };
  readonly documentation: string;
  readonly createdAt: string;
  readonly generator: string;
}

/** Tallies verdicts into the counts a manifest reports. */
export class VerdictTally {
  included = 0;
  considered = 0;
  private readonly excluded = new Map<ExclusionReason, number>();

  /** Counts one verdict. */
  add(verdict: Verdict): void {
    this.considered += 1;
    if (verdict === 'included') this.included += 1;
    else this.excluded.set(verdict, (this.excluded.get(verdict) ?? 0) + 1);
  }

  /** Excluded counts in rule order, listing only reasons that occurred. */
  excludedCounts(): Partial<Record<ExclusionReason, number>> {
    const counts: Partial<Record<ExclusionReason, number>> = {};
    for (const reason of EXCLUSION_REASONS) {
      const n = this.excluded.get(reason);
      if (n !== undefined) counts[reason] = n;
    }
    return counts;
  }
}

/** Assembles the manifest of a finished build. */
export function buildManifest(props: {
  datasetId: string;
  purpose: Purpose;
  snapshotAt: Instant;
  shared: boolean;
  recipients: readonly string[];
  pack: PolicyPack;
  packSha256: string;
  tally: VerdictTally;
  files: readonly DatasetFile[];
  redaction: { detectors: string; operator: string };
  documentation: string;
  createdAt: Instant;
}): DatasetManifest {
  return {
    datasetId: props.datasetId,
    purpose: props.purpose,
    snapshotAt: formatInstant(props.snapshotAt),
    shared: props.shared,
    recipients: props.recipients,
    policy: { id: props.pack.id, version: props.pack.version, sha256: props.packSha256 },
    counts: { considered: props.tally.considered, included: props.tally.included, excluded: props.tally.excludedCounts() },
    files: props.files,
    redaction: props.redaction,
    documentation: props.documentation,
    createdAt: formatInstant(props.createdAt),
    generator: 'consentry 0.1.0',
  };
}
