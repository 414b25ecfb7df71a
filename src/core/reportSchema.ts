// The JSON report contract (docs/dossier-format.md §3) as a schema: what scripts may rely on.
// Tests validate every JSON report against it; `schemas/report.schema.json` is generated from it.
import { z } from 'zod';

const severity = z.enum(['error', 'warning', 'info']);
const clause = z.string().regex(/^[一二三四五六七八九十]+(\.\d+(\(\d+\))?)?$/, { message: 'clause like 一.3, 二.2, 三.2(7), 四.2' });

export const findingSchema = z.looseObject({
  rule: z.string().min(1),
  severity,
  clause,
  path: z.string().regex(/^[A-Za-z]+(\.([A-Za-z]+|\d+))*$/).optional(),
  message: z.string().min(1),
  hint: z.string().optional(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
  endLine: z.number().int().positive().optional(),
  endColumn: z.number().int().positive().optional(),
  excerpt: z.strictObject({ firstLine: z.number().int().positive(), lines: z.array(z.string()) }).optional(),
});

// Optional extensions (issue 12): how each material stands, which facts were verified, which attachments
// were read, and the folders a batch skipped. The states and reasons are the ones src/core/marks.ts derives.
const materialSchema = z.looseObject({
  id: z.string(),
  clause,
  label: z.string(),
  state: z.enum(['ok', 'problem', 'missing', 'not-needed', 'warning', 'not-read']),
  paths: z.array(z.string()),
});
const verifiedSchema = z.looseObject({ path: z.string(), what: z.string(), value: z.string(), fields: z.array(z.string()).optional(), disputed: z.literal(true).optional() });
const attachmentReadSchema = z.looseObject({
  path: z.string(),
  file: z.string(),
  read: z.enum(['text', 'ocr', 'not-read']),
  reason: z
    .enum(['pdf-off', 'not-opened', 'no-text', 'garbled', 'ocr-off', 'ocr-failed', 'too-large', 'timeout', 'too-many-pages', 'encrypted', 'corrupt', 'no-pages', 'missing', 'outside', 'not-regular', 'bad-name', 'empty', 'not-pdf'])
    .optional(),
});
const countsSchema = z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });
const skippedSchema = z.looseObject({
  path: z.string(),
  reason: z.enum(['empty', 'hidden', 'ignored', 'no-application', 'container-pdfs', 'symlink', 'too-deep', 'cannot-read']),
  message: z.string(),
});

export const reportSchema = z.looseObject({
  tool: z.looseObject({ name: z.literal('kjhz'), version: z.string() }),
  call: z.string(),
  callFile: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/),
  dossiers: z.array(
    z.looseObject({
      file: z.string(),
      title: z.string().optional(),
      applicant: z.string().optional(),
      category: z.string().optional(),
      status: z.enum(['pass', 'fail', 'unreadable']),
      counts: countsSchema,
      findings: z.array(findingSchema),
      materials: z.array(materialSchema).optional(),
      verified: z.array(verifiedSchema).optional(),
      attachments: z.array(attachmentReadSchema).optional(),
      notRead: z.number().int().nonnegative().optional(),
      hidden: countsSchema.optional(),
    }),
  ),
  skipped: z.array(skippedSchema).optional(),
  batch: z.looseObject({
    findings: z.array(z.looseObject({ rule: z.string(), severity, clause, dossiers: z.array(z.string()), message: z.string() })),
  }),
});
