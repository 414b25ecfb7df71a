// A domestic partner's 统一社会信用代码 gets the applicant's checks (GB 32100 check character, the letters
// I O S V Z never used and what they probably are), with the same words and hints, and the partner named.
// The code matters: kjhz reads a partner's registering province from it (二.1, regional partners).
import { describe, expect, it } from 'vitest';
import { dossierWith, expectNone, expectOne, findingsOf, validDossier } from '../helpers/dossier.js';

const id = 'partner-credit-code';
const TSINGHUA = '12100000400000624D';
const withCode = (creditCode: string, partner: Record<string, unknown> = {}) => dossierWith('regional', { partners: { 0: { creditCode, ...partner } } });

describe('partner-credit-code (二.1, GB 32100)', () => {
  it('passes a valid code, in lower case or with spaces, and a partner that declares none', () => {
    expectNone(validDossier('regional'), id);
    expectNone(withCode(TSINGHUA), id);
    expectNone(withCode('12100000400000624d'), id);
    expectNone(withCode('1210 0000 4000 0062 4D'), id);
  });
  it('does not hold a partner outside Shanxi to the applicant\'s Shanxi division', () => {
    expectNone(withCode('91110000600037341L'), id);
  });
  it('rejects a wrong check character, naming the partner and the right one', () => {
    const f = expectOne(withCode('12100000400000624E'), { rule: id, severity: 'error', clause: '二.1', path: 'partners.0.creditCode', says: ['清华大学', '12100000400000624E', '“D”'] });
    expect(f.hint).toContain('逐位核对');
  });
  it('names a letter O for a zero with its position, and the code that passes', () => {
    const f = expectOne(withCode('911100006OO037341L'), { rule: id, severity: 'error', clause: '二.1', path: 'partners.0.creditCode', says: ['第10位是字母“O”（可能是数字“0”）', '第11位'] });
    expect(f.hint).toContain('改为“91110000600037341L”后校验码正确');
  });
  it('names a letter I for a one', () => {
    expectOne(withCode('I2100000400000624D'), { rule: id, severity: 'error', clause: '二.1', path: 'partners.0.creditCode', says: ['第1位是字母“I”（可能是数字“1”）'] });
  });
  it('rejects a symbol, and a code of the wrong length', () => {
    expectOne(withCode('12100000400000624*'), { rule: id, severity: 'error', clause: '二.1', path: 'partners.0.creditCode', says: ['第18位“*”'] });
    expectOne(withCode('1210000040000062'), { rule: id, severity: 'error', clause: '二.1', path: 'partners.0.creditCode', says: ['16位', '18位'] });
  });
  it('judges every domestic partner, each at its own path', () => {
    const d = validDossier('regional');
    d.partners.push({ name: '北京某研究院', kind: 'institute', country: 'CN', location: '北京市', creditCode: '121000004000006240' });
    expectOne(d, { rule: id, severity: 'error', clause: '二.1', path: 'partners.1.creditCode', says: ['北京某研究院'] });
  });
  it('leaves a foreign partner\'s registration number alone', () => {
    expectNone(dossierWith('key-country', { partners: { 0: { creditCode: 'HRB 12345' } } }), id);
  });
  it('speaks English when asked', () => {
    const [f] = findingsOf(withCode('911100006OO037341L'), id, { lang: 'en' });
    expect(f!.message).toContain('position 10 is the letter "O" (probably "0")');
    expect(f!.message).toContain('清华大学');
    expect(f!.hint).toContain('"91110000600037341L" passes the check');
  });
});

describe('applicant-credit-code keeps judging the applicant alone', () => {
  it('does not report a partner\'s code as the applicant\'s', () => {
    expectNone(withCode('12100000400000624E'), 'applicant-credit-code');
  });
});
