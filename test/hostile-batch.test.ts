// Batch resilience (issue 6): a bureau's folder where one dossier in ten is broken in every way the
// hostile tests name (alias bomb, 100 MB YAML, deep nesting, syntax, binary, FIFO and /dev/zero as
// dossier.yaml, .., absolute paths, symlinks out, /dev/zero, FIFO and directory attachments, control
// characters, truncated/encrypted/non-PDF files, the PDF that used to crash the process, wrong types,
// missing keys, extreme dates, huge numbers, NaN-like strings), checked by the CLI with the worker pool
// and real PDF reading. It finishes, reports every dossier with the status its kind calls for, exits 1,
// and the workbook has one row per dossier. Default 230 dossiers (every broken kind once, ~25 s);
// KJHZ_BATCH_SIZE=500 for the full size (npm run fuzz runs 500, with the 15-second PDF as well).
import { describe, expect, it } from 'vitest';
import { BROKEN_KINDS, runHostileBatch } from './helpers/hostile-batch.js';

const SIZE = Number(process.env.KJHZ_BATCH_SIZE ?? BROKEN_KINDS.length * 10);

describe('a batch with one dossier in ten broken', () => {
  it(`${SIZE} dossiers: all reported, statuses, exit code and workbook rows right`, async () => {
    const r = await runHostileBatch(SIZE);
    console.log(`hostile batch: ${r.total} cases (${r.broken} broken) in ${(r.ms / 1000).toFixed(1)} s: exit ${r.exitCode}, ${JSON.stringify(r.statuses)}`);
    expect(r.mismatches).toEqual([]);
    expect(r.reported).toBe(SIZE);
    expect(r.exitCode).toBe(1);
    expect(r.statuses.unreadable).toBeGreaterThan(0);
    expect(r.statuses.fail).toBeGreaterThan(0);
  }, 300_000);
});
