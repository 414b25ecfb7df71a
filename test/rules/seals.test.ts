// attachment-seal (src/rules/seals.ts) with literal facts: what the seal detector found on the pages of
// the documents that must be sealed, against what the dossier declares (二.3, 三.2(2), 三.2(4), 二.8).
import { describe, expect, it } from 'vitest';
import { attachmentSeals } from '../../src/rules/seals.js';
import { defaultPolicy } from '../../src/policy/index.js';
import type { AttachmentFact, PdfFacts } from '../../src/core/attachments.js';
import type { LooseDossier } from '../../src/model/dossier.js';

const policy = defaultPolicy();
const seal = (page: number) => ({ page, x: 300, y: 600, width: 119, height: 119 });
const pdf = (seals: PdfFacts['seals']): PdfFacts => ({ pages: 1, pageSizes: [], text: ['…'], hasText: true, ...(seals ? { seals } : {}) });
const dossier = {
  applicant: { name: '晋城新能源材料有限公司' },
  partners: [{ name: '北京科技大学', country: 'CN' }],
  agreements: [{ file: 'a.pdf', partner: '北京科技大学', sealed: { applicant: true, partner: true } }],
  attachments: { employmentProof: 'e.pdf' },
} as unknown as LooseDossier;

function run(facts: Record<string, PdfFacts>) {
  const attachments = new Map<string, AttachmentFact>(Object.entries(facts).map(([path, p]) => [path, { path, file: path.startsWith('agreements') ? 'a.pdf' : 'e.pdf', status: 'ok', pdf: p }]));
  const found: { id: string; message: string }[] = [];
  const notes: string[] = [];
  const notesEn: string[] = [];
  attachmentSeals.check({ dossier, policy, asOf: new Date(), attachments }, (id, params) => found.push({ id, message: JSON.stringify(params) }), (path, what, value) => {
    notes.push(`${path} ${what.zh} ${typeof value === 'string' ? value : value.zh}`);
    notesEn.push(`${path} ${what.en} ${typeof value === 'string' ? value : value.en}`);
  });
  return { found, notes, notesEn };
}

describe('attachment-seal', () => {
  it('a domestic agreement with both seals and a proof with the applicant\'s: listed as verified', () => {
    const r = run({ 'agreements.0.file': pdf({ pages: [1], colour: true, found: [seal(1), seal(1)] }), 'attachments.employmentProof': pdf({ pages: [1], colour: true, found: [seal(1)] }) });
    expect(r.found).toEqual([]);
    expect(r.notes).toEqual(['agreements.0.file 公章 2枚（第1页）', 'attachments.employmentProof 公章 1枚（第1页）']);
    // said in the report's language
    expect(r.notesEn).toEqual(['agreements.0.file seals 2 (page 1)', 'attachments.employmentProof seals 1 (page 1)']);
  });
  it('one seal where both units declared theirs: a warning naming both', () => {
    const r = run({ 'agreements.0.file': pdf({ pages: [1], colour: true, found: [seal(1)] }) });
    expect(r.found.map((f) => f.id)).toEqual(['fewer']);
    expect(r.found[0]!.message).toMatch(/晋城新能源材料有限公司.*北京科技大学/);
  });
  it('no seal on a colour scan: missing; on a grey scan: said once that it cannot be checked', () => {
    expect(run({ 'attachments.employmentProof': pdf({ pages: [1], colour: true, found: [] }) }).found.map((f) => f.id)).toEqual(['missing']);
    expect(run({ 'attachments.employmentProof': pdf({ pages: [1], colour: false, found: [] }) }).found.map((f) => f.id)).toEqual(['grey']);
    // a grey scan OCR read nothing from: its attachment-no-text warning already says to check it by hand
    expect(run({ 'attachments.employmentProof': { ...pdf({ pages: [1], colour: false, found: [] }), text: [''], hasText: false } }).found).toEqual([]);
  });
  it('nothing said where no page was looked at (--no-ocr, a born-digital PDF without images)', () => {
    expect(run({ 'agreements.0.file': pdf(undefined), 'attachments.employmentProof': pdf({ pages: [], colour: false, found: [] }) })).toEqual({ found: [], notes: [], notesEn: [] });
  });
});
