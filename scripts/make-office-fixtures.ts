// npm run fixtures:office  (= tsx scripts/make-office-fixtures.ts [NAME ...])
//
// PDFs made the way applicants make them: a flat OpenDocument text (.fodt) per layout, written here, then
// exported by LibreOffice (`soffice --headless --convert-to pdf`) — bordered tables whose cells wrap,
// labels and values in separate cells, a header row with the unit, text boxes out of reading order, two
// columns, form fields — and two undecodable text layers made from such an export: its ToUnicode maps
// removed (qpdf), and a pdftops → ps2pdf round trip (poppler-utils, ghostscript). Each layout has a
// correct document and, where the layout can hide a mistake, a twin with the mistake. Electronic seals
// drawn as vector shapes (a red ring, a star and the unit's name along the arc as Fontwork, which the
// export writes as red filled and stroked paths, no picture), a red letterhead with a red rule and a red
// underline, and copies converted to CMYK and to ICC-based colours (ghostscript) are for the seal check.
//
// Writes test/fixtures/office/*.pdf, which are committed: `npm test` needs neither LibreOffice nor the
// other programs (test/office-layouts.test.ts reads them). LibreOffice stamps the export time and an ID
// into each file, so the bytes differ from run to run (hence no --check); the text and layout do not.
// Needs: libreoffice-writer(-nogui), fonts-wqy-microhei, qpdf, poppler-utils, ghostscript.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/office');

// ───────────────────────────────────────────────────────────────────────────────────────────────
// A tiny .fodt writer: paragraphs, bordered tables, text boxes, two-column sections, form text fields.

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Node =
  | { p: string; style?: 'title' | 'heading' | 'body' | 'right' | 'newpage' | 'letterhead' | 'underlined' }
  | { table: { widths: number[]; rows: string[][] } }
  | { columns: Node[] }
  | { box: { x: number; y: number; w: number; h: number; text: string } }
  | { fieldLine: { before: string; value: string; after: string; width: number } }
  | { seal: { unit: string; page: number; x: number; y: number } };

/** The red of seals and letterheads (an office's "标准红"). */
const RED = '#d2232a';
let shapes = 0;

/** An electronic seal drawn as shapes on page `page`, its box's top-left corner at x/y cm: a 4.2 cm ring
 * stroked in red, a red five-pointed star, the unit's name along the arc (Fontwork, exported as outlines). */
function vectorSeal(s: { unit: string; page: number; x: number; y: number }): string {
  const d = 4.2;
  const at = `text:anchor-type="page" text:anchor-page-number="${s.page}"`;
  const star = Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 ? 300 : 750;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return `${Math.round(750 + r * Math.cos(a))},${Math.round(750 + r * Math.sin(a))}`;
  }).join(' ');
  const z = () => `draw:z-index="${shapes++}"`;
  return (
    `<draw:circle draw:style-name="sealRing" ${at} svg:x="${s.x}cm" svg:y="${s.y}cm" svg:width="${d}cm" svg:height="${d}cm" ${z()}/>` +
    `<draw:polygon draw:style-name="sealFill" ${at} svg:x="${s.x + d / 2 - 0.75}cm" svg:y="${s.y + d / 2 - 0.75}cm" svg:width="1.5cm" svg:height="1.5cm" svg:viewBox="0 0 1500 1500" draw:points="${star}" ${z()}/>` +
    `<draw:custom-shape draw:style-name="sealFill" ${at} svg:x="${s.x + 0.3}cm" svg:y="${s.y + 0.3}cm" svg:width="${d - 0.6}cm" svg:height="${d - 0.6}cm" ${z()}><text:p text:style-name="sealText">${esc(s.unit)}</text:p>` +
    `<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="fontwork-arch-up-curve" draw:text-path="true" draw:text-path-mode="shape" draw:text-path-scale="path" draw:text-path-same-letter-heights="false" draw:modifiers="-200"/></draw:custom-shape>`
  );
}

let controls: { id: string; value: string }[] = [];
let tables = 0;

function body(nodes: Node[]): string {
  return nodes
    .map((n) => {
      if ('p' in n) return n.style === 'underlined' ? `<text:p text:style-name="body"><text:span text:style-name="redUnderline">${esc(n.p)}</text:span></text:p>` : `<text:p text:style-name="${n.style ?? 'body'}">${esc(n.p)}</text:p>`;
      if ('seal' in n) return `<text:p text:style-name="body">${vectorSeal(n.seal)}</text:p>`;
      if ('table' in n) {
        const t = `T${++tables}`;
        const cols = n.table.widths.map((w, i) => `<table:table-column table:style-name="${t}.${i}"/>`).join('');
        const rows = n.table.rows
          .map((r) => `<table:table-row>${r.map((c) => `<table:table-cell table:style-name="cell" office:value-type="string">${c.split('\n').map((l) => `<text:p text:style-name="cell">${esc(l)}</text:p>`).join('')}</table:table-cell>`).join('')}</table:table-row>`)
          .join('');
        tableStyles.push(
          `<style:style style:name="${t}" style:family="table"><style:table-properties style:width="${n.table.widths.reduce((a, b) => a + b, 0)}cm" table:align="left"/></style:style>`,
          ...n.table.widths.map((w, i) => `<style:style style:name="${t}.${i}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`),
        );
        return `<table:table table:name="${t}" table:style-name="${t}">${cols}${rows}</table:table>`;
      }
      if ('columns' in n) return `<text:section text:style-name="twocol" text:name="cols">${body(n.columns)}</text:section>`;
      if ('box' in n) {
        const b = n.box;
        return `<text:p text:style-name="body"><draw:frame draw:style-name="box" text:anchor-type="page" text:anchor-page-number="1" svg:x="${b.x}cm" svg:y="${b.y}cm" svg:width="${b.w}cm" draw:z-index="0"><draw:text-box fo:min-height="${b.h}cm">${b.text.split('\n').map((l) => `<text:p text:style-name="body">${esc(l)}</text:p>`).join('')}</draw:text-box></draw:frame></text:p>`;
      }
      const f = n.fieldLine;
      const id = `control${controls.length + 1}`;
      controls.push({ id, value: f.value });
      return `<text:p text:style-name="body">${esc(f.before)}<draw:control draw:style-name="ctl" text:anchor-type="as-char" svg:y="-0.45cm" svg:width="${f.width}cm" svg:height="0.6cm" draw:control="${id}"/>${esc(f.after)}</text:p>`;
    })
    .join('\n');
}
let tableStyles: string[] = [];

export function fodt(nodes: Node[]): string {
  controls = [];
  tableStyles = [];
  tables = 0;
  shapes = 0;
  const content = body(nodes);
  const forms = controls.length
    ? `<office:forms form:automatic-focus="false" form:apply-design-mode="false"><form:form form:name="Standard" form:apply-filter="true" form:command-type="table" form:control-implementation="ooo:com.sun.star.form.component.Form" office:target-frame="">${controls
        .map((c) => `<form:text form:name="${c.id}" form:control-implementation="ooo:com.sun.star.form.component.TextField" xml:id="${c.id}" form:id="${c.id}" form:current-value="${esc(c.value)}" form:convert-empty-to-null="true"><form:properties></form:properties></form:text>`)
        .join('')}</form:form></office:forms>`
    : '';
  const font = 'WenQuanYi Micro Hei';
  const text = (size: string, extra = '') => `<style:text-properties style:font-name="${font}" style:font-name-asian="${font}" style:font-name-complex="${font}" fo:font-size="${size}" style:font-size-asian="${size}" style:font-size-complex="${size}" fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN" ${extra}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/>${text('10.5pt')}</style:default-style>
<style:style style:name="body" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="cell" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>${text('16pt', 'fo:font-weight="bold" style:font-weight-asian="bold"')}</style:style>
<style:style style:name="heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>${text('12pt', 'fo:font-weight="bold" style:font-weight-asian="bold"')}</style:style>
<style:style style:name="newpage" style:family="paragraph" style:parent-style-name="body"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="letterhead" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm" fo:padding-bottom="0.15cm" fo:border-bottom="1.5pt solid ${RED}"/>${text('22pt', `fo:color="${RED}" fo:font-weight="bold" style:font-weight-asian="bold"`)}</style:style>
<style:style style:name="sealText" style:family="paragraph">${text('14pt', `fo:color="${RED}"`)}</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
<style:style style:name="twocol" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="1cm"/></style:section-properties></style:style>
<style:style style:name="box" style:family="graphic"><style:graphic-properties fo:border="none" fo:padding="0cm" style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>
<style:style style:name="ctl" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline"/></style:style>
<style:style style:name="redUnderline" style:family="text"><style:text-properties style:text-underline-style="solid" style:text-underline-width="bold" style:text-underline-color="${RED}"/></style:style>
<style:style style:name="sealRing" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-color="${RED}" svg:stroke-width="0.12cm" draw:fill="none" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>
<style:style style:name="sealFill" style:family="graphic"><style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="${RED}" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>
${tableStyles.join('\n')}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>${forms}
${content}
</office:text></office:body></office:document>
`;
}

// ───────────────────────────────────────────────────────────────────────────────────────────────
// The documents. The dossiers they belong to are test/helpers/dossier.ts's validDossier(category):
// key-country (山西省材料科学研究院, 高性能镁合金轻量化部件联合研发, 查新 2024-06-18, period 2025-01-01 …
// 2027-12-31, Fraunhofer, valid until 2028-12-31), belt-and-road (山西晋材新材料科技有限公司,
// 91140100MA0G1H2KXP, matching 80), regional (a domestic agreement valid until 2027-12-31).

const KC = { title: '高性能镁合金轻量化部件联合研发', applicant: '山西省材料科学研究院', agency: '教育部科技查新工作站（L12）' };
const BR = { title: '中哈煤基固废资源化利用技术联合研发', applicant: '山西晋材新材料科技有限公司', code: '91140100MA0G1H2KXP' };

/** A novelty report cover as a bordered table: narrow label cells (查新完成⏎日期), a 3.8 cm value cell in
 * which the title and the Chinese-numeral date wrap. */
const noveltyTable = (title: string, date: string): Node[] => [
  { p: '科技查新报告', style: 'title' },
  {
    table: {
      widths: [1.9, 3.8, 1.9, 3.8],
      rows: [
        ['查新项目名称', title, '报告编号', 'KJCX-2024-0123'],
        ['委托人', KC.applicant, '查新机构', KC.agency],
        ['查新完成日期', date, '查新员', '孙某某'],
      ],
    },
  },
  { p: '一、查新目的', style: 'heading' },
  { p: '申报2024年度山西省科技合作交流专项项目。' },
  { p: '二、查新结论', style: 'heading' },
  { p: '经检索国内外相关文献，未见与本项目查新点完全相同的公开报道，本项目具有新颖性。' },
];

/** The same cover as text boxes placed on the page, written value before label (out of reading order). */
const noveltyBoxes = (title: string, date: string): Node[] => [
  { box: { x: 6, y: 6.2, w: 12, h: 0.8, text: title } },
  { box: { x: 6, y: 8.2, w: 8, h: 0.8, text: date } },
  { box: { x: 6, y: 7.2, w: 10, h: 0.8, text: KC.applicant } },
  { box: { x: 2.5, y: 8.2, w: 3.2, h: 0.8, text: '查新完成日期：' } },
  { box: { x: 2.5, y: 7.2, w: 3.2, h: 0.8, text: '委 托 人：' } },
  { box: { x: 2.5, y: 6.2, w: 3.2, h: 0.8, text: '查新项目名称：' } },
  { box: { x: 7.5, y: 3.5, w: 6, h: 1.2, text: '科技查新报告' } },
  { p: '' },
];

/** A commitment letter whose amount is in a table: the unit in the header row, the figures below. */
const commitmentTable = (matching: string): Node[] => [
  { p: '项目资金配套承诺书', style: 'title' },
  { p: '山西省科学技术厅：' },
  { p: `我单位申报的2024年度山西省科技合作交流专项项目“${BR.title}”，承诺按下表足额落实项目配套资金，确保按项目实施进度到位、专款专用。` },
  { table: { widths: [4.2, 4.2, 4.2], rows: [['项目总经费（万元）', '申请引导资金（万元）', '配套资金（万元）'], [String(Number(matching) + 40), '40', matching]] } },
  { p: '' },
  { p: `${BR.applicant}（盖章）`, style: 'right' },
  { p: '2024年11月10日', style: 'right' },
];

/** A commitment letter whose paragraph breaks the line inside 万元 ("80万⏎元"): the prefix is measured so
 * that the line ends after 万. */
const commitmentWrapped = (amount: string): Node[] => [
  { p: '项目资金配套承诺书', style: 'title' },
  { p: '山西省科学技术厅：' },
  { p: `我单位申报2024年度科技合作交流专项项目，经我单位领导班子研究决定，自筹配套资金人民币${amount}万元，资金来源为单位自有资金，确保按项目实施进度足额到位、专款专用。` },
  { p: `${BR.applicant}（盖章）`, style: 'right' },
];

/** A commitment whose amount is typed into a form field in the sentence. */
const commitmentField = (amount: string): Node[] => [
  { p: '项目资金配套承诺书', style: 'title' },
  { p: '山西省科学技术厅：' },
  { fieldLine: { before: '我单位承诺为本项目自筹配套资金人民币', value: amount, after: '万元，确保按时足额到位。', width: 1.6 } },
  { p: `${BR.applicant}（盖章）`, style: 'right' },
];

/** A licence as a table whose credit-code cell is too narrow for the code. */
const licenceNarrow = (code: string): Node[] => [
  { p: '营 业 执 照', style: 'title' },
  {
    table: {
      widths: [2.6, 2.4, 2, 6],
      rows: [
        ['统一社会信用代码', code, '名称', BR.applicant],
        ['类型', '有限责任公司', '法定代表人', '王某某'],
        ['住所', '山西省太原市小店区科技街1号', '成立日期', '2015年3月2日'],
      ],
    },
  },
  { p: '登记机关：太原市市场监督管理局（印章）', style: 'right' },
];

/** A domestic agreement in two columns; its validity clause runs over a column's line break, and its
 * work plan names another end date. */
const agreementColumns = (validUntil: string, planEnd: string): Node[] => [
  { p: '合作协议书', style: 'title' },
  { p: '甲方：太原市智能装备研究院　　乙方：清华大学' },
  {
    columns: [
      { p: '一、研究内容', style: 'heading' },
      { p: '双方围绕煤矿装备智能运维开展联合研发，主要研究内容包括设备状态数据采集、故障诊断模型和运维决策平台的设计与示范应用。' },
      { p: '二、任务分工', style: 'heading' },
      { p: '甲方负责项目总体组织、现场试验和示范应用；乙方负责算法研究、模型训练、测试分析和人员培训，双方定期交流进展。' },
      { p: '三、合同期限', style: 'heading' },
      { p: `本协议有效期自2024年10月20日起至${validUntil}止，期满后双方可协商续签。` },
      { p: '四、经费分配', style: 'heading' },
      { p: '项目经费由甲方统一管理，按任务分工和实际工作量在双方之间分配，专款专用，接受审计监督。' },
      { p: '五、成果及知识产权归属和利益分配', style: 'heading' },
      { p: '合作产生的知识产权归双方共有，成果转化收益按双方贡献比例分配，具体另行约定。' },
      { p: '六、工作计划', style: 'heading' },
      { p: `第一阶段（2025年1月1日至2025年12月31日）完成数据采集；第二阶段（2026年1月1日至${planEnd}）完成模型研制和示范应用。` },
      { p: '甲方（盖章）：太原市智能装备研究院' },
      { p: '乙方（盖章）：清华大学' },
    ],
  },
];

/** A bilingual agreement (for the undecodable copies of it). */
const agreementBilingual: Node[] = [
  { p: '合作协议书', style: 'title' },
  { p: `甲方：${KC.applicant}` },
  { p: '乙方：Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik' },
  { p: `项目名称：${KC.title}` },
  { p: '一、研究内容：双方围绕镁合金轻量化部件开展联合研发。二、任务分工：甲方负责工艺试验，乙方负责理论研究。三、合同期限：本协议有效期自2024年10月20日起至2028年12月31日止。四、经费分配：按任务分工分配。五、知识产权：归双方共有，收益按贡献分配。' },
  { p: 'Cooperation Agreement', style: 'heading' },
  { p: 'Party A: 山西省材料科学研究院. Party B: Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik. Article 1 Research Content: the Parties jointly develop lightweight magnesium alloy components. Article 2 Division of Tasks: Party A carries out the process trials, Party B the theoretical research. Article 3 Term: this Agreement is valid from October 20, 2024 to December 31, 2028. Article 4 Funds: allocated by tasks. Article 5 Intellectual Property: jointly owned, benefits shared by contribution.' },
];

/** The regional dossier's domestic agreement on two pages, sealed as `seals` says with vector e-seals: page 1
 * the clauses (经双方签字盖章后生效: the stamp words are here), page 2 the signature page, where the seals
 * stand over the parties' lines and no stamp word is printed. */
const RG = { applicant: '太原市智能装备研究院', partner: '清华大学' };
const agreementSealed = (seals: { applicant: boolean; partner: boolean }): Node[] => [
  { p: '合作协议书', style: 'title' },
  { p: `甲方：${RG.applicant}` },
  { p: `乙方：${RG.partner}` },
  { p: '为共同开展煤矿装备智能运维技术研究，经双方友好协商，达成如下协议：' },
  { p: '一、研究内容', style: 'heading' },
  { p: '双方围绕煤矿装备智能运维开展联合研发，主要研究内容包括设备状态数据采集、故障诊断模型和运维决策平台的设计与示范应用。' },
  { p: '二、任务分工', style: 'heading' },
  { p: '甲方负责项目总体组织、现场试验和示范应用；乙方负责算法研究、模型训练、测试分析和人员培训。' },
  { p: '三、合同期限', style: 'heading' },
  { p: '本协议有效期自2024年10月20日起至2027年12月31日止，期满后双方可协商续签。' },
  { p: '四、经费分配', style: 'heading' },
  { p: '项目经费由甲方统一管理，按任务分工和实际工作量在双方之间分配，专款专用，接受审计监督。' },
  { p: '五、成果及知识产权归属和利益分配', style: 'heading' },
  { p: '合作产生的知识产权归双方共有，成果转化收益按双方贡献比例分配，具体另行约定。' },
  { p: '六、其他', style: 'heading' },
  { p: '本协议一式四份，双方各执两份，经双方签字盖章后生效。' },
  { p: '（以下无正文）', style: 'newpage' },
  { p: '' },
  { p: `甲方：${RG.applicant}` },
  { p: '法定代表人或授权代表（签字）：王某某' },
  { p: '日期：2024年10月20日' },
  ...Array.from({ length: 7 }, () => ({ p: '' })),
  { p: `乙方：${RG.partner}` },
  { p: '法定代表人或授权代表（签字）：陈教授' },
  { p: '日期：2024年10月20日' },
  ...(seals.applicant ? [{ seal: { unit: RG.applicant, page: 2, x: 5.5, y: 1.7 } }] : []),
  ...(seals.partner ? [{ seal: { unit: RG.partner, page: 2, x: 5.5, y: 7.1 } }] : []),
];

/** The regional lead's employment proof on the applicant's letterhead: the unit's name in large red type over
 * a red rule, a sentence underlined in red; sealed with a vector e-seal over the unit's name, or not. */
const proofLetterhead = (sealed: boolean): Node[] => [
  { p: RG.applicant, style: 'letterhead' },
  { p: '在职证明', style: 'title' },
  { p: '兹证明李志强同志系我单位在职在岗正式职工，现任副研究员，从事煤矿装备智能运维技术研究工作。' },
  { p: '本证明仅用于申报2024年度山西省科技合作交流专项项目。', style: 'underlined' },
  { p: '特此证明。' },
  { p: '' },
  { p: RG.applicant, style: 'right' },
  { p: '2024年11月1日', style: 'right' },
  ...(sealed ? [{ seal: { unit: RG.applicant, page: 1, x: 12.2, y: 7.4 } }] : []),
];

type Post = 'strip-tounicode' | 'ps2pdf' | 'cmyk' | 'icc';
export const DOCS: Record<string, { nodes: Node[]; post?: Post }> = {
  'novelty-table': { nodes: noveltyTable(KC.title, '二〇二四年六月十八日') },
  'novelty-table-other': { nodes: noveltyTable('稀土永磁电机高效冷却结构设计与产业化应用', '二〇二四年四月十日') },
  'novelty-boxes': { nodes: noveltyBoxes(KC.title, '2024年6月18日') },
  'commitment-table': { nodes: commitmentTable('80') },
  'commitment-table-less': { nodes: commitmentTable('60') },
  'commitment-wrapped': { nodes: commitmentWrapped('80') },
  'commitment-wrapped-less': { nodes: commitmentWrapped('40') },
  'commitment-field': { nodes: commitmentField('80') },
  'commitment-field-less': { nodes: commitmentField('60') },
  'licence-narrow': { nodes: licenceNarrow(BR.code) },
  'licence-narrow-other': { nodes: licenceNarrow('91140100MA0L1K2M32') },
  'agreement-columns': { nodes: agreementColumns('2027年12月31日', '2027年12月31日') },
  'agreement-columns-short': { nodes: agreementColumns('2025年12月31日', '2027年12月31日') },
  'agreement-no-tounicode': { nodes: agreementBilingual, post: 'strip-tounicode' },
  'agreement-ps2pdf': { nodes: agreementBilingual, post: 'ps2pdf' },
  'agreement-vector-seals': { nodes: agreementSealed({ applicant: true, partner: true }) },
  'agreement-vector-seal-applicant': { nodes: agreementSealed({ applicant: true, partner: false }) },
  'agreement-vector-seals-cmyk': { nodes: agreementSealed({ applicant: true, partner: true }), post: 'cmyk' },
  'agreement-vector-seals-icc': { nodes: agreementSealed({ applicant: true, partner: true }), post: 'icc' },
  'proof-letterhead': { nodes: proofLetterhead(false) },
  'proof-letterhead-sealed': { nodes: proofLetterhead(true) },
};

// ───────────────────────────────────────────────────────────────────────────────────────────────

const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });

/** Removes every /ToUnicode entry (qpdf's QDF form keeps the offsets fixable): what a font without a
 * character map gives a reader. */
function stripToUnicode(pdf: string, dir: string): void {
  const qdf = join(dir, 'qdf.pdf');
  run('qpdf', ['--qdf', '--object-streams=disable', pdf, qdf], dir);
  const stripped = readFileSync(qdf, 'latin1').replace(/\/ToUnicode \d+ 0 R/g, '');
  writeFileSync(join(dir, 'stripped.pdf'), stripped, 'latin1');
  const fixed = execFileSync('fix-qdf', [join(dir, 'stripped.pdf')], { maxBuffer: 64 << 20 });
  writeFileSync(join(dir, 'fixed.pdf'), fixed);
  run('qpdf', ['--object-streams=generate', join(dir, 'fixed.pdf'), pdf], dir);
}

function main(): void {
  const only = process.argv.slice(2);
  const work = mkdtempSync(join(tmpdir(), 'kjhz-office-'));
  // a profile of its own: a LibreOffice already running (another test) would otherwise take the job
  const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
  mkdirSync(OUT, { recursive: true });
  try {
    for (const [name, doc] of Object.entries(DOCS)) {
      if (only.length && !only.includes(name)) continue;
      const dir = join(work, name);
      mkdirSync(dir);
      writeFileSync(join(dir, `${name}.fodt`), fodt(doc.nodes));
      run('soffice', [profile, '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, join(dir, `${name}.fodt`)], dir);
      const pdf = join(dir, `${name}.pdf`);
      if (doc.post === 'strip-tounicode') stripToUnicode(pdf, dir);
      if (doc.post === 'cmyk' || doc.post === 'icc') {
        // every colour converted to DeviceCMYK (as a print shop's or a CMYK e-seal tool's PDF has it), or to
        // ICC-based colour spaces (sc/scn operators, as Word's export writes colours)
        const strategy = doc.post === 'cmyk' ? ['-sColorConversionStrategy=CMYK', '-sProcessColorModel=DeviceCMYK'] : ['-sColorConversionStrategy=UseDeviceIndependentColor'];
        run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', ...strategy, `-sOutputFile=${join(dir, 'converted.pdf')}`, pdf], dir);
        copyFileSync(join(dir, 'converted.pdf'), pdf);
      }
      if (doc.post === 'ps2pdf') {
        run('pdftops', [pdf, join(dir, 'doc.ps')], dir);
        run('ps2pdf', [join(dir, 'doc.ps'), pdf], dir);
      }
      copyFileSync(pdf, join(OUT, `${name}.pdf`));
      console.log(`${String(readFileSync(pdf).length).padStart(7)}  test/fixtures/office/${name}.pdf`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
