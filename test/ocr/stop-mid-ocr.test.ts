// A worker stopped while it recognises a scan (its dossier ran out of time): before src/ocr/gate.ts the
// whole process aborted ("terminate called after throwing an instance of 'Napi::Error'": onnxruntime-node
// inside a thread being torn down), taking every other dossier of the batch with it. Now the pool stops the
// worker between two model runs: the dossier gets its time-out finding, and the run goes on.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { readPdfFile } from '../../src/pdf/read.js';
import { AS_OF, ensureBuilt, ROOT } from '../cli-bin.js';

const scans = path.join(ROOT, 'test/fixtures/scans');

describe('a dossier that runs out of time in the middle of OCR', { timeout: 600_000 }, () => {
  it('is one time-out finding; the process lives and the batch goes on', async () => {
    ensureBuilt();
    const files = ['regional-clean', 'key-country'].map((d) => path.join(scans, d, 'dossier.yaml'));
    // (no cache: every scanned page is recognised, far longer than the dossier's few seconds; stopped at
    // several moments, so that some stops fall inside a model run)
    for (const seconds of [3, 4, 5, 6, 7]) {
      const r = await runCheck(files, { asOf: new Date(AS_OF), lang: 'zh', cwd: ROOT, readPdf: readPdfFile, ocr: {}, workers: 2, dossierTimeoutMs: seconds * 1000 });
      expect(r.dossiers).toHaveLength(2);
      for (const d of r.dossiers) {
        expect(d.status).toBe('unreadable');
        expect(d.findings[0]).toMatchObject({ rule: 'internal-error', severity: 'error' });
        expect(d.findings[0]!.message).toContain(`超过${seconds}秒仍未完成`);
      }
    }
  });
});
