// `consentry audit verify`: walks the hash chain and checks each audited record still matches it.
import { createChainVerifier, type AuditEntry, type ChainBreak } from '../domain/audit-chain.js';
import type { RecordType } from '../schema/records.js';
import { readAuditEntries, readAuditHead } from '../store/audit-log.js';
import { digestOf } from '../domain/digest.js';
import { entityCountOfBatch, entityRecordsOfBatch, historyRecordsById } from '../store/record-reads.js';
import { createLineageCollector } from './audit-lineage-checks.js';
import { certificateIn, createBatchCertifier, type CertifiedType } from './batch-certificate.js';
import type { Db } from '../store/store.js';

/** The outcome of a verification. */
export type AuditVerification =
  | { readonly intact: true; readonly entries: number; readonly headHash: string }
  | { readonly intact: false; readonly entries: number; readonly firstBadEntry: number; readonly problem: string };

type HistoryType = Exclude<RecordType, 'member' | 'content'>;

const RECORDED: Readonly<Partial<Record<AuditEntry['action'], HistoryType>>> = {
  'consent.recorded': 'consent',
  'objection.recorded': 'objection',
  'move.recorded': 'move',
  'status.recorded': 'status',
  'deletion.recorded': 'delete',
};

const PAGE = 2000;

/**
 * Verifies the chain (no entry altered, removed or reordered; the tail matches the recorded head),
 * that every audited history record is still stored with the digest the chain holds, and that the
 * members and content items are exactly those the import batches' entries certify.
 */
export async function verifyAudit(db: Db): Promise<AuditVerification> {
  const verifier = createChainVerifier();
  let firstBreak: ChainBreak | null = null;
  let page: AuditEntry[] = [];
  const lineage = createLineageCollector();
  for await (const entry of readAuditEntries(db)) {
    const broken = verifier.check(entry);
    if (broken !== null) {
      firstBreak = broken;
      break;
    }
    lineage.note(entry, RECORDED[entry.action]);
    page.push(entry);
    if (page.length >= PAGE) {
      firstBreak = await checkRecords(db, page);
      if (firstBreak !== null) break;
      page = [];
    }
  }
  firstBreak ??= await checkRecords(db, page);
  if (firstBreak === null) {
    const head = await readAuditHead(db);
    if (head.seq !== verifier.count) {
      firstBreak =
        head.seq > verifier.count
          ? { seq: verifier.count + 1, problem: `entry ${verifier.count + 1} is missing (the chain head records ${head.seq} entries)` }
          : { seq: head.seq + 1, problem: `entries after ${head.seq} were added outside Consentry (the chain head records ${head.seq})` };
    } else if (head.hash !== verifier.headHash) {
      firstBreak = { seq: head.seq, problem: 'the last entry does not match the recorded chain head (replaced)' };
    } else {
      firstBreak = await lineage.check(db, head.seq + 1);
    }
  }
  if (firstBreak === null) return { intact: true, entries: verifier.count, headHash: verifier.headHash };
  return { intact: false, entries: verifier.count, firstBadEntry: firstBreak.seq, problem: firstBreak.problem };
}

/** Whether the members and content items an import batch added still match its entry's certificate; a problem, or null. */
async function checkBatch(db: Db, entry: AuditEntry): Promise<ChainBreak | null> {
  const certificate = certificateIn(entry.payload);
  if (certificate === null) return null;
  for (const type of ['member', 'content'] as const satisfies readonly CertifiedType[]) {
    const certifier = createBatchCertifier();
    for await (const record of entityRecordsOfBatch(db, type, entry.subject)) certifier.add(record);
    const read = certifier.finish()[type];
    // Rows are read in line order; one planted without a line, or on a line already taken, is counted here.
    const found = { ...read, count: Math.max(read.count, await entityCountOfBatch(db, type, entry.subject)) };
    const wanted = certificate[type];
    if (found.count === wanted.count && found.sha256 === wanted.sha256) continue;
    const counts = `${found.count} stored, ${wanted.count} certified`;
    const what = found.count === wanted.count ? 'were altered' : found.count < wanted.count ? `were removed (${counts})` : `were joined by rows added outside Consentry (${counts})`;
    return { seq: entry.seq, problem: `the ${type} records of import batch ${entry.subject} it certifies ${what}` };
  }
  return null;
}

/** The first entry of a page whose certified records (history events, an import batch's rows) no longer match. */
async function checkRecords(db: Db, entries: readonly AuditEntry[]): Promise<ChainBreak | null> {
  const history = await checkHistory(db, entries);
  for (const entry of entries) {
    if (history !== null && entry.seq > history.seq) break;
    const broken = entry.action === 'import.batch' ? await checkBatch(db, entry) : null;
    if (broken !== null) return broken;
  }
  return history;
}

async function checkHistory(db: Db, entries: readonly AuditEntry[]): Promise<ChainBreak | null> {
  const wanted = new Map<HistoryType, { entry: AuditEntry; id: string; digest: string }[]>();
  for (const entry of entries) {
    const type = RECORDED[entry.action];
    const id = entry.payload['id'];
    const digest = entry.payload['digest'];
    if (type === undefined || typeof id !== 'string' || typeof digest !== 'string') continue;
    const list = wanted.get(type) ?? [];
    list.push({ entry, id, digest });
    wanted.set(type, list);
  }
  let first: ChainBreak | null = null;
  for (const [type, list] of wanted) {
    // Digests are recomputed from the stored columns: editing a column without its digest is caught too.
    const stored = await historyRecordsById(db, type, list.map((w) => w.id));
    for (const w of list) {
      const record = stored.get(w.id);
      const found = record === undefined ? undefined : digestOf(record);
      if (found === w.digest) continue;
      const problem = `the ${type} record ${w.id} it certifies was ${found === undefined ? 'removed' : 'altered'}`;
      if (first === null || w.entry.seq < first.seq) first = { seq: w.entry.seq, problem };
    }
  }
  return first;
}
