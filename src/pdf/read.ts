// The PDF step of the pipeline: read an attachment already judged a PDF inside the dossier folder,
// once, and only the pages its checks need.
import { readFileSync } from 'node:fs';
import type { AttachmentFact, PdfFacts } from '../core/attachments.js';
import type { Policy } from '../policy/policy.js';
import { inspectPdfIsolated } from './isolated.js';
import { inspectPdf, type InspectOptions } from './inspect.js';

/** Agreements are read whole (dates, English text and signatures may be anywhere, and they are short);
 * certificates, proofs and reports carry what is checked on their first pages. */
export function pagesNeeded(fieldPath: string): number {
  if (fieldPath.startsWith('agreements.')) return 30;
  if (fieldPath === 'attachments.auditReport') return 4;
  return 3;
}

function inspectOptions(fact: AttachmentFact, policy: Policy): InspectOptions {
  return { firstPages: pagesNeeded(fact.path), timeoutMs: policy.attachment.readTimeoutMs, maxPages: policy.attachment.maxPages };
}

/** The file's bytes, read synchronously: the calling thread has nothing else to do meanwhile, and a
 * thread-pool round trip per file costs more than the read (npm run bench). */
function bytesOf(absolutePath: string): Uint8Array | PdfFacts {
  try {
    return readFileSync(absolutePath);
  } catch (err) {
    return unreadable(err);
  }
}

const unreadable = (err: unknown): PdfFacts => ({
  pages: 0,
  pageSizes: [],
  text: [],
  hasText: false,
  problem: 'corrupt',
  problemDetail: `无法读取文件 cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`,
});

export async function readPdfFile(absolutePath: string, fact: AttachmentFact, policy: Policy): Promise<PdfFacts | undefined> {
  const bytes = bytesOf(absolutePath);
  if (!(bytes instanceof Uint8Array)) return bytes;
  // on a reader thread that is stopped at the time limit: one pdf.js step can run for minutes (src/pdf/isolated.ts)
  return inspectPdfIsolated(bytes, inspectOptions(fact, policy));
}

/**
 * readPdfFile on the calling thread, for a thread that is itself stopped when a read overruns its time
 * limit: the batch pool's workers (src/check/pool.ts watches their reads), which so need no reader thread
 * of their own.
 */
export async function readPdfFileHere(absolutePath: string, fact: AttachmentFact, policy: Policy): Promise<PdfFacts | undefined> {
  const bytes = bytesOf(absolutePath);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return inspectPdf(bytes, inspectOptions(fact, policy));
}
