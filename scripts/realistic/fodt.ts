// fodt — writes the Word-like documents an applicant's office makes (flat OpenDocument text, what
// LibreOffice and WPS save), to be exported to PDF by LibreOffice itself (`soffice --convert-to pdf`), as
// an office exports its .docx: 宋体/仿宋/黑体 as typed in the styles (fontconfig substitutes the CJK font
// installed), A4 with the margins of 党政机关公文格式 (GB/T 9704), tables with borders, centred titles,
// first-line indents of two characters, and electronic seals (a red seal picture floating over the
// 盖章 line, as offices paste them into Word).
import { createCanvas } from '@napi-rs/canvas';
import { drawSeal } from '../scanmake.js';
import { rng } from '../random.js';

export type Block =
  | { kind: 'p'; text: string; style?: ParaStyle }
  | { kind: 'table'; rows: Cell[][]; widths?: number[]; border?: boolean; style?: ParaStyle }
  | { kind: 'break' }
  | { kind: 'seal'; unit: string; dx?: number; dy?: number }
  /** A picture in the text's flow (a scan pasted into the Word file), its size in cm. */
  | { kind: 'image'; png: string; width: number; height: number };

export type Cell = string | { text: string; span?: number; bold?: boolean };

export interface ParaStyle {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Font size in pt (小四 12, 四号 14, 三号 16, 小二 18, 二号 22). */
  size?: number;
  bold?: boolean;
  font?: '宋体' | '仿宋' | '黑体' | '楷体' | 'Times New Roman';
  /** First-line indent in characters (公文: 2). */
  indent?: number;
  /** Space above, cm. */
  above?: number;
}

export const p = (text: string, style?: ParaStyle): Block => ({ kind: 'p', text, ...(style ? { style } : {}) });
export const title = (text: string, size = 22): Block => p(text, { align: 'center', size, bold: true, font: '黑体', above: 0.4 });
export const body = (text: string): Block => p(text, { indent: 2, font: '仿宋', size: 14 });
export const right = (text: string): Block => p(text, { align: 'right', font: '仿宋', size: 14 });
export const blank = (): Block => p('');
export const table = (rows: Cell[][], widths?: number[], style?: ParaStyle): Block => ({ kind: 'table', rows, border: true, ...(widths ? { widths } : {}), ...(style ? { style } : {}) });
/** A table without borders (two columns of a bilingual agreement, a signature block). */
export const columns = (rows: Cell[][], widths?: number[], style?: ParaStyle): Block => ({ kind: 'table', rows, border: false, ...(widths ? { widths } : {}), ...(style ? { style } : {}) });
export const pageBreak = (): Block => ({ kind: 'break' });
/** An electronic seal (red picture) over the paragraph before it, offset dx/dy cm. */
export const eseal = (unit: string, dx = 8.5, dy = -1.6): Block => ({ kind: 'seal', unit, dx, dy });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The red seal picture an office pastes into a Word file (PNG, transparent background). */
export function sealPng(unit: string, seed: number): string {
  const size = 260;
  const c = createCanvas(size, size);
  const ctx = c.getContext('2d');
  drawSeal(ctx, { x: size / 2, y: size / 2, r: size / 2 - 6, text: unit, ink: 1 }, rng(seed));
  return c.toBuffer('image/png').toString('base64');
}

function styleName(s: ParaStyle | undefined, styles: Map<string, string>): string {
  const key = JSON.stringify(s ?? {});
  let name = styles.get(key);
  if (!name) styles.set(key, (name = `P${styles.size + 1}`));
  return name;
}

function paraStyleXml(name: string, s: ParaStyle): string {
  const font = s.font ?? '宋体';
  const size = s.size ?? 12;
  const props = [
    s.align ? `fo:text-align="${s.align === 'left' ? 'start' : s.align === 'right' ? 'end' : s.align}"` : '',
    s.indent ? `fo:text-indent="${(s.indent * size * 0.03528).toFixed(2)}cm"` : '',
    s.above ? `fo:margin-top="${s.above}cm"` : '',
    'fo:line-height="140%"',
  ].filter(Boolean).join(' ');
  const weight = s.bold ? ' fo:font-weight="bold" style:font-weight-asian="bold"' : '';
  return `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${props}/><style:text-properties style:font-name="${font}" style:font-name-asian="${font}" fo:font-size="${size}pt" style:font-size-asian="${size}pt"${weight}/></style:style>`;
}

/** What a Word template puts on every page besides the text: a running header, a footer with the page
 * number (第 1 页 共 3 页), a watermark (复印件, COPY, 仅供申报使用) over the text. pdf.js gives all of it
 * as text, in among the body's lines. */
export interface Furniture {
  header?: string;
  pageNumbers?: boolean;
  watermark?: string;
}

/** A flat ODF text document of these blocks. `seed` makes the seal pictures deterministic. */
export function fodt(blocks: Block[], meta: { title: string; seed: number; furniture?: Furniture }): string {
  const styles = new Map<string, string>();
  const bodyXml: string[] = [];
  let tableNo = 0;
  let sealNo = 0;
  for (const b of blocks) {
    if (b.kind === 'p') bodyXml.push(`<text:p text:style-name="${styleName(b.style, styles)}">${esc(b.text)}</text:p>`);
    else if (b.kind === 'break') bodyXml.push('<text:p text:style-name="Break"/>');
    else if (b.kind === 'image') {
      bodyXml.push(`<text:p text:style-name="${styleName({ align: 'center' }, styles)}"><draw:frame draw:name="图片${++sealNo}" text:anchor-type="as-char" svg:width="${b.width}cm" svg:height="${b.height}cm"><draw:image><office:binary-data>${b.png}</office:binary-data></draw:image></draw:frame></text:p>`);
    }
    else if (b.kind === 'seal') {
      sealNo++;
      const png = sealPng(b.unit, meta.seed * 31 + sealNo);
      bodyXml.push(
        `<text:p text:style-name="${styleName(undefined, styles)}"><draw:frame draw:style-name="Seal" draw:name="公章${sealNo}" text:anchor-type="paragraph" svg:x="${b.dx}cm" svg:y="${b.dy}cm" svg:width="4.2cm" svg:height="4.2cm" draw:z-index="${sealNo}"><draw:image><office:binary-data>${png}</office:binary-data></draw:image></draw:frame></text:p>`,
      );
    } else {
      tableNo++;
      const cols = Math.max(...b.rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)));
      const widths = b.widths ?? Array.from({ length: cols }, () => 15.6 / cols);
      const cell = b.border ? 'CellB' : 'CellN';
      const ps = styleName(b.style, styles);
      const psBold = styleName({ ...b.style, bold: true }, styles);
      const rows = b.rows.map((r) => {
        const cells = r.map((c) => {
          const text = typeof c === 'string' ? c : c.text;
          const span = typeof c === 'string' ? 1 : (c.span ?? 1);
          const bold = typeof c !== 'string' && c.bold;
          const paras = text.split('\n').map((line) => `<text:p text:style-name="${bold ? psBold : ps}">${esc(line)}</text:p>`).join('');
          const covered = span > 1 ? '<table:covered-table-cell/>'.repeat(span - 1) : '';
          return `<table:table-cell table:style-name="${cell}" office:value-type="string"${span > 1 ? ` table:number-columns-spanned="${span}"` : ''}>${paras}</table:table-cell>${covered}`;
        });
        return `<table:table-row>${cells.join('')}</table:table-row>`;
      });
      const colXml = widths.map((_, i) => `<table:table-column table:style-name="T${tableNo}C${i}"/>`).join('');
      bodyXml.push(`<table:table table:name="表格${tableNo}" table:style-name="T${tableNo}">${colXml}${rows.join('')}</table:table>`);
      styles.set(`table:${tableNo}`, [
        `<style:style style:name="T${tableNo}" style:family="table"><style:table-properties style:width="${widths.reduce((a, w) => a + w, 0).toFixed(2)}cm" table:align="center"/></style:style>`,
        ...widths.map((w, i) => `<style:style style:name="T${tableNo}C${i}" style:family="table-column"><style:table-column-properties style:column-width="${w.toFixed(2)}cm"/></style:style>`),
      ].join(''));
    }
  }
  const f = meta.furniture ?? {};
  const autoStyles = [...styles.entries()].map(([key, name]) => (key.startsWith('table:') ? name : paraStyleXml(name, JSON.parse(key) as ParaStyle))).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(meta.title)}</dc:title><meta:generator>Microsoft Office Word</meta:generator><meta:initial-creator>Administrator</meta:initial-creator></office:meta>
<office:font-face-decls>
<style:font-face style:name="宋体" svg:font-family="宋体" style:font-family-generic="roman"/>
<style:font-face style:name="仿宋" svg:font-family="仿宋_GB2312" style:font-family-generic="roman"/>
<style:font-face style:name="黑体" svg:font-family="黑体" style:font-family-generic="swiss"/>
<style:font-face style:name="楷体" svg:font-family="楷体_GB2312" style:font-family-generic="roman"/>
<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
</office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:line-height="140%"/><style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" style:font-name-asian="宋体" style:font-size-asian="12pt"/></style:style>
<style:style style:name="Break" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="CellB" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="CellN" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
<style:style style:name="Seal" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph" fo:border="none" fo:padding="0cm"/></style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21.0cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="${f.header || f.watermark ? '2.2' : '3.7'}cm" fo:margin-bottom="${f.pageNumbers ? '2.0' : '3.5'}cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>${f.header || f.watermark ? '<style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style>' : ''}${f.pageNumbers ? '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/></style:footer-style>' : ''}</style:page-layout>${f.header || f.watermark || f.pageNumbers ? `
<style:style style:name="Furniture" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="宋体" style:font-name-asian="宋体" fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="WatermarkText" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="黑体" style:font-name-asian="黑体" fo:font-size="60pt" style:font-size-asian="60pt" fo:color="#d0d0d0"/></style:style>
<style:style style:name="Watermark" style:family="graphic"><style:graphic-properties style:wrap="run-through" style:run-through="background" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="center" style:horizontal-rel="page" fo:border="none" fo:padding="0cm" draw:fill="none" draw:stroke="none"/></style:style>` : ''}
${autoStyles}
</office:automatic-styles>
<office:master-styles>${masterXml(f) ? `<style:master-page style:name="Standard" style:page-layout-name="A4">${masterXml(f)}</style:master-page>` : '<style:master-page style:name="Standard" style:page-layout-name="A4"/>'}</office:master-styles>
<office:body><office:text>
${bodyXml.join('\n')}
</office:text></office:body></office:document>
`;
}

/** The header (running title, watermark anchored to the page) and footer (page numbers) of the master page. */
function masterXml(f: Furniture): string {
  const mark = f.watermark
    ? `<draw:frame draw:style-name="Watermark" draw:name="水印" text:anchor-type="paragraph" svg:y="11cm" svg:width="14cm" svg:height="3.2cm" draw:z-index="0"><draw:text-box><text:p text:style-name="WatermarkText">${esc(f.watermark)}</text:p></draw:text-box></draw:frame>`
    : '';
  const header = f.header || f.watermark ? `<style:header><text:p text:style-name="Furniture">${mark}${esc(f.header ?? '')}</text:p></style:header>` : '';
  const footer = f.pageNumbers ? '<style:footer><text:p text:style-name="Furniture">第 <text:page-number text:select-page="current">1</text:page-number> 页 共 <text:page-count>1</text:page-count> 页</text:p></style:footer>' : '';
  return header + footer;
}
