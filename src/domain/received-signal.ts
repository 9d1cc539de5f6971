// Turns the privacy headers of one request into the distinct signals to record (SPEC §2 mapping).
import type { Purpose } from '../schema/purposes.js';
import { contentUsageDenials, GPC_DENIALS, isGpcSignal } from './machine-signals.js';

/** A machine signal to record once per member: its key, the header as received, and the purposes it denies. */
export interface MachineSignal {
  /** `gpc`, or `content-usage:<purposes>` — one record per distinct key and member. */
  readonly key: string;
  readonly header: string;
  readonly purposes: readonly Purpose[];
}

const MAX_HEADER_SHOWN = 200;

/** The signals carried by a request's `Sec-GPC` and `Content-Usage` headers (none when absent or granting). */
export function signalsFromHeaders(secGpc: string | undefined, contentUsage: string | undefined): MachineSignal[] {
  const signals: MachineSignal[] = [];
  if (isGpcSignal(secGpc)) signals.push({ key: 'gpc', header: 'Sec-GPC: 1', purposes: GPC_DENIALS });
  const denied = contentUsageDenials(contentUsage);
  if (denied.length > 0 && contentUsage !== undefined) {
    const purposes = [...denied].sort();
    signals.push({ key: `content-usage:${purposes.join('+')}`, header: `Content-Usage: ${contentUsage.slice(0, MAX_HEADER_SHOWN)}`, purposes });
  }
  return signals;
}
