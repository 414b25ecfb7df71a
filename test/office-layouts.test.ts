// The content rules on PDFs made as applicants make them: LibreOffice exports of tables whose cells wrap,
// labels and values in separate cells, a header row holding the unit, text boxes out of reading order,
// two columns, a form field, and undecodable text layers (scripts/make-office-fixtures.ts wrote them;
// committed in test/fixtures/office). Each correct document gives the facts read and no finding; each
// twin gives the real error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AS_OF, okAttachments, policy, validDossier } from './helpers/dossier.js';
import { inspectPdf } from '../src/pdf/inspect.js';
import { checkRules } from '../src/rules/index.js';
import { runRules } from '../src/rules/engine.js';
import type { PdfFacts } from '../src/core/attachments.js';
import type { Finding } from '../src/core/finding.js';
import type { Category, LooseDossier } from '../src/model/dossier.js';

const DIR = join(import.meta.dirname, 'fixtures/office');
const read = (name: string): Promise<PdfFacts> => inspectPdf(readFileSync(join(DIR, `${name}.pdf`)), { firstPages: 30, timeoutMs: 30_000, maxPages: 2000 });

/** All rules on a valid dossier of the category whose file at `path` is this PDF. */
async function checkWith(category: Category, path: string, name: string, patch: (d: LooseDossier) => void = () => undefined) {
  const dossier = validDossier(category) as LooseDossier;
  patch(dossier);
  const attachments = okAttachments(dossier);
  attachments.set(path, { ...attachments.get(path)!, pdf: await read(name) });
  const r = runRules(checkRules, { dossier, policy, asOf: AS_OF, attachments }, 'zh') as { findings: Finding[]; verified: { path: string; what: string; value: string }[] };
  const at = (rule: string) => r.findings.filter((f) => f.rule === rule && f.path === path);
  const verified = r.verified.filter((v) => v.path === path).map((v) => `${v.what} ${v.value}`);
  return { at, verified, findings: r.findings.filter((f) => f.path === path) };
}

describe('a novelty report cover in a bordered table (labels wrap in narrow cells, the title and the date in a 3.8 cm cell)', () => {
  const path = 'attachments.noveltySearch.file';
  it('reads the completion date written in Chinese numerals over two lines, and the wrapped title', async () => {
    const r = await checkWith('key-country', path, 'novelty-table');
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('查新完成日期 2024-06-18');
    expect(r.verified.some((v) => v.startsWith('查新项目名称 高性能镁合金轻量化部件联合研发（100%）'))).toBe(true);
  });
  it('twin: a report for another project, completed before 2024-05-01, is both errors', async () => {
    const r = await checkWith('key-country', path, 'novelty-table-other');
    const errors = r.at('novelty-search-text').filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message).join('\n')).toMatch(/2024-04-10/);
    expect(errors.map((f) => f.message).join('\n')).toMatch(/稀土永磁电机高效冷却结构设计与产业化应用/);
  });
});

describe('a novelty report cover laid out in text boxes, written value before label', () => {
  it('pairs each label with its value', async () => {
    const r = await checkWith('key-country', 'attachments.noveltySearch.file', 'novelty-boxes');
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('查新完成日期 2024-06-18');
  });
});

describe('a funding commitment (matching 80万元 declared)', () => {
  const path = 'attachments.fundingCommitment';
  it.each(['commitment-table', 'commitment-wrapped', 'commitment-field'])('%s: the committed amount is read', async (name) => {
    const r = await checkWith('belt-and-road', path, name);
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('配套资金 80万元');
  });
  it.each([
    ['commitment-table-less', 60],
    ['commitment-wrapped-less', 40],
    ['commitment-field-less', 60],
  ])('twin %s: the smaller committed amount (%d万元) is an error', async (name, amount) => {
    const r = await checkWith('belt-and-road', path, name);
    const f = r.at('funding-commitment-text');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error' });
    expect(f[0]!.message).toContain(`${amount}万元`);
  });
});

describe('a licence whose credit code a narrow cell breaks over two lines', () => {
  const path = 'attachments.businessLicense';
  it('reads the code and the name', async () => {
    const r = await checkWith('belt-and-road', path, 'licence-narrow');
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('统一社会信用代码 91140100MA0G1H2KXP');
  });
  it('twin: another unit\'s code is an error', async () => {
    const r = await checkWith('belt-and-road', path, 'licence-narrow-other');
    expect(r.at('license-content')).toMatchObject([{ severity: 'error' }]);
    expect(r.at('license-content')[0]!.message).toContain('91140100MA0L1K2M32');
  });
});

describe('an agreement in two columns (its validity clause over a line break, a work plan with its own dates)', () => {
  const path = 'agreements.0.file';
  it('reads the five contents and the validity from its clause', async () => {
    const r = await checkWith('regional', path, 'agreement-columns');
    expect(r.findings).toEqual([]);
    expect(r.verified).toContain('有效期至 2027-12-31');
  });
  it('twin: valid to 2025 while the work plan runs to the declared 2027-12-31 — an error, never "有效期至 2027-12-31 ✔"', async () => {
    const r = await checkWith('regional', path, 'agreement-columns-short');
    expect(r.verified.filter((v) => v.startsWith('有效期至'))).toEqual([]);
    expect(r.at('agreement-text')).toMatchObject([{ severity: 'error' }]);
    expect(r.at('agreement-text')[0]!.message).toContain('2025-12-31');
  });
});

describe('an agreement whose text layer does not decode (fonts without ToUnicode; pdftops → ps2pdf)', () => {
  it.each(['agreement-no-tounicode', 'agreement-ps2pdf'])('%s: read like a scan — one warning to check by hand, no content error', async (name) => {
    const facts = await read(name);
    expect(facts.problem).toBeUndefined();
    expect(facts.hasText).toBe(false);
    expect(facts.pageTexts![0]!.unreadable).toBe('control-characters');
    const r = await checkWith('key-country', 'agreements.0.file', name);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.at('attachment-no-text')).toMatchObject([{ severity: 'warning' }]);
    expect(r.at('attachment-no-text')[0]!.message).toContain('请人工核对');
    expect(r.at('agreement-text')).toEqual([]);
  });
});
