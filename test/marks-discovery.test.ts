// The two pure-ish parts of issue 12, case by case: how discovery classifies folders (on a real file
// tree), and how src/core/marks.ts derives reads, states and disputes from a report's own data.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover, PathError } from '../src/load/discover.js';
import { runDiscovered } from '../src/check/run.js';
import { attachmentRead, markReport, verdictKind } from '../src/core/marks.js';
import type { AttachmentFact, PdfFacts } from '../src/core/attachments.js';
import type { DossierReport } from '../src/core/report.js';
import type { Finding } from '../src/core/finding.js';

const root = mkdtempSync(path.join(tmpdir(), 'kjhz-discover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes files (paths ending in / are folders) under a fresh folder. */
function tree(name: string, entries: string[]): string {
  const dir = path.join(root, name);
  for (const e of entries) {
    const full = path.join(dir, e);
    if (e.endsWith('/')) mkdirSync(full, { recursive: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, e.endsWith('.pdf') ? '%PDF-1.4\n' : 'x\n');
    }
  }
  return dir;
}

const rel = (dir: string) => (p: string) => path.relative(dir, p) || '.';
async function shape(dir: string) {
  const r = rel(dir);
  const found = await discover([dir]);
  return {
    entries: found.entries.map((e) => (e.kind === 'dossier' ? `dossier ${r(e.file)}${e.alsoFound ? ` +${e.alsoFound}` : ''}` : `${e.problem.kind} ${r(e.problem.folder)} ${e.problem.found.join(',')}`.trim())),
    skipped: found.skipped.map((s) => `${s.reason} ${r(s.folder)}`),
  };
}

describe('discovery: every application folder once, every other folder listed once', () => {
  it('a city folder: dossiers, dossier.yml, both names, PDF-only, misspelt, a notice PDF beside them, hidden, empty, other files', async () => {
    const dir = tree('city', [
      '通知.pdf',
      'a01/dossier.yaml', 'a01/x.pdf', 'a01/附件/y.pdf', 'a01/.cache/',
      'a02/dossier.yml',
      'a03/dossier.yaml', 'a03/dossier.yml',
      'a04/p.pdf', 'a04/附件/q.pdf',
      'a05/dossier (1).yaml', 'a05/p.pdf',
      'a06/DOSSIER.YAML',
      '.git/HEAD', 'node_modules/x/index.js', 'empty/', 'docs/说明.docx', 'deep/er/still/',
    ]);
    expect(await shape(dir)).toEqual({
      entries: ['dossier a01/dossier.yaml', 'dossier a02/dossier.yml', 'dossier a03/dossier.yaml +dossier.yml', 'no-dossier a04', 'misspelt a05 dossier (1).yaml', 'misspelt a06 DOSSIER.YAML'],
      skipped: ['container-pdfs .', 'hidden .git', 'no-application deep', 'no-application docs', 'empty empty', 'ignored node_modules'],
    });
  });

  it('a PDF-only folder named alone is one entry; a folder with nothing of the kind is exit 2', async () => {
    expect((await shape(tree('alone', ['a.pdf', 'b.pdf']))).entries).toEqual(['no-dossier .']);
    await expect(discover([tree('nothing', ['a.docx', 'sub/'])])).rejects.toBeInstanceOf(PathError);
  });

  it('a symlinked folder is listed as not followed; a nested application below a dossier is still found', async () => {
    const dir = tree('links', ['a01/dossier.yaml', 'a01/sub/dossier.yaml', 'target/dossier.yaml']);
    symlinkSync(path.join(dir, 'target'), path.join(dir, 'z-link'));
    expect(await shape(dir)).toEqual({ entries: ['dossier a01/dossier.yaml', 'dossier a01/sub/dossier.yaml', 'dossier target/dossier.yaml'], skipped: ['symlink z-link'] });
  });
});

describe('the entries discovery makes', () => {
  it('a folder named with an ID number, its misspelt dossier and a skipped folder: masked in every text', async () => {
    const id = '140105199003070020';
    const dir = tree('masked', [`申报-${id}/p.pdf`, `申报-${id}/dossier-${id}.yaml`, `空-${id}/`, 'a01/dossier.yaml']);
    const run = await runDiscovered(await discover([dir]), { asOf: new Date('2024-11-20T10:00:00+08:00'), lang: 'zh', cwd: dir });
    expect(run.dossiers.map((d) => d.status)).toEqual(['unreadable', 'unreadable']);
    expect(JSON.stringify(run)).not.toContain(id);
    expect(run.dossiers[1]!.file).toBe('申报-140105********0020/dossier-140105********0020.yaml');
    expect(run.skipped).toEqual([{ path: '空-140105********0020', reason: 'empty', message: '空文件夹' }]);
  });
});

const pdf = (extra: Partial<PdfFacts> = {}): PdfFacts => ({ pages: 1, pageSizes: [], text: ['营业执照'], hasText: true, ...extra });
const fact = (extra: Partial<AttachmentFact> = {}): AttachmentFact => ({ path: 'attachments.businessLicense', file: '营业执照.pdf', status: 'ok', ...extra });

describe('attachmentRead: read from text, by OCR, or not — and why', () => {
  it.each([
    ['--no-pdf', fact(), false, { read: 'not-read', reason: 'pdf-off' }],
    ['the reader gave nothing', fact(), true, { read: 'not-read', reason: 'not-opened' }],
    ['a missing file', fact({ status: 'missing' }), true, { read: 'not-read', reason: 'missing' }],
    ['over the size limit', fact({ status: 'too-large' }), true, { read: 'not-read', reason: 'too-large' }],
    ['a read timeout', fact({ pdf: pdf({ problem: 'timeout', hasText: false }) }), true, { read: 'not-read', reason: 'timeout' }],
    ['a scan without OCR', fact({ pdf: pdf({ hasText: false, text: [''] }) }), true, { read: 'not-read', reason: 'no-text' }],
    ['a scan, OCR switched off (--no-ocr)', fact({ pdf: { ...pdf({ hasText: false, text: [''] }), ocrOff: true } as PdfFacts }), true, { read: 'not-read', reason: 'ocr-off' }],
    ['a scan OCR failed on', fact({ pdf: { ...pdf({ hasText: false }), ocr: { pages: [], failed: [{ page: 1, detail: '?' }], rotated: [], cached: false } } as PdfFacts }), true, { read: 'not-read', reason: 'ocr-failed' }],
    ['a text layer that does not decode', fact({ pdf: pdf({ pageTexts: [{ page: 1, width: 595, height: 842, source: 'text', runs: [], unreadable: 'private-use' } as never] }) }), true, { read: 'not-read', reason: 'garbled' }],
    ['a text layer', fact({ pdf: pdf({ pageTexts: [{ page: 1, width: 595, height: 842, source: 'text', runs: [] }] }) }), true, { read: 'text' }],
    ['a page read by OCR', fact({ pdf: pdf({ pageTexts: [{ page: 1, width: 595, height: 842, source: 'ocr', runs: [] }] }) }), true, { read: 'ocr' }],
  ] as const)('%s', (_, f, requested, expected) => {
    expect(attachmentRead(f, requested)).toEqual({ path: f.path, file: f.file, ...expected });
  });
});

describe('markReport: states and disputes from the findings on each field', () => {
  const material = (id: string, paths: string[], scope: string[], state: 'ok' | 'missing' | 'not-needed' = 'ok') => ({ id, clause: '三', label: id, state, paths, scope });
  const report = (findings: Finding[], reads: DossierReport['attachments'] = []): DossierReport =>
    markReport({
      file: 'a/dossier.yaml',
      status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass',
      counts: { error: findings.filter((f) => f.severity === 'error').length, warning: findings.filter((f) => f.severity === 'warning').length, info: 0 },
      findings,
      materials: [
        material('agreements', ['agreements.0.file', 'agreements.1.file'], ['agreements', 'agreements.0', 'agreements.1']),
        material('noveltySearch', ['attachments.noveltySearch.file'], ['attachments.noveltySearch']),
        material('integrityPledge', [], ['attachments.integrityPledge'], 'not-needed'),
        material('auditReport', [], ['attachments.auditReport'], 'missing'),
      ],
      verified: [
        { path: 'agreements.0.file', what: '有效期至', value: '2027-12-31', fields: ['agreements.0.validUntil'] },
        { path: 'agreements.0.file', what: '合作单位', value: 'X', fields: ['agreements.0.partner'] },
        { path: 'attachments.noveltySearch.file', what: '查新完成日期', value: '2024-05-20', fields: ['attachments.noveltySearch.date'] },
      ],
      attachments: reads,
    });
  const f = (severity: Finding['severity'], p: string): Finding => ({ rule: 'r', severity, clause: '三', path: p, message: 'm' });
  const states = (r: DossierReport) => Object.fromEntries(r.materials!.map((m) => [m.id, m.state]));

  it('nothing disputes: ✔; structural states kept', () => {
    expect(states(report([]))).toEqual({ agreements: 'ok', noveltySearch: 'ok', integrityPledge: 'not-needed', auditReport: 'missing' });
  });

  it('an error on a field of an entry (agreements.1.validUntil) is ✘ for the material, and disputes only the facts of that field', () => {
    const r = report([f('error', 'agreements.0.validUntil')]);
    expect(states(r).agreements).toBe('problem');
    expect(r.verified!.map((v) => [v.what, v.disputed ?? false])).toEqual([['有效期至', true], ['合作单位', false], ['查新完成日期', false]]);
  });

  it('a finding on the file disputes every fact read in it; a warning is !, an info changes nothing', () => {
    const r = report([f('warning', 'agreements.0.file'), f('info', 'attachments.noveltySearch.file')]);
    expect(states(r)).toMatchObject({ agreements: 'warning', noveltySearch: 'ok' });
    expect(r.verified!.filter((v) => v.disputed).map((v) => v.what)).toEqual(['有效期至', '合作单位']);
  });

  it('not read wins over a warning, an error over not read; a warning on a not-needed material shows', () => {
    const unread = [{ path: 'attachments.noveltySearch.file', file: 'n.pdf', read: 'not-read' as const, reason: 'no-text' as const }];
    expect(states(report([f('warning', 'attachments.noveltySearch.file')], unread)).noveltySearch).toBe('not-read');
    expect(states(report([f('error', 'attachments.noveltySearch.date')], unread)).noveltySearch).toBe('problem');
    expect(states(report([f('warning', 'attachments.integrityPledge')])).integrityPledge).toBe('warning');
    expect(report([], unread).notRead).toBe(1);
  });

  it('marks are recomputed when findings are added (batch rules, discovery), and a pass not fully read is never a bare pass', () => {
    const r = report([]);
    r.findings.push(f('error', 'attachments.noveltySearch.date'));
    markReport(r);
    expect(states(r).noveltySearch).toBe('problem');
    expect(r.verified!.find((v) => v.what === '查新完成日期')!.disputed).toBe(true);
    const unread = report([], [{ path: 'agreements.0.file', file: 'a.pdf', read: 'not-read', reason: 'pdf-off' }]);
    expect([verdictKind(report([])), verdictKind(unread)]).toEqual(['pass', 'passNotRead']);
  });
});
