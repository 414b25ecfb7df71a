// Chinese values everywhere a person types one (issue 13.1): every enumerated value accepts its Chinese
// names, booleans 是/否/有/无/对/错, countries their Chinese names, languages 中文/英文, full-width digits and
// letters fold to ASCII — normalised when the dossier is loaded, so rules see one form; locations stay right.
// The five valid samples' Chinese-valued twins get exactly the findings of the English-coded originals.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadDossierText, type Loaded } from '../src/load/yaml.js';
import { checkDossier } from '../src/check/checkDossier.js';
import { readPdfFile } from '../src/pdf/read.js';
import { VOCABULARY, codeOf, labelOf, type VocabularyName } from '../src/model/vocabulary.js';
import { countryCodeOf } from '../src/model/countries.js';
import { dossierJsonSchema } from '../src/model/jsonSchema.js';
import { chineseTwin } from './helpers/chinese-twin.js';
import { validDossier } from './helpers/dossier.js';

const ROOT = path.resolve(__dirname, '..');
const AS_OF = new Date('2024-11-20T10:00:00+08:00');
const VALID = ['valid-aid', 'valid-base-platform', 'valid-belt-and-road', 'valid-key-country', 'valid-regional'];
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kjhz-zh-values-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const loaded = (text: string): Extract<Loaded, { ok: true }> => {
  const r = loadDossierText(text, 'zh');
  if (!r.ok) throw new Error(JSON.stringify(r.findings));
  return r;
};

describe('the vocabularies', () => {
  it('know every code by its code, its Chinese label and each alias, and no word stands for two codes of one field', () => {
    for (const name of Object.keys(VOCABULARY) as VocabularyName[]) {
      const v = VOCABULARY[name];
      for (const code of v.codes) {
        const term = (v.terms as Record<string, { label: { zh: string }; aliases: readonly string[] }>)[code]!;
        expect(codeOf(name, code), `${name} ${code}`).toBe(code);
        expect(codeOf(name, term.label.zh), `${name} ${term.label.zh}`).toBe(code);
        for (const a of term.aliases) expect(codeOf(name, a), `${name} alias ${a}`).toBe(code);
      }
    }
  });
  it('read the names the notice and applicants use', () => {
    const cases: [VocabularyName, string, string][] = [
      ['category', '区域合作项目', 'regional'],
      ['category', '“一带一路”科技合作项目', 'belt-and-road'],
      ['category', '一带一路', 'belt-and-road'],
      ['category', '重点国别科技合作项目', 'key-country'],
      ['category', '国际合作基地与平台项目', 'base-platform'],
      ['category', '科技援助合作项目', 'aid'],
      ['category', 'Key_Country', 'key-country'],
      ['applicantKind', '企业', 'enterprise'],
      ['applicantKind', '事业单位', 'institution'],
      ['applicantKind', '高校', 'university'],
      ['titleRank', '正高级', 'senior'],
      ['titleRank', '副高级', 'associate-senior'],
      ['titleRank', '副高', 'associate-senior'],
      ['titleRank', '中级', 'intermediate'],
      ['degree', '博士', 'doctorate'],
      ['degree', '硕士', 'master'],
      ['employment', '在职', 'employed'],
      ['employment', '在岗', 'on-post'],
      ['employment', '在聘', 'contracted'],
      ['signatoryRank', '教授', 'professor'],
      ['signatoryRank', '副教授', 'associate-professor'],
      ['signatoryRank', '研究员', 'researcher'],
      ['signatoryRank', '副研究员', 'associate-researcher'],
      ['signatoryRank', '讲师', 'lecturer'],
      ['agreementType', '合作协议', 'agreement'],
      ['agreementType', '意向书', 'intent'],
      ['agreementType', '电子邮件', 'email'],
      ['agreementContent', '经费分配', 'funding'],
      ['target', '成果转化', 'transfer'],
      ['partnerKind', '科研院所', 'institute'],
      ['baseLevel', '省级', 'provincial'],
      ['cooperationStatus', '已结题', 'completed'],
      // as offices write them (the notice's words, a certificate's, a licence's)
      ['applicantKind', '有限责任公司', 'enterprise'],
      ['applicantKind', '股份有限公司', 'enterprise'],
      ['applicantKind', '中央驻晋企业', 'enterprise'],
      ['applicantKind', '事业单位法人', 'institution'],
      ['titleRank', '教授级高级工程师', 'senior'],
      ['titleRank', '研究员', 'senior'],
      ['titleRank', '高级工程师', 'associate-senior'],
      ['titleRank', '副教授', 'associate-senior'],
      ['degree', '工学博士', 'doctorate'],
      ['degree', '工程硕士', 'master'],
      ['employment', '在职在岗', 'employed'],
      ['signatoryRank', 'Full Professor', 'professor'],
      ['signatoryRank', '准教授', 'associate-professor'],
      ['signatoryRank', 'Senior Vice President', 'senior-manager'],
      ['signatoryRank', '首席科学家', 'senior-manager'],
      ['signatoryRank', 'Principal Researcher', 'researcher'],
      ['agreementType', '合作框架协议', 'agreement'],
      ['agreementType', '谅解备忘录', 'intent'],
      ['agreementType', 'MoU', 'intent'],
      ['agreementContent', '有效期', 'term'],
      ['agreementContent', '知识产权归属和利益分配', 'ip'],
    ];
    for (const [name, written, code] of cases) expect(codeOf(name, written), written).toBe(code);
    expect(labelOf('titleRank', 'associate-senior', 'zh')).toBe('副高级');
  });
  it('read countries by their Chinese and English names', () => {
    for (const [written, code] of [['德国', 'DE'], ['香港', 'HK'], ['中国香港', 'HK'], ['澳门', 'MO'], ['美国', 'US'], ['美利坚合众国', 'US'], ['英国', 'GB'], ['韩国', 'KR'], ['日本', 'JP'], ['哈萨克斯坦', 'KZ'], ['中国', 'CN'], ['Germany', 'DE'], ['DEU', 'DE'], ['de', 'DE'], ['以色列', 'IL'], ['俄罗斯', 'RU']]) {
      expect(countryCodeOf(written!), written).toBe(code);
    }
    expect(countryCodeOf('亚特兰蒂斯')).toBeUndefined();
  });
});

describe('the loader normalises, keeping each value where it was written', () => {
  const source = stringify(validDossier('key-country'));
  const set = (from: string, to: string) => {
    expect(source).toContain(from);
    return source.replace(from, to);
  };
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it.each([
    ['category: key-country', 'category: 重点国别科技合作项目', (d: any) => d.project.category, 'key-country'],
    ['titleRank: associate-senior', 'titleRank: 副高级', (d: any) => d.lead.titleRank, 'associate-senior'],
    ['degree: doctorate', 'degree: 博士', (d: any) => d.lead.degree, 'doctorate'],
    ['employment: employed', 'employment: 在职', (d: any) => d.lead.employment, 'employed'],
    ['rank: researcher', 'rank: 研究员', (d: any) => d.partners[0].signatory.rank, 'researcher'],
    ['country: DE', 'country: 德国', (d: any) => d.partners[0].country, 'DE'],
    ['legalPerson: true', 'legalPerson: 是', (d: any) => d.applicant.legalPerson, true],
    ['stateSecret: false', 'stateSecret: 否', (d: any) => d.project.declarations.stateSecret, false],
    ['misconduct: false', 'misconduct: 无', (d: any) => d.applicant.credit.misconduct, false],
    ['legalPerson: true', 'legalPerson: 有', (d: any) => d.applicant.legalPerson, true],
    ['legalPerson: true', 'legalPerson: 对', (d: any) => d.applicant.legalPerson, true],
    ['stateSecret: false', 'stateSecret: 错', (d: any) => d.project.declarations.stateSecret, false],
    ['requested: 40', 'requested: ４０', (d: any) => d.project.funding.requested, 40],
    ['creditCode: "121400006000373416"', 'creditCode: "１２１４００００６０００３７３４１６"', (d: any) => d.applicant.creditCode, '121400006000373416'],
    ['idNumber: "140105199003070020"', 'idNumber: "１４０１０５１９９００３０７００２０"', (d: any) => d.lead.idNumber, '140105199003070020'],
    ['birthDate: 1990-03-07', 'birthDate: １９９０-０３-０７', (d: any) => d.lead.birthDate, '1990-03-07'],
  ])('%s → %s', (from, to, get, want) => {
    const text = set(from, to);
    const r = loaded(text);
    expect(r.findings).toEqual([]);
    expect(get(r.dossier)).toEqual(want);
    const key = from.split(':')[0]!;
    const path = { category: 'project.category', titleRank: 'lead.titleRank', degree: 'lead.degree', employment: 'lead.employment', rank: 'partners.0.signatory.rank', country: 'partners.0.country', legalPerson: 'applicant.legalPerson', stateSecret: 'project.declarations.stateSecret', misconduct: 'applicant.credit.misconduct', requested: 'project.funding.requested', creditCode: 'applicant.creditCode', idNumber: 'lead.idNumber', birthDate: 'lead.birthDate' }[key]!;
    expect(r.locate(path)?.line).toBe(lineOf(text, to));
  });
  it('lists of codes too: targets, covers, languages', () => {
    const d = loaded(source.replace(/languages:\n(\s+)- zh\n\s+- en/, 'languages:\n$1- 中文\n$1- 英文')).dossier;
    expect(d.agreements?.[0]?.languages).toEqual(['zh', 'en']);
    const t = loaded(source.replace(/targets:\n(\s+)- key-technology/, 'targets:\n$1- 关键技术突破或技术引进')).dossier;
    expect(t.project?.targets?.[0]).toBe('key-technology');
  });
  it('a word it does not know stays an error with the Chinese choices and a did-you-mean', () => {
    const r = loaded(set('titleRank: associate-senior', 'titleRank: 副高职'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toContain('associate-senior 副高级');
    expect(r.findings[0]!.hint).toMatch(/是否应为“副高/);
  });
  it('stateSecret: 否 is a declaration: no "未声明是否涉及国家秘密", and a value refused by the schema is not "undeclared" either', async () => {
    const { check } = await import('./helpers/dossier.js');
    const r = loaded(set('stateSecret: false', 'stateSecret: 否'));
    expect(check(r.dossier).filter((f) => f.rule === 'declarations-stated')).toEqual([]);
    const bad = loaded(set('stateSecret: false', 'stateSecret: 不清楚'));
    expect(bad.findings.map((f) => f.path)).toEqual(['project.declarations.stateSecret']);
    const { runRules } = await import('../src/rules/engine.js');
    const { checkRules } = await import('../src/rules/index.js');
    const { policy, AS_OF: asOf } = await import('./helpers/dossier.js');
    const findings = runRules(checkRules, { dossier: bad.dossier, policy, asOf, attachments: new Map(), invalid: bad.invalid }, 'zh').findings;
    expect(findings.filter((f) => f.rule === 'declarations-stated')).toEqual([]);
  });
});

describe('the JSON Schema offers the Chinese values to editors', () => {
  const s = dossierJsonSchema() as any;
  it('enums list the codes first, then the Chinese names', () => {
    const category = s.properties.project.properties.category.enum as string[];
    expect(category.slice(0, 5)).toEqual(['belt-and-road', 'key-country', 'base-platform', 'regional', 'aid']);
    expect(category).toContain('区域合作项目');
    expect(s.properties.lead.properties.titleRank.enum).toContain('副高级');
    expect(s.properties.applicant.properties.legalPerson.enum).toEqual([true, false, '是', '有', '对', '否', '无', '错']);
    expect(JSON.stringify(s.properties.partners.items.properties.country)).toContain('德国');
  });
});

describe('a dossier written entirely with Chinese values', () => {
  it.each(VALID)('%s: its Chinese-valued twin gets the same findings as the original', async (sample) => {
    const original = readFileSync(path.join(ROOT, 'samples', sample, 'dossier.yaml'), 'utf8');
    const twin = chineseTwin(original);
    expect(twin.replaced).toBeGreaterThan(25);
    const dir = path.join(tmp, sample);
    cpSync(path.join(ROOT, 'samples', sample), dir, { recursive: true });
    writeFileSync(path.join(dir, 'dossier.yaml'), twin.text);
    expect(twin.text).toMatch(/是/);
    const options = { asOf: AS_OF, lang: 'zh' as const, readPdf: readPdfFile, displayPath: 'dossier.yaml' };
    const [a, b] = [await checkDossier(path.join(ROOT, 'samples', sample, 'dossier.yaml'), options), await checkDossier(path.join(dir, 'dossier.yaml'), options)];
    expect(a.status).toBe('pass');
    expect(b.status).toBe(a.status);
    expect(b.category).toBe(a.category);
    expect(b.findings).toEqual(a.findings);
    expect(b.verified).toEqual(a.verified);
  });
});
