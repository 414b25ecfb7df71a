// Electronic seals drawn as vector paths in born-digital PDFs (no picture): LibreOffice exports whose seals
// are a red ring, a star and the unit's name along the arc drawn as shapes, a copy of one converted to CMYK
// by ghostscript, and a red letterhead (red type, a red rule, a red underline) with and without a seal
// (scripts/make-office-fixtures.ts; committed in test/fixtures/office). Read as the CLI reads them
// (readPdfFile with OCR settings: pages that paint red paths are drawn and looked at for seals), then all
// rules of the regional dossier, whose domestic agreement 太原市智能装备研究院 and 清华大学 both seal.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AS_OF, okAttachments, policy, validDossier } from '../helpers/dossier.js';
import { readPdfFile } from '../../src/pdf/read.js';
import { maySetRed, paintsRedPath } from '../../src/pdf/inspect.js';
import { checkRules } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/engine.js';
import type { AttachmentFact, PdfFacts } from '../../src/core/attachments.js';
import type { Finding } from '../../src/core/finding.js';
import type { OcrChoice } from '../../src/ocr/scan.js';
import type { LooseDossier } from '../../src/model/dossier.js';

const DIR = join(import.meta.dirname, '../fixtures/office');
const AGREEMENT = 'agreements.0.file';
const PROOF = 'attachments.employmentProof';

/** The file read for the attachment at `path` as the CLI reads it (OCR on, no cache), or as asked. */
const read = (name: string, path: string, ...ocr: [OcrChoice | undefined] | []): Promise<PdfFacts | undefined> =>
  readPdfFile(join(DIR, `${name}.pdf`), { path, file: `${name}.pdf`, status: 'ok' } as AttachmentFact, policy, ...(ocr.length ? ocr : [{}]));

/** All rules on the valid regional dossier whose file at `path` is this PDF. */
async function checkWith(path: string, name: string) {
  const dossier = validDossier('regional') as LooseDossier;
  const attachments = okAttachments(dossier);
  const pdf = await read(name, path);
  attachments.set(path, { ...attachments.get(path)!, pdf });
  const r = runRules(checkRules, { dossier, policy, asOf: AS_OF, attachments }, 'zh') as { findings: Finding[]; verified: { path: string; what: string; value: string }[] };
  return {
    pdf: pdf!,
    findings: r.findings.filter((f) => f.path === path),
    seal: r.findings.filter((f) => f.rule === 'attachment-seal' && f.path === path),
    verified: r.verified.filter((v) => v.path === path).map((v) => `${v.what} ${v.value}`),
  };
}

describe('a domestic agreement with both units\' seals drawn as vector paths', { timeout: 120_000 }, () => {
  it('finds both seals on the signature page (the stamp words are on page 1 only): no seal warning, the seals listed as verified', async () => {
    const r = await checkWith(AGREEMENT, 'agreement-vector-seals');
    expect(r.pdf.redPathPages).toEqual([2]);
    expect(r.pdf.seals?.pages).toEqual([2]);
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('公章 2枚（第2页）');
    expect(r.verified).toContain('有效期至 2027-12-31');
  });
  it.each(['agreement-vector-seals-cmyk', 'agreement-vector-seals-icc'])('the same agreement with its colours converted by ghostscript (%s): the same seals', async (name) => {
    const r = await checkWith(AGREEMENT, name);
    expect(r.pdf.redPathPages).toEqual([2]);
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('公章 2枚（第2页）');
  });
  it('twin: only the applicant sealed — the warning names the seals it should have', async () => {
    const r = await checkWith(AGREEMENT, 'agreement-vector-seal-applicant');
    expect(r.seal).toHaveLength(1);
    expect(r.seal[0]!.severity).toBe('warning');
    expect(r.seal[0]!.message).toMatch(/^附件“[^”]+\.pdf”中只见1枚公章，应有申报单位“太原市智能装备研究院”和合作单位“清华大学”的公章（共2枚）$/u);
    expect(r.verified.filter((v) => v.startsWith('公章'))).toEqual([]);
  });
});

describe('a red letterhead is not a seal', { timeout: 120_000 }, () => {
  it('an employment proof on red letterhead, red rule and red underline, unsealed: the seal is missing (the page was drawn and looked at)', async () => {
    const r = await checkWith(PROOF, 'proof-letterhead');
    expect(r.pdf.redPathPages).toEqual([1]);
    expect(r.pdf.seals).toMatchObject({ pages: [1], colour: true, found: [] });
    expect(r.seal.map((f) => [f.severity, f.message])).toEqual([['warning', '附件“在职证明.pdf”中未见申报单位“太原市智能装备研究院”的公章']]);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('the same proof with a vector seal over the unit\'s name: one seal, the letterhead not counted', async () => {
    const r = await checkWith(PROOF, 'proof-letterhead-sealed');
    expect(r.pdf.seals?.found).toHaveLength(1);
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('公章 1枚（第1页）');
  });
});

describe('born-digital files without red paths cost what they cost before', { timeout: 120_000 }, () => {
  it('an Office export in black (a sealed document): no page drawn, nothing said about seals', async () => {
    const pdf = await read('agreement-columns', AGREEMENT);
    expect(pdf?.redPathPages).toBeUndefined();
    expect(pdf?.seals).toBeUndefined();
    expect(pdf?.ocr).toBeUndefined();
  });
  it('the content streams say beforehand which files may paint red: only those have their operators read', async () => {
    const black = ['agreement-columns', 'commitment-table', 'licence-narrow'].map((n) => join(DIR, `${n}.pdf`));
    const samples = join(import.meta.dirname, '../../samples/valid-regional');
    for (const f of [...black, ...readdirSync(samples).filter((n) => n.endsWith('.pdf')).map((n) => join(samples, n))]) expect(maySetRed(readFileSync(f)), f).toBe(false);
    for (const n of ['agreement-vector-seals', 'agreement-vector-seals-cmyk', 'agreement-vector-seals-icc', 'proof-letterhead']) expect(maySetRed(readFileSync(join(DIR, `${n}.pdf`))), n).toBe(true);
    // streams this cannot decode (encrypted): may
    expect(maySetRed(readFileSync(join(import.meta.dirname, '../fixtures/pdf/encrypted-user.pdf')))).toBe(true);
  });
  it('a document that need not be sealed is not looked at, red or not', async () => {
    const pdf = await read('agreement-vector-seals', 'attachments.noveltySearch.file');
    expect(pdf?.redPathPages).toBeUndefined();
    expect(pdf?.seals).toBeUndefined();
  });
  it('--no-ocr, and library use without OCR settings: the text layer only, as before', async () => {
    for (const ocr of [false, undefined] as const) {
      const pdf = await read('agreement-vector-seals', AGREEMENT, ocr);
      expect(pdf?.redPathPages).toBeUndefined();
      expect(pdf?.seals).toBeUndefined();
      expect(pdf?.hasText).toBe(true);
    }
  });
});

describe('paintsRedPath, on the operators pdf.js gives', () => {
  it('a path painted while the fill or stroke colour is seal red; not red text, not a colour restored away, not orange or dark red', async () => {
    const req = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const { OPS } = (await import(pathToFileURL(req.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href)) as { OPS: Record<string, number> };
    const ops = (...list: [string, unknown[]][]) => ({ fnArray: list.map(([op]) => OPS[op]!), argsArray: list.map(([, args]) => args) });
    const path = (paint: string): [string, unknown[]] => ['constructPath', [OPS[paint], [new Float32Array([0, 0, 0])], [0, 0, 10, 10]]];
    expect(paintsRedPath(ops(['setFillRGBColor', ['#d2232a']], path('fill')), OPS)).toBe(true);
    expect(paintsRedPath(ops(['setStrokeRGBColor', ['#e92d1d']], path('stroke')), OPS)).toBe(true);
    expect(paintsRedPath(ops(['setFillRGBColor', ['#ff0000']], path('fillStroke')), OPS)).toBe(true);
    // red type is text, not a path (a letterhead's name in red)
    expect(paintsRedPath(ops(['setFillRGBColor', ['#d2232a']], ['showText', [[]]]), OPS)).toBe(false);
    // a red stroke colour, but the path is only filled (in black)
    expect(paintsRedPath(ops(['setStrokeRGBColor', ['#d2232a']], path('fill')), OPS)).toBe(false);
    // set inside save/restore, painted after it
    expect(paintsRedPath(ops(['save', []], ['setFillRGBColor', ['#d2232a']], ['restore', []], path('fill')), OPS)).toBe(false);
    // a clip path (endPath) paints nothing
    expect(paintsRedPath(ops(['setFillRGBColor', ['#d2232a']], path('endPath')), OPS)).toBe(false);
    // orange (g > 0.35), dark red (r < 0.6), pink (b > 0.35)
    for (const c of ['#f08020', '#8b1a1a', '#e060a0']) expect(paintsRedPath(ops(['setFillRGBColor', [c]], path('fill')), OPS), c).toBe(false);
  });
});
