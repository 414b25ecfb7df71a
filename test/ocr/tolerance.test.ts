// What a recognition error may and may not do (src/core/textfacts.ts, src/rules/content.ts): a long name
// with one character misread is still found; a person's two-character name is not; a credit code read
// from a scan that fails its check character or is one character off is a warning to verify, a valid
// code of another unit an error. Also the OCR cache and the progress bar's count of recognised pages.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsName, containsNameOcr, nearlySame } from '../../src/core/textfacts.js';
import { licenseContent } from '../../src/rules/content.js';
import { defaultPolicy } from '../../src/policy/index.js';
import type { AttachmentFact } from '../../src/core/attachments.js';
import type { LooseDossier } from '../../src/model/dossier.js';
import { contentKey, defaultCacheDir, readCache, writeCache } from '../../src/ocr/cache.js';
import { createProgress } from '../../src/cli/progress.js';

describe('names read by OCR', () => {
  it('a long name with one character misread, dropped or added is found; an exact search does not find it', () => {
    const text = '兹证明赵敏同志受聘于晋城新能源材科有限公司，聘用岗位为专业技术岗位';
    expect(containsName(text, '晋城新能源材料有限公司')).toBe(false);
    expect(containsNameOcr(text, '晋城新能源材料有限公司')).toBe(true);
    expect(containsNameOcr('甲方：晋城新能源材有限公司', '晋城新能源材料有限公司')).toBe(true);
    expect(containsNameOcr('甲方：晋城新能源材料料有限公司', '晋城新能源材料有限公司')).toBe(true);
  });
  it('two characters wrong, or a short name one character off, is another name', () => {
    expect(containsNameOcr('晋城新能原材科有限公司', '晋城新能源材料有限公司')).toBe(false);
    expect(containsNameOcr('项目负责人：赵明', '赵敏')).toBe(false);
    expect(containsNameOcr('北京科大学', '北京科技大学')).toBe(true); // 6 characters: one may drop
    expect(containsNameOcr('北京大学', '北京科技大学')).toBe(false);
  });
  it('nearlySame counts substitutions, or one insertion or deletion', () => {
    expect(nearlySame('91140500MA0H7D2C75', '91140500MA0H7D2C76', 1)).toBe(true);
    expect(nearlySame('91140500MA0H7D2C75', '91140500MA0H7D2C7', 1)).toBe(true);
    expect(nearlySame('91140500MA0H7D2C75', '91140100MA0L1K2M9L', 1)).toBe(false);
  });
});

describe('a licence read from a scan', () => {
  const policy = defaultPolicy();
  const dossier = { applicant: { name: '晋城新能源材料有限公司', creditCode: '91140500MA0H7D2C75' }, attachments: { businessLicense: '营业执照.pdf' } } as unknown as LooseDossier;
  function findings(text: string, ocr: boolean): { id: string; severity: string }[] {
    const fact: AttachmentFact = {
      path: 'attachments.businessLicense',
      file: '营业执照.pdf',
      status: 'ok',
      pdf: { pages: 1, pageSizes: [], text: [text], hasText: true, ...(ocr ? { ocr: { pages: [1], failed: [], rotated: [], cached: false } } : {}) },
    };
    const out: { id: string; severity: string }[] = [];
    licenseContent.check({ dossier, policy, asOf: new Date(), attachments: new Map([[fact.path, fact]]) }, (id) => out.push({ id, severity: licenseContent.messages[id]?.severity ?? licenseContent.severity }), () => undefined);
    return out;
  }
  const licence = (code: string) => `营业执照\n统一社会信用代码${code}\n名称晋城新能源材料有限公司`;
  it('one character misread (the check character fails): a warning to verify, not "another unit"', () => {
    expect(findings(licence('91140500MA0H7D2C76'), true)).toEqual([{ id: 'codeUnsure', severity: 'warning' }]);
    // the same text in a born-digital PDF is what it says
    expect(findings(licence('91140500MA0H7D2C76'), false)).toEqual([{ id: 'otherCode', severity: 'error' }]);
  });
  it('a valid code of another unit is an error, scan or not', () => {
    expect(findings(licence('91140100MA0L1K2M9L'), true)).toEqual([{ id: 'otherCode', severity: 'error' }]);
  });
  it('the declared code read right: nothing to say', () => {
    expect(findings(licence('91140500MA0H7D2C75'), true)).toEqual([]);
  });
});

describe('the OCR cache', () => {
  it('lives in the XDG cache folder by default', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe('/x/cache/kjhz/ocr');
    expect(defaultCacheDir({})).toMatch(/\.cache\/kjhz\/ocr$/);
  });
  it('keeps entries by content and engine version; a damaged entry or another version is a miss', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kjhz-cache-'));
    try {
      const key = contentKey(new Uint8Array([1, 2, 3]));
      expect(readCache(dir, key, 'e1')).toBeUndefined();
      writeCache(dir, key, { engine: 'e1', pages: { 1: { failed: 'x' } } });
      expect(readCache(dir, key, 'e1')).toEqual({ engine: 'e1', pages: { 1: { failed: 'x' } } });
      expect(readCache(dir, key, 'e2')).toBeUndefined();
      writeCache(dir, key, { engine: 'e2', pages: {} });
      for (const f of readdirSync(dir)) writeFileSync(path.join(dir, f), '{not json');
      expect(readCache(dir, key, 'e2')).toBeUndefined();
      // a cache that cannot be written (its folder would be inside a file) is no error
      writeFileSync(path.join(dir, 'a-file'), '');
      expect(() => writeCache(path.join(dir, 'a-file', 'ocr'), key, { engine: 'e1', pages: {} })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the progress bar', () => {
  it('counts the pages recognised, also before the first dossier is done', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress('zh', { isTTY: true, columns: 120, write: (s: string) => (out.push(s), true) }, () => now);
    p.ocrPage();
    now = 500;
    p.ocrPage();
    expect(out.at(-1)).toMatch(/检查 0\/1 份.*已识别扫描页 2/);
  });
});

describe('born-digital PDFs', () => {
  it('never load the OCR engine, even with OCR on: no page needs it', async () => {
    const { readPdfBytes } = await import('../../src/pdf/read.js');
    const { ocrEngineLoaded } = await import('../../src/ocr/engine.js');
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../samples/valid-regional/在聘证明.pdf')));
    const facts = await readPdfBytes(bytes, { inspect: { firstPages: 3, timeoutMs: 15_000, maxPages: 2000 }, ocr: {}, seals: true });
    expect(facts.hasText).toBe(true);
    expect(facts.ocr).toBeUndefined();
    expect(facts.seals).toBeUndefined();
    expect(ocrEngineLoaded()).toBe(false);
  });
});
