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
});

export const reportSchema = z.looseObject({
  tool: z.looseObject({ name: z.literal('kjhz'), version: z.string() }),
  call: z.string(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}([+-]\d{2}:\d{2}|Z)$/),
  dossiers: z.array(
    z.looseObject({
      file: z.string(),
      title: z.string().optional(),
      applicant: z.string().optional(),
      category: z.string().optional(),
      status: z.enum(['pass', 'fail', 'unreadable']),
      counts: z.strictObject({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
      findings: z.array(findingSchema),
    }),
  ),
  batch: z.looseObject({
    findings: z.array(z.looseObject({ rule: z.string(), severity, clause, dossiers: z.array(z.string()), message: z.string() })),
  }),
});
