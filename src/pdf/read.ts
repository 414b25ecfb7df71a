// Placeholder wiring point for the PDF reader (src/pdf/inspect.ts).
import type { AttachmentFact, PdfFacts } from '../core/attachments.js';
import type { Policy } from '../policy/policy.js';

export async function readPdfFile(_absolutePath: string, _fact: AttachmentFact, _policy: Policy): Promise<PdfFacts | undefined> {
  return undefined;
}
