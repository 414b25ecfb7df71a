// kjhz check --fix / --fix-dry-run (issue 13.5): the mechanical mistakes of a hand-written dossier.yaml —
// Tab and 全角空格 indentation, 全角冒号 after a key, dates in other forms, full-width digits and letters,
// "40万元" — mended in place, comments, order and layout kept; then the mended file is checked. Nothing
// that changes a value's meaning is touched.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, ensureBuilt, kjhz, ROOT } from './cli-bin.js';
import { fixDossierText } from '../src/load/fix.js';

const SAMPLE = path.join(ROOT, 'samples', 'valid-key-country');
const original = `${readFileSync(path.join(SAMPLE, 'dossier.yaml'), 'utf8')}# 最后一行注释：保留\n`;
let tmp: string;
beforeAll(() => {
  ensureBuilt();
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-fix-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every mechanical mistake the fixer mends, each on its own line of the valid sample. */
const MECHANICAL: [string, string][] = [
  ['  field: 新材料', '  field：新材料'],
  ['lead:\n', 'lead：\n'],
  ['  title: 正高级工程师', '\ttitle: 正高级工程师'],
  ['  recommender: 太原市科学技术局', '\u3000recommender: 太原市科学技术局'],
  ['  registeredOn: 2015-03-02', '  registeredOn: 2015年3月2日'],
  ['  birthDate: 1985-04-12', '  birthDate: 1985/4/12'],
  ['    validFrom: 2024-10-20', '    validFrom: 2024.10.20'],
  ['    date: 2024-06-18', '    date: ２０２４－０６－１８'],
  ['{ requested: 40, matching: 80 }', '{ requested: 40万元, matching: ８０ }'],
  ['  creditCode: 91140100MA0L1K2M9L', '  creditCode: ９１１４０１００ＭＡ０Ｌ１Ｋ２Ｍ９Ｌ'],
  ['  idNumber: "140105198504120036"', '  idNumber: "１４０１０５１９８５０４１２００３６"'],
];
const broken = MECHANICAL.reduce((text, [from, to]) => {
  expect(text).toContain(from);
  return text.replace(from, to);
}, original);

function folder(name: string, text: string): string {
  const dir = path.join(tmp, name);
  cpSync(SAMPLE, dir, { recursive: true });
  writeFileSync(path.join(dir, 'dossier.yaml'), text);
  return dir;
}

describe('kjhz check --fix', () => {
  it('mends every mechanical mistake: the file is the original again, byte for byte (comments kept), and it checks clean', async () => {
    const dir = folder('all', broken);
    const before = await kjhz(['check', dir, '--as-of', AS_OF, '--no-pdf']);
    expect(before.code).toBe(1);
    const r = await kjhz(['check', dir, '--fix', '--as-of', AS_OF, '--no-pdf']);
    expect(readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toBe(original);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('形式审查预检通过');
    expect(r.stderr).toContain(`（${MECHANICAL.length}处）`);
    for (const w of ['Tab 缩进改为空格', '全角冒号“：”改为“: ”', '日期改为 YYYY-MM-DD', '金额去掉单位“万元”', '全角数字、字母改为半角']) expect(r.stderr).toContain(w);
    // the ID number it folded to ASCII is masked in what it prints, before and after
    expect(r.stderr).not.toMatch(/140105198504120036|１４０１０５１９８５０４１２００３６/);
    expect(r.stderr).toContain('140105********0036');
    // written atomically: no temporary file is left beside it
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--fix-dry-run shows the diff and writes nothing; then checks the file as it is', async () => {
    const dir = folder('dry', broken);
    const r = await kjhz(['check', dir, '--fix-dry-run', '--as-of', AS_OF, '--no-pdf']);
    expect(readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toBe(broken);
    expect(r.stderr).toContain('未写入');
    expect(r.stderr).toMatch(/^@@ -\d+ \+\d+ @@\n-\tfield|^-  field：新材料\n\+  field: 新材料$/m);
    expect(r.stderr).toContain('+  registeredOn: 2015-03-02');
    expect(r.stderr).not.toMatch(/140105198504120036|１４０１０５１９８５０４１２００３６/);
    expect(r.code).toBe(1);
  });

  it('keeps the report on stdout what --format says (JSON stays JSON)', async () => {
    const dir = folder('json', broken);
    const r = await kjhz(['check', dir, '--fix', '--format', 'json', '--as-of', AS_OF, '--no-pdf']);
    expect(JSON.parse(r.stdout).dossiers[0].status).toBe('pass');
  });

  it('says so when there is nothing to mend, and leaves the file alone', async () => {
    const dir = folder('clean', original);
    const r = await kjhz(['check', dir, '--fix', '--as-of', AS_OF, '--no-pdf']);
    expect(r.stderr).toContain('没有需要自动修正的机械错误');
    expect(readFileSync(path.join(dir, 'dossier.yaml'), 'utf8')).toBe(original);
  });
});

describe('what --fix never does', () => {
  it('never changes what a value means: 元 stays 元, a file name, an enum, free text and an unknown key stay as written', () => {
    const text = original
      .replace('{ requested: 40, matching: 80 }', '{ requested: 400000, matching: 800000元 }')
      .replace('  applicationForm: 申报书.pdf', '  applicationForm: 申报书.PDF')
      .replace('  category: key-country', '  category: 重点国别合作')
      .replace('  title: 高性能镁合金轻量化部件联合研发', '  title: 高性能镁合金轻量化部件联合研发（２０２５）')
      .replace('  location: 德国开姆尼茨', '  locaton：德国开姆尼茨');
    expect(fixDossierText(text)).toEqual({ text, changes: [] });
  });
  it('a full-width colon inside free text is not a key', () => {
    const text = original.replace('  summary: ', '  summary: 目标：');
    expect(fixDossierText(text).changes).toEqual([]);
  });
});
