// The PDFs that `npm run fixtures` wrote for the sample dossiers say what their dossier says (or, where
// fixture.yaml plants a mistake, what it plants). Checked with the real reader and the text facts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  bestMatch,
  containsName,
  findAmountsWan,
  findCreditCodes,
  findDates,
  labelledDate,
} from '../src/core/textfacts.js';
import { documentLayout } from '../src/core/layout.js';
import { inspectPdf } from '../src/pdf/inspect.js';
import { cnNumeralDate, cnUpper, enDate, wrapText } from '../scripts/fixture-text.js';

const ROOT = join(import.meta.dirname, '..');
const opts = { firstPages: 10, timeoutMs: 15_000, maxPages: 2000 };

type Loose = any;

function folders(): string[] {
  const out: string[] = [];
  for (const root of ['samples', 'test/fixtures/dossiers']) {
    const dir = join(ROOT, root);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const f = join(dir, name);
      if (!existsSync(join(f, 'dossier.yaml'))) continue;
      try {
        parse(readFileSync(join(f, 'dossier.yaml'), 'utf8'));
        out.push(f);
      } catch {
        // a sample whose YAML is broken on purpose
      }
    }
  }
  return out;
}

const cache = new Map<string, Promise<Awaited<ReturnType<typeof inspectPdf>> & { all: string }>>();
/** Each file is read once, as the checker does. */
function read(folder: string, file: string) {
  const path = join(folder, file);
  let r = cache.get(path);
  if (!r) {
    r = inspectPdf(readFileSync(path), opts).then((f) => ({ ...f, all: f.text.join('\n') }));
    cache.set(path, r);
  }
  return r;
}

const NOVELTY_LABELS = ['查新完成日期', '报告日期', '完成日期', '出具日期'];

describe.each(folders().map((f) => [f.slice(ROOT.length + 1), f]))('%s', (_name, folder) => {
  const d: Loose = parse(readFileSync(join(folder, 'dossier.yaml'), 'utf8'));
  const fx: Loose = existsSync(join(folder, 'fixture.yaml')) ? parse(readFileSync(join(folder, 'fixture.yaml'), 'utf8')) : {};
  const att: Loose = d.attachments ?? {};
  // Files planted as damaged (broken:) are judged by attachment-pdf, not read here.
  const scanned: string[] = [...(fx.scanned ?? []), ...Object.keys(fx.broken ?? {})];

  it('every declared PDF exists and opens; text unless planted as a scan', async () => {
    const files: [string, string][] = [];
    for (const [k, v] of Object.entries<Loose>(att)) {
      if (k === 'other') (v as string[]).forEach((f, i) => files.push([`other.${i}`, f]));
      else files.push([k, typeof v === 'string' ? v : v.file]);
    }
    (d.agreements ?? []).forEach((a: Loose, i: number) => files.push([`agreements.${i}`, a.file]));
    for (const [ref, file] of files) {
      if (fx.skip?.includes(ref) || fx.broken?.[ref]) continue;
      const f = await read(folder, file);
      expect(f.problem, `${ref} ${file}`).toBeUndefined();
      expect(f.hasText, `${ref} ${file}`).toBe(!scanned.includes(ref));
    }
  });

  it('the licence shows the applicant and the credit code (or the planted ones)', async () => {
    if (!att.businessLicense || scanned.includes('businessLicense')) return;
    const f = await read(folder, att.businessLicense);
    expect(containsName(f.all, fx.businessLicense?.name ?? d.applicant.name)).toBe(true);
    expect(findCreditCodes(f.all).map((c) => c.code)).toEqual([fx.businessLicense?.creditCode ?? d.applicant.creditCode]);
  });

  it('the novelty search report prints its completion date and the title', async () => {
    const ns = att.noveltySearch;
    if (!ns || scanned.includes('noveltySearch')) return;
    const f = await read(folder, ns.file);
    expect(labelledDate(documentLayout(f), NOVELTY_LABELS)?.date).toBe(fx.noveltySearch?.printedDate ?? ns.date);
    if (!fx.noveltySearch?.title) expect(bestMatch(f.all, d.project.title).score).toBe(1);
  });

  it('each agreement names its partner, prints validFrom/validUntil, and is bilingual when it should be', async () => {
    for (const [i, a] of (d.agreements ?? []).entries() as Iterable<[number, Loose]>) {
      if (scanned.includes(`agreements.${i}`)) continue;
      const ov = fx.agreements?.[i] ?? {};
      const f = await read(folder, a.file);
      expect(containsName(f.all, ov.partner ?? a.partner)).toBe(true);
      const dates = findDates(f.all).map((x) => x.date);
      expect(dates).toContain(ov.validFrom ?? a.validFrom);
      expect(dates).toContain(ov.validUntil ?? a.validUntil);
      const partner = (d.partners ?? []).find((p: Loose) => p.name === a.partner);
      const english = ov.english ?? (a.languages ? a.languages.includes('en') : partner?.country !== 'CN');
      expect(/Cooperation Agreement|Letter of Intent/.test(f.all), a.file).toBe(english);
      for (const [key, word] of [['content', '研究内容'], ['tasks', '任务分工'], ['term', '合同期限'], ['funding', '经费分配'], ['ip', '知识产权']]) {
        const expected = (a.covers ?? []).includes(key) && !(ov.omit ?? []).includes(key);
        expect(f.all.includes(word!), `${a.file} ${word}`).toBe(expected);
      }
    }
  });

  it('the funding commitment states the matching amount in 万元', async () => {
    if (!att.fundingCommitment || scanned.includes('fundingCommitment')) return;
    const f = await read(folder, att.fundingCommitment);
    const amounts = findAmountsWan(f.all).map((a) => a.wan);
    expect(new Set(amounts)).toEqual(new Set([fx.fundingCommitment?.matching ?? d.project.funding.matching]));
  });

  it('the audit report is for 2023, by a 会计师事务所, for the applicant', async () => {
    if (!att.auditReport || scanned.includes('auditReport')) return;
    const f = await read(folder, att.auditReport);
    expect(f.all).toContain(`${fx.auditReport?.year ?? 2023}年度`);
    expect(f.all.includes('会计师事务所')).toBe(fx.auditReport?.firm !== false);
    expect(containsName(f.all, fx.auditReport?.applicant ?? d.applicant.name)).toBe(true);
  });

  it('the employment proof names the lead and the applicant, with the hiring term when contracted', async () => {
    if (!att.employmentProof || scanned.includes('employmentProof')) return;
    const f = await read(folder, att.employmentProof);
    expect(containsName(f.all, fx.employmentProof?.name ?? d.lead.name)).toBe(true);
    expect(containsName(f.all, fx.employmentProof?.applicant ?? d.applicant.name)).toBe(true);
    if (d.lead.employment === 'contracted') {
      const term = f.all.split('\n').find((l) => l.includes('受聘期限')) ?? '';
      expect(findDates(term).at(-1)?.date).toBe(fx.employmentProof?.contractEnd ?? d.lead.contractEnd);
    }
  });
});

describe('generator helpers', () => {
  it('writes Chinese dates, amounts and English dates', () => {
    expect(cnNumeralDate('2024-06-18')).toBe('二〇二四年六月十八日');
    expect(cnNumeralDate('2024-10-20', true)).toBe('二〇二四年十月');
    expect(cnUpper(80)).toBe('捌拾');
    expect(cnUpper(105)).toBe('壹佰零伍');
    expect(cnUpper(1200)).toBe('壹仟贰佰');
    expect(cnUpper(80.5)).toBeUndefined();
    expect(enDate('2028-12-31')).toBe('December 31, 2028');
  });

  it('wraps lines without cutting dates, amounts or words, and keeps punctuation off line starts', () => {
    const width = (s: string) => [...s].length;
    const lines = wrapText('包括2023年12月31日的资产负债表，以及配套资金80万元。Cooperation Agreement', 12, width);
    expect(lines.join('')).toBe('包括2023年12月31日的资产负债表，以及配套资金80万元。Cooperation Agreement'.replace(' ', ''));
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
    expect(lines.some((l) => l.includes('2023年12月31日'))).toBe(true);
    expect(lines.some((l) => l.includes('80万元'))).toBe(true);
    expect(lines).toContain('Cooperation');
  });
});
