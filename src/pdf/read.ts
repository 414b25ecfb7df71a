// The PDF step of the pipeline: read an attachment already judged a PDF inside the dossier folder,
// once, and only the pages its checks need.
import { readFile } from 'node:fs/promises';
import type { AttachmentFact, PdfFacts } from '../core/attachments.js';
import type { Policy } from '../policy/policy.js';
import { inspectPdfIsolated } from './isolated.js';

/** Agreements are read whole (dates, English text and signatures may be anywhere, and they are short);
 * certificates, proofs and reports carry what is checked on their first pages. */
export function pagesNeeded(fieldPath: string): number {
  if (fieldPath.startsWith('agreements.')) return 30;
  if (fieldPath === 'attachments.auditReport') return 4;
  return 3;
}

export async function readPdfFile(absolutePath: string, fact: AttachmentFact, policy: Policy): Promise<PdfFacts | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolutePath);
  } catch (err) {
    return { pages: 0, pageSizes: [], text: [], hasText: false, problem: 'corrupt', problemDetail: `无法读取文件 cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
  // on a reader thread that is stopped at the time limit: one pdf.js step can run for minutes (src/pdf/isolated.ts)
  return inspectPdfIsolated(bytes, { firstPages: pagesNeeded(fact.path), timeoutMs: policy.attachment.readTimeoutMs, maxPages: policy.attachment.maxPages });
}
