import { describe, expect, it } from 'vitest';
import {
  bestMatch,
  chineseNumber,
  containsName,
  findAmountsWan,
  findCreditCodes,
  findDates,
  labelledDate,
  similarity,
} from '../src/core/textfacts.js';
import { layoutOfLines, valueOf } from '../src/core/layout.js';
import fc from 'fast-check';
import { compactText, normaliseJoined, normaliseText } from '../src/pdf/text.js';

describe('normaliseText', () => {
  it('removes the spaces office exports put between CJK characters and digits', () => {
    expect(normaliseText('2024 年 6 月 18 日')).toBe('2024年6月18日');
    expect(normaliseText('查 新 完 成 日 期 ： 2024 年')).toBe('查新完成日期:2024年');
  });
  it('applies NFKC: full-width digits, punctuation, Kangxi radicals', () => {
    expect(normaliseText('２０２４年（盖章）')).toBe('2024年(盖章)');
    expect(normaliseText('⽇期')).toBe('日期'); // U+2F47 KANGXI RADICAL SUN
  });
  it('keeps spaces between Latin words and between Latin and CJK', () => {
    expect(normaliseText('Cooperation   Agreement\t合作协议')).toBe('Cooperation Agreement 合作协议');
  });
  it('keeps line breaks, trims lines and drops blank ones', () => {
    expect(normaliseText('  甲方 \r\n\r\n  乙方\n')).toBe('甲方\n乙方');
  });
  it('is idempotent', () => {
    const s = '２０２４ 年 6 月 \u3000 18 日  Agreement  （盖章）';
    expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
  });
  it('normaliseJoined gives the normal form of the joined pages, whether or not the pages were normalised first', () => {
    const pages = ['  合作 协议 \r\n 甲方：山西', '', '２０２４ 年 6 月\n\n  Article 1  ', '\u0301 乙方'];
    const expected = normaliseText(pages.join('\n'));
    expect(normaliseJoined(pages)).toBe(expected);
    expect(normaliseJoined(pages.map(normaliseText))).toBe(expected);
    // random pages of CJK, Latin, digits, spaces, line breaks, full-width and combining characters
    const char = fc.constantFrom(...'合作协议年月日 甲乙方\n\r\t\u3000２０Ａa1 .,:：（）\u0301\u2F47'.split(''));
    const page = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(page, { maxLength: 5 }), (ps) => {
        const want = normaliseText(ps.join('\n'));
        return normaliseJoined(ps.map(normaliseText)) === want && normaliseJoined(ps) === want;
      }),
      { seed: 20241104, numRuns: 5000 },
    );
  });
  it('compactText drops all whitespace', () => {
    expect(compactText('高性能镁合金\n轻量化 部件')).toBe('高性能镁合金轻量化部件');
  });
});

describe('findDates', () => {
  const dates = (s: string) => findDates(s).map((d) => `${d.date}/${d.precision}`);
  it('reads every printed form', () => {
    expect(dates('2024年6月18日')).toEqual(['2024-06-18/day']);
    expect(dates('2024 年 06 月 18 号')).toEqual(['2024-06-18/day']);
    expect(dates('2024-06-18')).toEqual(['2024-06-18/day']);
    expect(dates('2024/6/18')).toEqual(['2024-06-18/day']);
    expect(dates('2024.06.18')).toEqual(['2024-06-18/day']);
    expect(dates('二〇二四年六月十八日')).toEqual(['2024-06-18/day']);
    expect(dates('二○二四年十二月三十一日')).toEqual(['2024-12-31/day']);
    expect(dates('二〇二四年十月廿一日')).toEqual(['2024-10-21/day']);
    expect(dates('June 18, 2024')).toEqual(['2024-06-18/day']);
    expect(dates('18 June 2024')).toEqual(['2024-06-18/day']);
  });
  it('flags month precision', () => {
    expect(dates('二〇二四年六月')).toEqual(['2024-06/month']);
    expect(dates('2024年4月')).toEqual(['2024-04/month']);
  });
  it('finds several dates in order, with positions', () => {
    const found = findDates('有效期自2024年10月20日至2028-12-31止');
    expect(found.map((d) => d.date)).toEqual(['2024-10-20', '2028-12-31']);
    expect(found[0]!.index).toBeLessThan(found[1]!.index);
  });
  it('reads both dates of a range typed with a hyphen (受聘期限：2023.1.1-2027.12.31)', () => {
    expect(dates('受聘期限：2023.1.1-2027.12.31')).toEqual(['2023-01-01/day', '2027-12-31/day']);
    expect(dates('2023-01-01-2027-12-31')).toEqual(['2023-01-01/day', '2027-12-31/day']);
    expect(dates('2023/1/1 - 2027/12/31')).toEqual(['2023-01-01/day', '2027-12-31/day']);
    expect(dates('报告编号 SX-2024-06-18')).toEqual([]); // a number with a hyphen before it is a code, as before
  });
  it('reads a date that a line break cut', () => {
    expect(dates('包括2023年\n12月31日的资产负债表')).toEqual(['2023-12-31/day']);
    expect(dates('至2028年12\n月31日')).toEqual(['2028-12-31/day']);
    expect(labelledDate(layoutOfLines(['查新完成日期:2024年\n6月18日']), ['查新完成日期'])?.date).toBe('2024-06-18');
  });
  it('skips impossible dates and numbers that are not dates', () => {
    expect(findDates('2024年2月30日')).toEqual([]);
    expect(findDates('2024-13-01')).toEqual([]);
    expect(findDates('编号 12024-06-18 版本 1.2.3')).toEqual([]);
    expect(findDates('金额80.5万元')).toEqual([]);
  });
});

describe('labelledDate (on text known as lines)', () => {
  const labels = ['查新完成日期', '报告日期', '完成日期', '出具日期'];
  const dated = (t: string) => labelledDate(layoutOfLines([t]), labels);
  it('takes the date after the label', () => {
    expect(dated('委托日期：2024年4月2日\n查新完成日期：2024 年 6 月 18 日\n')).toMatchObject({ date: '2024-06-18', label: '查新完成日期', precision: 'day' });
  });
  it('reads a label whose value is on the next line (table cell), and Chinese numerals', () => {
    expect(dated('报告日期\n二〇二四年六月')).toMatchObject({ date: '2024-06', precision: 'month' });
  });
  it('prefers labels in the order given', () => {
    expect(dated('完成日期：2024-05-02 查新完成日期：2024-06-18')?.date).toBe('2024-06-18');
  });
  it('ignores a date that is not right after the label', () => {
    expect(dated('查新完成日期：见附页。委托方于2024年4月2日提交')).toBeUndefined();
    expect(dated('no label 2024-06-18')).toBeUndefined();
  });
});

describe('valueOf (on text known as lines)', () => {
  it('returns the rest of the line, or the next line', () => {
    expect(valueOf(layoutOfLines(['查新项目名称：高性能镁合金轻量化部件联合研发\n委托人：张三']), ['查新项目名称'])?.value).toBe('高性能镁合金轻量化部件联合研发');
    expect(valueOf(layoutOfLines(['项目名称\n镁合金部件']), ['查新项目名称', '项目名称'])?.value).toBe('镁合金部件');
  });
  it('never takes the next label for the value', () => {
    expect(valueOf(layoutOfLines(['查新项目名称\n委托人\n山西某某新材料有限公司']), ['查新项目名称'])).toBeUndefined();
  });
});

describe('findCreditCodes', () => {
  it('finds 18-character codes and verifies the check character', () => {
    const found = findCreditCodes('统一社会信用代码：91140100MA0L1K2M32 另：91140100MA0L1K2M33');
    expect(found.map((c) => c.code)).toEqual(['91140100MA0L1K2M32', '91140100MA0L1K2M33']);
    expect(found.map((c) => c.valid)).toEqual([true, false]);
  });
  it('reads a code printed in groups after its label', () => {
    expect(findCreditCodes('统一社会信用代码 9114 0100 MA0L 1K2M 32').map((c) => c.code)).toEqual(['91140100MA0L1K2M32']);
  });
  it('ignores longer runs and ID-like digit strings that are not 18 long', () => {
    expect(findCreditCodes('X91140100MA0L1K2M32')).toEqual([]);
    expect(findCreditCodes('1234567890')).toEqual([]);
  });
});

describe('findAmountsWan', () => {
  const wan = (s: string) => findAmountsWan(s).map((a) => a.wan);
  it('reads numbers before 万元', () => {
    expect(wan('配套资金80万元')).toEqual([80]);
    expect(wan('配套资金 80.5 万元')).toEqual([80.5]);
    expect(wan('共计1,200万元')).toEqual([1200]);
    expect(wan('人民币捌拾万元整')).toEqual([80]);
    expect(wan('人民币八十万元')).toEqual([80]);
    expect(wan('人民币 80 万元（大写：捌拾万元）')).toEqual([80, 80]);
  });
  it('converts large amounts in 元', () => {
    expect(findAmountsWan('￥800,000.00元')).toEqual([{ wan: 80, unit: '元', text: '800,000.00元', index: 1 }]);
  });
  it('chineseNumber', () => {
    expect(chineseNumber('一百二十')).toBe(120);
    expect(chineseNumber('壹佰零伍')).toBe(105);
    expect(chineseNumber('十五')).toBe(15);
    expect(chineseNumber('x')).toBeUndefined();
  });
});

describe('containsName', () => {
  it('tolerates spaces, line breaks, brackets, full width and case', () => {
    expect(containsName('申报单位：山西某某新材料\n有限公司（盖章）', '山西某某新材料有限公司')).toBe(true);
    expect(containsName('XX会计师事务所(特殊普通合伙)', 'XX会计师事务所（特殊普通合伙）')).toBe(true);
    expect(containsName('FRAUNHOFER-INSTITUT FÜR Werkzeugmaschinen', 'Fraunhofer Institut für Werkzeugmaschinen')).toBe(true);
  });
  it('does not match another name', () => {
    expect(containsName('山西另一家材料有限公司', '山西某某新材料有限公司')).toBe(false);
    expect(containsName('anything', '')).toBe(false);
  });
});

describe('similarity and bestMatch', () => {
  it('is 1 for the same title, 0 for nothing in common, in between for small differences', () => {
    expect(similarity('高性能镁合金轻量化部件联合研发', '高性能 镁合金轻量化部件 联合研发')).toBe(1);
    expect(similarity('高性能镁合金轻量化部件联合研发', 'Cooperation')).toBe(0);
    const close = similarity('高性能镁合金轻量化部件联合研发', '高性能镁合金轻量化部件研发');
    expect(close).toBeGreaterThan(0.8);
    expect(close).toBeLessThan(1);
    expect(similarity('镁合金', '煤化工')).toBeLessThan(0.3);
  });
  it('is symmetric', () => {
    expect(similarity('新能源汽车电池', '汽车电池新能源')).toBeCloseTo(similarity('汽车电池新能源', '新能源汽车电池'));
  });
  it('bestMatch finds the closest passage in a page', () => {
    const page = '科技查新报告\n查新项目名称：高性能镁合金轻量化部件的联合研发\n委托人：山西某某新材料有限公司';
    const m = bestMatch(page, '高性能镁合金轻量化部件联合研发');
    expect(m.score).toBeGreaterThan(0.85);
    expect(m.passage).toContain('镁合金');
    expect(bestMatch(page, '山西某某新材料有限公司').score).toBe(1);
  });
});
