// What the attachments say, cross-checked against the dossier (三, 二.3, 二.4, 四.1). Rules read the layout
// of what the PDF reader or OCR found (src/core/layout.ts: reading order, table cells, "the value of label
// X"); a value that contradicts the dossier is an error, a value not found in a document that has text is
// a warning naming what was looked for, and a scan, or a text layer that does not decode, is one warning
// that the document cannot be verified.
//
// Text read by OCR from a scan (pdf.ocr: src/ocr) is judged by the same rules, allowing for recognition
// errors: a long name or title may differ in one character; a credit code that fails its check character
// or is one character off the declared one is a warning to verify by eye, not an error; a valid credit
// code of another unit is still an error. Dates and amounts are taken as read (PP-OCRv4 reads digits
// well, and a tolerance there would turn a planted one-digit mistake, 2025 for 2028, into a warning).
import { defineRule, type Note, type Report, type RuleInput } from './rule.js';
import type { AttachmentFact, PdfFacts } from '../core/attachments.js';
import type { Msg } from '../core/finding.js';
import { documentLayout, valueOf, type Layout } from '../core/layout.js';
import { containsName, containsNameOcr, nearlySame, findAmountsWan, findCreditCodes, findDates, labelledDate, bestMatch, similarity, tokenText, type FoundDate } from '../core/textfacts.js';
import { normaliseCode } from '../core/checksums.js';
import { addToDate, isCalendarDate } from '../core/dates.js';
import { reference } from '../policy/reference.js';
import { isForeign, partnersOf } from './helpers.js';
import { materialOf } from './materials.js';

/** Pages read whose text layer does not decode (and OCR did not replace): 1-based. */
const unreadablePages = (pdf: PdfFacts): number[] => (pdf.pageTexts ?? []).filter((p) => p.unreadable).map((p) => p.page);

/** The facts of a readable attachment with text; undefined when there is nothing to read (a scan, or a text
 * layer that does not decode on some page OCR did not replace: attachment-no-text says so, and no fact of
 * such a document is judged). */
function readable(input: RuleInput, path: string): Doc | undefined {
  const fact = input.attachments.get(path);
  const pdf = fact?.pdf;
  if (!fact || fact.status !== 'ok' || !pdf || pdf.problem || !pdf.hasText || unreadablePages(pdf).length) return undefined;
  const layout = documentLayout(pdf);
  return { fact, pdf, layout, text: layout.text, ocr: (pdf.ocr?.pages.length ?? 0) > 0 };
}

/** A readable attachment's facts, layout and text; `ocr`: some of its text was recognised from a scan. */
interface Doc {
  fact: AttachmentFact;
  pdf: PdfFacts;
  layout: Layout;
  text: string;
  ocr: boolean;
}

/** Whether the document names `name`, with OCR's tolerance when it was read from a scan. */
const names = (doc: Doc, name: string): boolean => (doc.ocr ? containsNameOcr(doc.text, name) : containsName(doc.text, name));

const pct = (x: number) => `${Math.round(x * 100)}%`;

// ---------------------------------------------------------------------------------------------
// Form: what a portal or a reviewer would refuse before reading a word.

const A4 = { width: 595.28, height: 841.89, tolerance: 6 };
const isA4 = (p: { width: number; height: number }) => {
  const [w, h] = p.width < p.height ? [p.width, p.height] : [p.height, p.width];
  return Math.abs(w - A4.width) <= A4.tolerance && Math.abs(h - A4.height) <= A4.tolerance;
};
/** Characters upload forms and Windows refuse, and emoji. */
const ODD_NAME = /[<>:"|?*\u{1F000}-\u{1FFFF}]/u;

export const pdfForm = defineRule({
  id: 'attachment-pdf',
  clause: '三',
  severity: 'error',
  title: { zh: '附件PDF可打开、未加密、有页面，A4纸幅，文件名可上传', en: 'Each attachment PDF opens, is not encrypted, has pages, is A4 and has an uploadable name' },
  hint: { zh: '用原始文件重新导出PDF（不加密码、A4纸幅），文件名用简短的中文或字母数字', en: 'Export the PDF again from the original (no password, A4) with a short plain name' },
  messages: {
    encrypted: { zh: '附件“{file}”已加密，需要密码才能打开，评审无法查看', en: 'The attachment "{file}" is encrypted and needs a password to open', hint: { zh: '去掉打开密码后重新导出PDF', en: 'Export the PDF again without the password' } },
    corrupt: { zh: '附件“{file}”已损坏或不是有效的PDF，无法打开（{detail}）', en: 'The attachment "{file}" is damaged or not a valid PDF ({detail})', hint: { zh: '用原始文件重新导出PDF，并确认能用阅读器打开', en: 'Export the PDF again from the original and check that it opens' } },
    'no-pages': { zh: '附件“{file}”没有任何页面', en: 'The attachment "{file}" has no pages', hint: { zh: '重新导出PDF，确认包含全部页面', en: 'Export the PDF again with all its pages' } },
    timeout: { zh: '附件“{file}”读取超时，内容未能核对，请人工检查', en: 'Reading "{file}" timed out; its content was not checked, check it by hand', severity: 'warning', hint: { zh: '请人工检查该附件；可重新导出为较小的PDF', en: 'Check this attachment by hand; a smaller export may be read' } },
    'too-many-pages': { zh: '附件“{file}”页数过多（{pages}页），内容未核对，请人工检查', en: 'The attachment "{file}" has too many pages ({pages}); not checked, check it by hand', severity: 'warning', hint: { zh: '请人工检查该附件；只上传通知要求的材料页', en: 'Check this attachment by hand; upload only the pages the notice asks for' } },
    header: {
      zh: '附件“{file}”的文件开头不规范（{how}），PDF阅读器可以打开，但严格的网上申报系统可能拒收；建议用“另存为/导出为PDF”重新生成',
      en: 'The file "{file}" does not start as a PDF should ({how}); readers open it, but a strict portal may refuse it. Export it again',
      severity: 'warning',
      hint: { zh: '用原始文件“另存为/导出为PDF”重新生成该附件', en: 'Export the attachment to PDF again from the original' },
    },
    badPage: {
      zh: '附件“{file}”第{pages}页无法读取（页面结构损坏），该页内容未核对，评审时可能无法显示，请人工检查',
      en: 'Page {pages} of "{file}" cannot be read (a damaged page); it was not checked and may not display for reviewers, check it by hand',
      severity: 'warning',
      hint: { zh: '用原始文件重新导出PDF，并确认每一页都能正常打开', en: 'Export the PDF again from the original and check that every page opens' },
    },
    restricted: { zh: '附件“{file}”设置了权限密码（可能禁止打印），纸质材料须打印，建议去除限制', en: 'The attachment "{file}" has an owner password (printing may be forbidden); the paper copies must be printed', severity: 'warning', hint: { zh: '去除权限密码（允许打印）后重新导出PDF', en: 'Export the PDF again without the owner password (printing allowed)' } },
    notA4: { zh: '附件“{file}”第{page}页纸幅为{size}，不是A4；纸质材料须用A4纸打印', en: 'Page {page} of "{file}" is {size}, not A4; the paper copies are A4', severity: 'warning', hint: { zh: '导出或扫描时选择A4纸幅', en: 'Export or scan as A4' } },
    longName: { zh: '附件文件名“{file}”过长（{length}个字符），网上申报系统可能无法上传', en: 'The name "{file}" is long ({length} characters); the portal may refuse it', severity: 'warning', hint: { zh: '把文件名改短（如 营业执照.pdf），并同步修改 dossier.yaml', en: 'Shorten the name (such as 营业执照.pdf) and change dossier.yaml to match' } },
    oddName: { zh: '附件文件名“{file}”含有特殊字符“{char}”，网上申报系统可能无法上传', en: 'The name "{file}" contains "{char}", which the portal may refuse', severity: 'warning', hint: { zh: '去掉文件名中的“{char}”，并同步修改 dossier.yaml', en: 'Remove "{char}" from the name and change dossier.yaml to match' } },
  },
  doc: {
    why: { zh: '加密或损坏的附件无法上传或评审，非A4的附件不便打印装订。', en: 'Encrypted or broken files cannot be uploaded or reviewed; non-A4 pages do not print into the bound copies.' },
  },
  check(input, report) {
    for (const fact of input.attachments.values()) {
      const clause = materialOf(input.dossier, fact.path)?.clause;
      const at = { path: fact.path, ...(clause ? { clause } : {}) };
      const file = fact.file;
      const base = file.split(/[\\/]/).pop() ?? file;
      if ([...base].length > input.policy.attachment.maxNameLength) report('longName', { file, length: [...base].length }, at);
      const odd = ODD_NAME.exec(base);
      if (odd) report('oddName', { file, char: odd[0] }, at);
      const pdf = fact.pdf;
      if (fact.status === 'ok' && fact.headerOffset !== undefined && !pdf?.problem) {
        const how = fact.headerOffset > 0
          ? { zh: `%PDF-之前有${fact.headerOffset}字节多余内容`, en: `${fact.headerOffset} bytes before %PDF-` }
          : { zh: '缺少%PDF-文件头', en: 'no %PDF- header' };
        report('header', { file, how }, at);
      }
      if (fact.status !== 'ok' || !pdf) continue;

      if (pdf.problem) {
        report(pdf.problem, { file, detail: pdf.problemDetail ?? '', pages: pdf.pages }, at);
        continue;
      }
      if (pdf.badPages?.length) report('badPage', { file, pages: pdf.badPages.map((b) => b.page).join('、') }, at);
      if (pdf.restricted) report('restricted', { file }, at);
      const bad = new Set((pdf.badPages ?? []).map((b) => b.page));
      const odds = pdf.pageSizes.findIndex((p, i) => !bad.has(i + 1) && !isA4(p));
      if (odds >= 0) {
        const p = pdf.pageSizes[odds]!;
        report('notA4', { file, page: odds + 1, size: `${Math.round((p.width / 72) * 25.4)}×${Math.round((p.height / 72) * 25.4)} mm` }, { ...at, clause: '四.1' });
      }
    }
  },
});

/** Paths whose content kjhz cross-checks, and the material names for the scan warning. */
function checkedPaths(input: RuleInput): string[] {
  const a = input.dossier.attachments ?? {};
  const paths = ['attachments.applicationForm', 'attachments.businessLicense', 'attachments.leadQualification', 'attachments.employmentProof', 'attachments.fundingCommitment', 'attachments.auditReport', 'attachments.platformProof', 'attachments.noveltySearch.file'];
  const agreements = (Array.isArray(input.dossier.agreements) ? input.dossier.agreements : []).map((_, i) => `agreements.${i}.file`);
  return [...paths.filter((p) => p !== 'attachments.noveltySearch.file' || a.noveltySearch), ...agreements];
}

export const scanned = defineRule({
  id: 'attachment-no-text',
  clause: '三',
  severity: 'warning',
  title: { zh: '附件有文字层，内容可以核对', en: 'The attachment has a text layer that can be checked' },
  hint: { zh: '请人工核对该附件；如有电子原件，上传带文字的PDF更便于审查', en: 'Check this attachment by hand; a PDF with text, if you have one, is easier to review' },
  messages: {
    scan: { zh: '附件“{file}”是扫描件（没有文字层），kjhz 无法核对其内容，请人工检查', en: '"{file}" is a scan without a text layer; kjhz cannot verify it, check it by hand' },
    ocrOff: {
      zh: '附件“{file}”是扫描件，未进行文字识别（--no-ocr），kjhz 未核对其内容，请人工检查',
      en: '"{file}" is a scan and was not recognised (--no-ocr); kjhz did not verify it, check it by hand',
      hint: { zh: '去掉 --no-ocr 再检查一次，kjhz 会识别扫描件的文字并核对印章；或人工核对', en: 'Check again without --no-ocr: kjhz then reads the scan and looks for its seals; or check it by hand' },
    },
    unreadable: {
      zh: '附件“{file}”第{pages}页的文字层无法识别（字体未带字符编码，复制出的是乱码），kjhz 未核对其内容，请人工核对',
      en: 'The text layer of "{file}" (page {pages}) does not decode to characters (fonts without a character map); kjhz did not verify it, check it by hand',
      hint: { zh: '用原始文件重新导出PDF（嵌入字体），或人工核对内容', en: 'Export the PDF again from the original (fonts embedded), or check it by hand' },
    },
    unread: {
      zh: '附件“{file}”是扫描件，kjhz 未能从中识别出文字（{why}），无法核对其内容，请人工检查',
      en: '"{file}" is a scan and kjhz could not read any text in it ({why}); check it by hand',
      hint: { zh: '请人工核对；可将原件端正、清晰地重新扫描（150–300 dpi）后再检查', en: 'Check it by hand, or scan the original again, straight and sharp (150–300 dpi), and check again' },
    },
  },
  doc: {
    why: { zh: '扫描件或文字层无法识别的文件，其内容读不出来时，既不能判为合格也不能判为不合格。', en: 'A scan, or a text layer that does not decode, that cannot be read neither passes nor fails.' },
  },
  check(input, report) {
    for (const path of checkedPaths(input)) {
      const fact = input.attachments.get(path);
      if (fact?.status !== 'ok' || !fact.pdf || fact.pdf.problem) continue;
      const garbled = unreadablePages(fact.pdf);
      if (fact.pdf.hasText && !garbled.length) continue;
      {
        const clause = materialOf(input.dossier, path)?.clause;
        const at = { path, ...(clause ? { clause } : {}) };
        // OCR was tried (src/ocr): say what stopped it, page by page
        const ocr = fact.pdf.ocr;
        if (garbled.length && !ocr) report('unreadable', { file: fact.file, pages: garbled.join('、') }, at);
        else if (ocr) {
          const why = ocr.failed.length
            ? { zh: ocr.failed.map((f) => `第${f.page}页：${f.detail}`).join('；'), en: ocr.failed.map((f) => `page ${f.page}: ${f.detail}`).join('; ') }
            : { zh: '页面上没有可辨认的文字', en: 'no legible text on its pages' };
          report('unread', { file: fact.file, why }, at);
        } else report(fact.pdf.ocrOff ? 'ocrOff' : 'scan', { file: fact.file }, at);
      }
    }
  },
});

// ---------------------------------------------------------------------------------------------
// Content, document by document.

/** Looks for the applicant's or a person's name; notes it when found, warns when not. */
function expectName(doc: Doc, name: string | undefined, path: string, what: Msg, report: Report, note: Note, file: string, field: string, messageId = 'nameMissing'): void {
  if (!name) return;
  if (names(doc, name)) note(path, what, name, [field]);
  else report(messageId, { file, what, name }, { path });
}

const nameMissing = {
  zh: '附件“{file}”中未找到{what}“{name}”，请核对是否为本单位/本人的材料',
  en: '"{file}" does not show the {what} "{name}"; check that it is the right document',
  severity: 'warning' as const,
  hint: { zh: '核对该附件是否为本单位/本人的材料；名称应与 dossier.yaml 中的写法一致（写全称）', en: 'Check that the attachment is the right unit\'s or person\'s; the name must be written as in dossier.yaml (in full)' },
};

export const licenseContent = defineRule({
  id: 'license-content',
  clause: '三.2(1)',
  severity: 'error',
  title: { zh: '营业执照/法人证书显示申报单位的名称和统一社会信用代码', en: 'The licence shows the applicant\'s name and credit code' },
  hint: { zh: '上传申报单位本单位的营业执照（或事业单位法人证书），并核对 dossier.yaml 中的信用代码', en: 'Upload the applicant\'s own licence and check the code in dossier.yaml' },
  messages: {
    otherCode: { zh: '营业执照显示的统一社会信用代码为{found}，与填写的{declared}不一致', en: 'The licence shows credit code {found}, not the declared {declared}' },
    codeUnsure: {
      zh: '扫描件“{file}”上识别出的统一社会信用代码为{found}，与填写的{declared}不一致，但可能是识别误差（校验位不符或只差一个字符），请人工核对',
      en: 'The credit code read from the scan "{file}" is {found}, not the declared {declared}, possibly a misreading (bad check character, or one character off): check by eye',
      severity: 'warning',
      hint: { zh: '对照执照原件核对统一社会信用代码；扫描不清时请重新扫描（端正、清晰）', en: 'Compare the credit code with the original licence; if the scan is unclear, scan it again, straight and sharp' },
    },
    noCode: { zh: '营业执照“{file}”中未找到统一社会信用代码{declared}', en: 'The credit code {declared} was not found in "{file}"', severity: 'warning', hint: { zh: '核对营业执照上的统一社会信用代码与 dossier.yaml 中的一致；扫描件请确认清晰可读', en: 'Check that the licence shows the code in dossier.yaml; a scan must be legible' } },
    nameMissing,
  },
  doc: {
    why: { zh: '执照须属于申报单位本身；上传其他单位的执照会被退回。', en: 'The licence must be the applicant\'s own.' },
  },
  check(input, report, note) {
    const path = 'attachments.businessLicense';
    const doc = readable(input, path);
    if (!doc) return;
    const declared = input.dossier.applicant?.creditCode;
    if (declared) {
      const want = normaliseCode(declared);
      const codes = findCreditCodes(doc.text);
      // read from a scan, only a valid code far from the declared one is another unit's licence
      const sure = doc.ocr ? codes.filter((c) => c.valid && !nearlySame(c.code, want, 1)) : codes;
      if (codes.some((c) => c.code === want)) note(path, { zh: '统一社会信用代码', en: 'credit code' }, want, ['applicant.creditCode']);
      else if (sure.length) report('otherCode', { found: sure.map((c) => c.code).join('、'), declared: want }, { path });
      else if (codes.length) report('codeUnsure', { file: doc.fact.file, found: codes.map((c) => c.code).join('、'), declared: want }, { path });
      else report('noCode', { file: doc.fact.file, declared: want }, { path });
    }
    expectName(doc, input.dossier.applicant?.name, path, { zh: '单位名称', en: 'unit name' }, report, note, doc.fact.file, 'applicant.name');
  },
});

/** Words a certificate prints for each title rank and degree. */
const RANK_WORDS: Record<string, string[]> = {
  senior: ['正高级', '研究员', '教授', '主任医师', '主任药师', '正高'],
  'associate-senior': ['副高级', '副研究员', '副教授', '高级工程师', '高级农艺师', '副主任医师', '高级实验师', '副高'],
};
const DEGREE_WORDS: Record<string, string[]> = { doctorate: ['博士'] };

export const qualificationContent = defineRule({
  id: 'qualification-content',
  clause: '三.2(2)',
  severity: 'warning',
  title: { zh: '职称或学位证明写明项目负责人及其职称或学位', en: 'The title or degree certificate names the lead and the title or degree' },
  hint: { zh: '上传项目负责人本人的职称证书或博士学位证书', en: 'Upload the lead\'s own title or doctoral certificate' },
  messages: {
    nameMissing,
    titleMissing: { zh: '证明“{file}”中未找到所填的职称或学位（{looked}）', en: '"{file}" does not show the declared title or degree ({looked})' },
  },
  doc: {
    why: { zh: '副高以上职称或博士学位须有证明材料。', en: 'The title or doctorate must be proven.' },
  },
  check(input, report, note) {
    const path = 'attachments.leadQualification';
    const doc = readable(input, path);
    if (!doc) return;
    const lead = input.dossier.lead;
    expectName(doc, lead?.name, path, { zh: '项目负责人姓名', en: 'lead\'s name' }, report, note, doc.fact.file, 'lead.name');
    const words = [...(lead?.title ? [lead.title] : []), ...(RANK_WORDS[lead?.titleRank ?? ''] ?? []), ...(DEGREE_WORDS[lead?.degree ?? ''] ?? [])];
    if (!words.length) return;
    const found = words.find((w) => names(doc, w));
    if (found) note(path, { zh: '职称/学位', en: 'title/degree' }, found, ['lead.title', 'lead.titleRank', 'lead.degree']);
    else report('titleMissing', { file: doc.fact.file, looked: words.join('/') }, { path });
  },
});

export const employmentContent = defineRule({
  id: 'employment-content',
  clause: '三.2(2)',
  severity: 'error',
  title: { zh: '在职/在聘证明写明负责人和申报单位，在聘证明的受聘期限覆盖执行期', en: 'The employment proof names lead and applicant; a hiring term covers the period' },
  hint: { zh: '由申报单位出具在职（在岗、在聘）证明，在聘证明须写明受聘期限并覆盖项目执行期', en: 'Have the applicant issue the proof; for a contract, state a term that covers the period' },
  messages: {
    nameMissing,
    termShort: { zh: '在聘证明写明的受聘期限至{found}，未覆盖项目执行期（至{periodEnd}）', en: 'The proof gives a hiring term until {found}, before the period ends ({periodEnd})' },
    termLate: {
      zh: '在聘证明写明的受聘期限自{found}起，晚于项目执行期开始日期{periodStart}，未覆盖执行期',
      en: 'The proof gives a hiring term from {found}, after the period starts ({periodStart})',
      hint: { zh: '受聘期限须覆盖整个项目执行期（开始和结束）；请出具写明完整受聘期限的在聘证明', en: 'The hiring term must cover the whole period, start and end: get a proof that states the full term' },
    },
    noTermEnd: {
      zh: '在聘证明“{file}”写明的受聘期限自{found}起，未写明截止日期，无法确认覆盖项目执行期（至{periodEnd}）',
      en: '"{file}" gives a hiring term from {found} without an end; it cannot be seen to cover the period (to {periodEnd})',
      severity: 'warning',
      hint: { zh: '在聘证明须写明受聘期限的起止日期，如“聘期自2023年7月1日至2028年6月30日”', en: 'The proof must state the term from and to, such as "聘期自2023年7月1日至2028年6月30日"' },
    },
    termMismatch: { zh: '在聘证明写明的受聘期限至{found}，与填写的{declared}不一致', en: 'The proof gives a term until {found}, not the declared {declared}', severity: 'warning', hint: { zh: '使 lead.contractEnd 与在聘证明写明的受聘期限一致', en: 'Make lead.contractEnd the term the proof states' } },
    termUnclear: { zh: '在聘证明“{file}”中未找到明确的受聘期限，文中最晚的日期为{found}，早于项目执行期结束日期{periodEnd}，请核对', en: 'No clear hiring term in "{file}"; its latest date, {found}, is before the period ends ({periodEnd}); please check', severity: 'warning', hint: { zh: '在聘证明须写明受聘期限，如“聘期至2028年6月30日”', en: 'The proof must state the hiring term, such as "聘期至2028年6月30日"' } },
    noTerm: { zh: '在聘证明“{file}”中未找到受聘期限（三.2(2)：在聘证明需明确受聘期限）', en: 'No hiring term found in "{file}" (a contract proof must state its term)', severity: 'warning', hint: { zh: '在聘证明须写明受聘期限，如“聘期至2028年6月30日”', en: 'The proof must state the hiring term, such as "聘期至2028年6月30日"' } },
  },
  doc: {
    why: { zh: '证明须表明负责人在项目执行期内一直在申报单位工作。', en: 'It must show the lead works for the applicant throughout the project.' },
  },
  check(input, report, note) {
    const path = 'attachments.employmentProof';
    const doc = readable(input, path);
    if (!doc) return;
    const { lead, applicant, project } = input.dossier;
    expectName(doc, lead?.name, path, { zh: '项目负责人姓名', en: 'lead\'s name' }, report, note, doc.fact.file, 'lead.name');
    expectName(doc, applicant?.name, path, { zh: '申报单位名称', en: 'applicant\'s name' }, report, note, doc.fact.file, 'applicant.name');
    if (lead?.employment !== 'contracted') return;
    const file = doc.fact.file;
    const periodStart = project?.period?.start;
    const periodEnd = project?.period?.end;
    const term = hiringTerm(doc.text);
    if (term) {
      // the whole term covers the period: it starts by the period's start and ends no earlier than its end
      const start = term.start && firstDay(term.start);
      const end = term.end && lastDay(term.end);
      if (start && periodStart && start > periodStart) report('termLate', { found: term.start!.date, periodStart }, { path });
      if (!end) return void report('noTermEnd', { file, found: term.start!.date, periodEnd: periodEnd ?? '' }, { path });
      if (periodEnd && end < periodEnd) return void report('termShort', { found: term.end!.date, periodEnd }, { path });
      if (lead.contractEnd && term.end!.precision === 'day' && term.end!.date !== lead.contractEnd) report('termMismatch', { found: term.end!.date, declared: lead.contractEnd }, { path });
      else if (!(start && periodStart && start > periodStart)) note(path, { zh: '受聘期限', en: 'hiring term' }, { zh: `${term.start?.date ?? ''}至${term.end!.date}`, en: term.start ? `${term.start.date} to ${term.end!.date}` : `until ${term.end!.date}` }, ['lead.contractEnd', 'lead.employment']);
      return;
    }
    // no term printed as such: the latest date of the text is only a guess
    const dates = findDates(doc.text).filter((d) => d.precision === 'day');
    const latest = dates.map((d) => d.date).sort().pop();
    if (!latest) return report('noTerm', { file }, { path });
    if (periodEnd && latest < periodEnd) return report('termUnclear', { found: latest, periodEnd, file }, { path });
    if (lead.contractEnd && latest !== lead.contractEnd && !dates.some((d) => d.date === lead.contractEnd)) report('termMismatch', { found: latest, declared: lead.contractEnd }, { path });
    else note(path, { zh: '受聘期限至', en: 'hired until' }, latest, ['lead.contractEnd', 'lead.employment']);
  },
});

/** The first and the last day a printed date stands for (a month: its first or last day). */
const firstDay = (d: FoundDate): string => (d.precision === 'day' ? d.date : `${d.date}-01`);
function lastDay(d: FoundDate): string {
  if (d.precision === 'day') return d.date;
  const [y, m] = d.date.split('-').map(Number) as [number, number];
  return `${d.date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

const TERM_LABELS = /(?:受聘|聘用|聘任|劳动合同|聘用合同)?(?:期限|聘期|期间)|聘期/gu;
const TO = /(?:至|到|[-—–~～－])\s*$/u;

/**
 * The hiring term printed after its label: 受聘期限：2023年7月1日至2028年6月30日, 聘期自2025年3月1日起,
 * 聘用期至2028年6月30日 (start, end, or both; a month counts as printed). Undefined when no term label is
 * followed by a date.
 */
export function hiringTerm(text: string): { start?: FoundDate; end?: FoundDate } | undefined {
  for (const m of text.matchAll(TERM_LABELS)) {
    if (!/聘|合同/u.test(m[0]) && !/聘/u.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const from = m.index + m[0].length;
    // the term's own clause: to the end of the sentence
    const clause = text.slice(from, from + 80).split(/[。；;\n]/u)[0]!;
    const dates = findDates(clause).filter((d) => d.index <= 40);
    if (!dates.length) continue;
    const [d1, d2] = dates;
    const before1 = clause.slice(0, d1!.index);
    if (d2 && TO.test(clause.slice(d1!.index + d1!.text.length, d2.index).replace(/起/u, ''))) return { start: d1, end: d2 };
    if (/(?:至|到)\s*$/u.test(before1)) return { end: d1 };
    if (/(?:自|从)\s*$/u.test(before1) || clause.slice(d1!.index + d1!.text.length).startsWith('起')) return { start: d1 };
    return { end: d1 };
  }
  return undefined;
}

/** The five contents of 二.3, by the words an agreement uses for them, in Chinese and in English (an
 * English-first bilingual agreement names them in English). */
const CONTENT_WORDS: { key: string; label: Msg; words: string[]; english: string[] }[] = [
  { key: 'content', label: { zh: '研究内容', en: 'research content' }, words: ['研究内容', '合作内容', '研究任务', '合作事项'], english: ['research content', 'content of cooperation', 'cooperation content', 'scope of cooperation', 'scope of work', 'research tasks', 'joint research'] },
  { key: 'tasks', label: { zh: '任务分工', en: 'division of tasks' }, words: ['任务分工', '分工', '职责', '双方责任'], english: ['division of tasks', 'division of work', 'division of labour', 'division of labor', 'responsibilities', 'obligations'] },
  { key: 'term', label: { zh: '合同期限', en: 'term' }, words: ['期限', '有效期', '合作期'], english: ['term', 'validity', 'valid from', 'valid until', 'duration', 'in force'] },
  { key: 'funding', label: { zh: '经费分配', en: 'funding' }, words: ['经费', '资金', '费用'], english: ['funds', 'funding', 'budget', 'costs', 'expenses'] },
  { key: 'ip', label: { zh: '知识产权归属', en: 'IP ownership' }, words: ['知识产权', '成果归属', '专利', '利益分配'], english: ['intellectual property', 'patent', 'benefit sharing', 'sharing of benefits', 'ownership of results'] },
];

/** English words as words (term, not "determine"), any case, across line breaks. */
const englishWords = (words: readonly string[]) => new RegExp(`\\b(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'iu');
const CONTENT_ENGLISH = new Map(CONTENT_WORDS.map((c) => [c.key, englishWords(c.english)]));

/** Words that open an agreement's validity clause. 至 alone also ends work-plan phases, so only a 至 in
 * the same sentence, shortly after one of these, counts. */
const VALIDITY_ZH = /有效期限?|协议期限|合作期限|合同期限|本协议自|本合同自|本协议有效|本合同有效/gu;
// (\b, or glued to is/be/remain: OCR drops the spaces between English words, "isvalid from")
const VALIDITY_EN = /(?:\b|(?<=\b(?:is|be|remains?)))(?:valid(?:ity)?|in force|term|effective|duration)\b/giu;

/** Words of the project's own period, which a validity sentence may quote (有效期三年，覆盖项目执行期（2025年7月1日至
 * 2027年6月30日）): a 至 after them is the period's, not the agreement's. */
const PERIOD_ZH = /执行期|实施期|项目周期/u;
const PERIOD_EN = /\b(?:project|implementation) period\b/iu;

/** The end of an agreement's own validity: 有效期（自…起）至 DATE, 有效期：DATE—DATE, valid from … to DATE,
 * in force until DATE; only a full date. Undefined when no validity clause prints one (a date elsewhere —
 * a work plan's, or the project period the clause quotes — is not the validity). */
export function validityEnd(text: string): string | undefined {
  const dates = findDates(text).filter((d) => d.precision === 'day');
  // (each language's own period words: a two-column agreement's lines interleave both languages)
  const clauseEnd = (re: RegExp, to: RegExp, stop: RegExp, period: RegExp): string | undefined => {
    for (const m of text.matchAll(re)) {
      const window = text.slice(m.index, m.index + 90).split(stop)[0]!;
      for (const t of window.matchAll(to)) {
        if (period.test(window.slice(0, t.index))) break;
        const after = m.index + t.index + t[0].length;
        const d = dates.find((d) => d.index >= after && d.index - after <= 3);
        if (d) return d.date;
      }
    }
    return undefined;
  };
  // a range typed with a dash (2024年9月26日—2027年12月31日, 2024.11.1-2027.12.31) ends at its second date
  return clauseEnd(VALIDITY_ZH, /至|到|[-—–~]+/gu, /[。；;]/u, PERIOD_ZH) ?? clauseEnd(VALIDITY_EN, /\b(?:[Tt]o|[Uu]ntil|[Tt]ill|[Tt]hrough)(?![a-z])/gu, /(?<!\b(?:No|Art|Dr|Prof))\.(?:\s|$)|;/u, PERIOD_EN);
}

// only the agreement's own validity words: 保密期限一年 or a patent's term is not the agreement's
const YEARS_ZH = /(?:有效期限?|协议期限|合同期限|合作期限)(?:为|是)?[:：]?\s*([一二两三四五六七八九十\d]{1,2})\s*年(?![\d月])/u;
const YEARS_EN = /\b(?:valid|in force|in effect)\b[^.;]{0,30}?\bfor\s+(?:a\s+(?:term|period)\s+of\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s*\(\d{1,2}\))?\s+years?\b/iu;
const YEAR_WORDS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** A validity written as a length from signing (自双方签字之日起生效，有效期三年; shall remain valid for five
 * years): the number of years, when no end date is printed. */
export function validityYears(text: string): number | undefined {
  const m = YEARS_ZH.exec(text) ?? YEARS_EN.exec(text);
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : YEAR_WORDS[m[1]!.toLowerCase()];
  return n && n <= 20 ? n : undefined;
}

/** Latin letters per Chinese character below which a document has no English text of its own: a Chinese
 * agreement with a foreign partner still names it, its address and its signatories in English (≈ 0.25 in
 * test/fixtures/realistic), while a 中英文对照 one carries the whole text twice (≈ 2.3). Letters, not
 * words: OCR often drops the spaces between English words. */
const ENGLISH_PER_HAN = 0.8;
const englishText = (text: string, han: number): boolean => (text.match(/[A-Za-z]/g) ?? []).length >= han * ENGLISH_PER_HAN;
/** Every page of the document was read (its English part may be on pages not read). */
const wholeRead = (pdf: PdfFacts): boolean => pdf.text.length >= pdf.pages && !pdf.ocr?.failed.length;

export const agreementContent = defineRule({
  id: 'agreement-text',
  clause: '二.3',
  severity: 'error',
  title: { zh: '合作协议文本：写明合作方、五项内容和有效期，国际合作有英文文本', en: 'The agreement text names the partner, the five contents and the term; international ones have English' },
  hint: { zh: '上传双方签署的完整协议；国际合作须为中英文对照文本', en: 'Upload the complete signed agreement; international ones in Chinese and English' },
  messages: {
    noEnglish: { zh: '与国外合作单位“{partner}”的协议“{file}”中没有英文文本，涉及国际科技合作的项目需提供中英文对照协议', en: 'The agreement "{file}" with the foreign partner "{partner}" has no English text; a Chinese-English agreement is required' },
    noChinese: { zh: '协议“{file}”中没有中文文本，需提供中英文对照协议', en: 'The agreement "{file}" has no Chinese text; a Chinese-English agreement is required' },
    partnerMissing: { zh: '协议“{file}”中未找到合作单位名称“{partner}”', en: 'The agreement "{file}" does not name the partner "{partner}"', severity: 'warning', hint: { zh: '核对协议中合作单位的名称与 partners[].name 一致（写全称）', en: 'Check that the agreement names the partner as partners[].name does (full name)' } },
    contentMissing: { zh: '协议“{file}”中未找到{what}相关条款（查找：{words}）', en: 'No clause on {what} found in "{file}" (looked for {words})', severity: 'warning', hint: { zh: '在协议中补充{what}条款', en: 'Add a clause on {what} to the agreement' } },
    endsEarly: { zh: '协议“{file}”文本中的有效期至{found}，早于项目执行期结束日期{end}', en: 'The agreement "{file}" says it is valid until {found}, before the period ends ({end})', hint: { zh: '续签协议使有效期覆盖项目执行期，并使 validUntil 与协议文本一致', en: 'Extend the agreement to cover the period, and make validUntil what it says' } },
    validityMissing: { zh: '协议“{file}”文本的有效期条款中未找到填写的有效期截止日期{declared}', en: 'The declared end date {declared} is not in the validity clause of "{file}"', severity: 'warning', hint: { zh: '使 agreements[].validUntil 与协议文本中的有效期一致', en: 'Make agreements[].validUntil the end date the agreement prints' } },
    validityDiffers: { zh: '协议“{file}”文本中的有效期至{found}，与填写的有效期截止日期{declared}不一致', en: 'The agreement "{file}" is valid until {found}, not the declared {declared}', severity: 'warning', hint: { zh: '使 agreements[].validUntil 与协议文本中的有效期一致', en: 'Make agreements[].validUntil the end date the agreement prints' } },
  },
  doc: {
    why: { zh: 'dossier.yaml 的声明须与协议原文一致。', en: 'What dossier.yaml declares must match the agreement itself.' },
  },
  check(input, report, note) {
    const agreements = Array.isArray(input.dossier.agreements) ? input.dossier.agreements : [];
    agreements.forEach((a, i) => {
      const path = `agreements.${i}.file`;
      const doc = readable(input, path);
      if (!doc || !a) return;
      const file = doc.fact.file;
      const partner = partnersOf(input.dossier).find((p) => p?.name && a.partner && containsName(p.name, a.partner) && containsName(a.partner, p.name));
      const han = (doc.text.match(/\p{Script=Han}/gu) ?? []).length;
      const latinWords = (doc.text.match(/[A-Za-z]{3,}/g) ?? []).length;
      if (partner && isForeign(partner)) {
        if (latinWords < 20 || (wholeRead(doc.pdf) && !englishText(doc.text, han))) report('noEnglish', { partner: a.partner ?? '', file }, { path });
        else if (han < 20) report('noChinese', { file }, { path });
        else note(path, { zh: '中英文对照', en: 'Chinese and English' }, { zh: `${han}字/${latinWords}个英文词`, en: `${han} Chinese characters / ${latinWords} English words` }, [`agreements.${i}.languages`]);
      }
      if (a.partner) {
        if (names(doc, a.partner)) note(path, { zh: '合作单位', en: 'partner' }, a.partner, [`agreements.${i}.partner`]);
        else report('partnerMissing', { file, partner: a.partner }, { path });
      }
      for (const c of CONTENT_WORDS) {
        if (!c.words.some((w) => doc.text.includes(w)) && !CONTENT_ENGLISH.get(c.key)!.test(doc.text)) {
          report('contentMissing', { file, what: c.label, words: [...c.words, ...c.english.slice(0, 2)].join('/') }, { path });
        }
      }
      // the validity from its own clause only: a work plan's 2028 is not a validity until 2028
      const end = input.dossier.project?.period?.end;
      // 有效期三年 from signing: the end is the declared start plus those years (the day before, or that day)
      const years = validityYears(doc.text);
      const fromYears = years && a.validFrom && isCalendarDate(a.validFrom) ? addToDate(a.validFrom, { years, days: -1 }) : undefined;
      const printed = validityEnd(doc.text) ?? (fromYears && a.validUntil && (a.validUntil === fromYears || a.validUntil === addToDate(fromYears, { days: 1 })) ? a.validUntil : fromYears);
      // (printed as declared: the declared date is judged by agreement-validity already, not twice)
      if (a.validUntil && printed === a.validUntil) note(path, { zh: '有效期至', en: 'valid until' }, validityEnd(doc.text) ? a.validUntil : `${a.validUntil}（${years}年，自${a.validFrom}起）`, [`agreements.${i}.validUntil`]);
      else if (printed && end && printed < end) report('endsEarly', { file, found: printed, end }, { path });
      else if (a.validUntil && printed) report('validityDiffers', { file, found: printed, declared: a.validUntil }, { path });
      else if (a.validUntil) report('validityMissing', { file, declared: a.validUntil }, { path });
    });
  },
});

const MATCHING_LABELS = ['自筹配套资金', '配套资金', '自筹资金', '配套经费', '单位自筹'];
/** How far after 配套/自筹 the amount of that sentence may stand. */
const MATCHING_REACH = 40;

/** Words just before an amount that make it the requested guide fund, not the matching one: 配套资金不低于申请
 * 引导资金（50万元）的2倍，即100万元 commits 100. */
const GUIDE_FUND = /(?:引导资金|专项资金|省级?资金|财政资金|总投资|总经费|总预算|总金额)[(（:：为\s]{0,3}$/u;
/** Amounts of a 配套 sentence or cell, without the guide fund's or the project's total. */
const committedAmounts = (text: string) => findAmountsWan(text).filter((a) => !GUIDE_FUND.test(tokenText(text).slice(Math.max(0, a.index - 10), a.index)));

/** An amount in 万元 in a value: printed with its unit, or a bare figure under a label that carries it
 * (配套资金（万元） | 80). */
function amountsIn(value: string, unit: string | undefined): number[] {
  const printed = committedAmounts(value).map((a) => a.wan);
  if (printed.length) return printed;
  const bare = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?$/u.exec(value.replace(/\s+/gu, ''));
  if (!bare || !unit) return [];
  const n = Number(`${bare[1]!.replace(/,/g, '')}${bare[2] ?? ''}`);
  if (/万/u.test(unit)) return [n];
  if (/^元$/u.test(unit)) return [Math.round((n / 10_000) * 1e6) / 1e6];
  return [];
}

/** The amounts committed as matching funds: the value of a 配套资金 label (inline, or in its table cell),
 * and the amounts after 配套/自筹 in each sentence — each, and their sum when there are several
 * (每年配套40万元，共计80万元; 2025年40万元，2026年40万元). */
function matchingAmounts(layout: Layout, text: string): { amounts: number[]; totals: number[] } {
  const out = new Set<number>();
  const totals = new Set<number>();
  let fromCell: number[] = [];
  valueOf(layout, MATCHING_LABELS, (value, unit) => (fromCell = amountsIn(value, unit)).length > 0);
  fromCell.slice(0, 1).forEach((x) => out.add(x));
  for (const m of text.matchAll(/配套|自筹/gu)) {
    const sentence = text.slice(m.index, m.index + 80).split(/[。；;]/u)[0]!;
    const found = committedAmounts(sentence);
    const first = found.find((a) => a.index <= MATCHING_REACH);
    if (!first) continue;
    out.add(first.wan);
    // a total after instalments (每年配套40万元，共计80万元), and instalments by year (2025年40万元，2026年40万元)
    const t = tokenText(sentence);
    const before = (a: { index: number }) => t.slice(Math.max(0, a.index - 8), a.index);
    for (const a of found) if (/(?:共计|合计|总计|累计|共)[为:：\s]{0,2}$/u.test(before(a))) out.add(a.wan);
    const yearly = found.filter((a) => /\d{4}年度?[:：\s]{0,2}$/u.test(before(a)));
    if (yearly.length > 1) totals.add(Math.round(yearly.reduce((n, a) => n + a.wan, 0) * 1e6) / 1e6);
  }
  return { amounts: [...out], totals: [...totals] };
}

export const fundingCommitmentContent = defineRule({
  id: 'funding-commitment-text',
  clause: '三.2(4)',
  severity: 'error',
  title: { zh: '配套资金承诺书写明的配套金额与填写一致', en: 'The matching-funds commitment states the declared amount' },
  hint: { zh: '承诺书中的配套资金金额应与申报的配套资金一致', en: 'The commitment must state the declared matching amount' },
  messages: {
    otherAmount: { zh: '配套资金承诺书中的金额为{found}万元，未见填写的配套资金{declared}万元', en: 'The commitment shows {found}万, not the declared matching {declared}万' },
    amountUnclear: { zh: '配套资金承诺书“{file}”中的金额为{found}万元，未见填写的配套资金{declared}万元，请核对', en: '"{file}" shows {found}万 but not the declared {declared}万; please check', severity: 'warning', hint: { zh: '核对承诺书中的配套金额与 project.funding.matching 一致（单位万元）', en: 'Check that the commitment states project.funding.matching (in 万元)' } },
    noAmount: { zh: '配套资金承诺书“{file}”中未找到配套金额（查找“…万元”）', en: 'No amount (…万元) found in "{file}"', severity: 'warning', hint: { zh: '承诺书须写明配套资金金额，如“配套资金80万元”', en: 'The commitment must state the amount, such as "配套资金80万元"' } },
    nameMissing,
  },
  doc: {
    why: { zh: '承诺书是配套资金的依据，金额须与申报一致。', en: 'The commitment backs the matching funds; the amounts must agree.' },
  },
  check(input, report, note) {
    const path = 'attachments.fundingCommitment';
    const doc = readable(input, path);
    if (!doc) return;
    const declared = input.dossier.project?.funding?.matching;
    expectName(doc, input.dossier.applicant?.name, path, { zh: '申报单位名称', en: 'applicant\'s name' }, report, note, doc.fact.file, 'applicant.name');
    if (typeof declared !== 'number') return;
    // the amount of the 配套资金 sentence or cell; failing that, any amount, which is only a guess
    const { amounts: clause, totals } = matchingAmounts(doc.layout, doc.text);
    const amounts = clause.length ? clause : [...new Set(findAmountsWan(doc.text).map((a) => a.wan))];
    const found = amounts.join('、');
    if ([...amounts, ...totals].some((x) => Math.abs(x - declared) < 0.005)) note(path, { zh: '配套资金', en: 'matching funds' }, `${declared}万元`, ['project.funding.matching']);
    // One amount committed (in figures and in 大写), smaller than declared: the letter commits less.
    // Several amounts may be instalments or budget lines: a person looks.
    else if (clause.length && amounts.length === 1 && amounts[0]! < declared) report('otherAmount', { found, declared }, { path });
    else if (amounts.length) report('amountUnclear', { found, declared, file: doc.fact.file }, { path });
    else report('noAmount', { file: doc.fact.file }, { path });
  },
});

export const auditReportContent = defineRule({
  id: 'audit-report-text',
  clause: '三.2(5)',
  severity: 'error',
  title: { zh: '审计报告为会计师事务所出具的上年度（{call.auditYear}年度）报告', en: 'The audit report is for the previous year ({call.auditYear}), by an accounting firm' },
  hint: { zh: '上传会计师事务所出具的{call.auditYear}年度审计报告', en: 'Upload the {call.auditYear} audit report issued by an accounting firm' },
  messages: {
    wrongYear: { zh: '审计报告“{file}”为{found}年度，须为上年度（{year}年度）', en: '"{file}" is for {found}; the previous year ({year}) is required' },
    noYear: { zh: '审计报告“{file}”中未找到审计年度（查找“{year}年度”“{year}年12月31日”）', en: 'The audited year was not found in "{file}" (looked for {year})', severity: 'warning', hint: { zh: '确认审计报告为{year}年度，并写明审计年度', en: 'Check that the report is for {year} and says so' } },
    noFirm: { zh: '审计报告“{file}”中未见“会计师事务所”，须由会计师事务所出具', en: '"{file}" names no accounting firm (会计师事务所); it must issue the report' },
    nameMissing,
  },
  doc: {
    why: { zh: '旧年度或非会计师事务所出具的报告不符合要求。', en: 'An older report, or one not by an accounting firm, does not qualify.' },
  },
  check(input, report, note) {
    const path = 'attachments.auditReport';
    const doc = readable(input, path);
    if (!doc) return;
    const year = input.policy.auditYear;
    const file = doc.fact.file;
    // The audited year shows as its balance-sheet date (any printed form) or as 某年度; a report dated
    // in the next year, or comparatives of the year before, do not change which year was audited.
    const yearEnds = new Set(findDates(doc.text).filter((d) => d.date.endsWith('-12-31')).map((d) => Number(d.date.slice(0, 4))));
    const mentions = (y: number) => yearEnds.has(y) || new RegExp(`${y}\\s*年度|${y}年财务报表|fiscal year ${y}`, 'u').test(doc.text);
    if (mentions(year)) note(path, { zh: '审计年度', en: 'audited year' }, `${year}`);
    else {
      const other = [year - 1, year - 2, year - 3, year + 1].find(mentions);
      if (other) report('wrongYear', { file, found: other, year }, { path });
      else report('noYear', { file, year }, { path });
    }
    const firm = /[\p{Script=Han}（）()]{2,30}会计师事务所(?:（[^）]{1,12}）)?/u.exec(doc.text)?.[0];
    if (firm) note(path, { zh: '出具机构', en: 'issued by' }, firm);
    else report('noFirm', { file }, { path });
    expectName(doc, input.dossier.applicant?.name, path, { zh: '申报单位名称', en: 'applicant\'s name' }, report, note, file, 'applicant.name');
  },
});

export const platformProofContent = defineRule({
  id: 'platform-proof-text',
  clause: '三.2(6)',
  severity: 'warning',
  title: { zh: '国家级平台证明写明合作单位和平台类型', en: 'The platform proof names the partner and a platform type' },
  hint: { zh: '上传国家级科技创新平台的认定文件或批复，且须为合作单位所有', en: 'Upload the designation document of the partner\'s national platform' },
  messages: {
    nameMissing,
    noType: { zh: '平台证明“{file}”中未找到国家级科技创新平台类型（如{examples}）', en: 'No national platform type found in "{file}" (such as {examples})', hint: { zh: '上传写明平台类型（如 国家重点实验室）的认定文件或批复', en: 'Upload the designation that names the platform type (such as 国家重点实验室)' } },
  },
  doc: {
    why: { zh: '证明须表明平台属于合作单位且为国家级。', en: 'The proof must show the platform is national and the partner\'s.' },
  },
  check(input, report, note) {
    const path = 'attachments.platformProof';
    const doc = readable(input, path);
    if (!doc) return;
    const holders = partnersOf(input.dossier).filter((p) => p?.nationalPlatform);
    const named = holders.find((p) => p.name && names(doc, p.name));
    const at = named ? partnersOf(input.dossier).indexOf(named) : -1;
    if (named?.name) note(path, { zh: '平台依托单位', en: 'platform holder' }, named.name, [`partners.${at}.name`, `partners.${at}.nationalPlatform`]);
    else if (holders[0]?.name) report('nameMissing', { file: doc.fact.file, what: { zh: '合作单位', en: 'partner' }, name: holders[0].name }, { path });
    const pt = reference.platformTypes();
    const types = [...holders.map((p) => p.nationalPlatform?.type ?? ''), ...pt.types.flatMap((t) => [t.name, ...(t.aliases ?? [])]), ...pt.other_types_not_verified.map((t) => t.replace(/（.*$/, ''))].filter(Boolean);
    const type = types.find((t) => doc.text.includes(t));
    if (type) note(path, { zh: '平台类型', en: 'platform type' }, type, at >= 0 ? [`partners.${at}.nationalPlatform`] : []);
    else report('noType', { file: doc.fact.file, examples: pt.types.slice(0, 4).map((t) => t.name).join('、') }, { path });
  },
});

const NOVELTY_DATE_LABELS = ['查新完成日期', '查新完成时间', '报告完成日期', '完成日期', '报告日期', '出具日期', '查新日期', '签发日期'];
const NOVELTY_TITLE_LABELS = ['查新项目名称', '项目名称', '查新课题名称', '课题名称'];

export const noveltySearchContent = defineRule({
  id: 'novelty-search-text',
  clause: '三.2(7)',
  severity: 'error',
  title: { zh: '科技查新报告的完成日期在{call.noveltySearchAfter}之后、与填写一致，且针对本项目', en: 'The novelty report\'s own date is after {call.noveltySearchAfter} and as declared, and it is for this project' },
  hint: { zh: '委托查新机构针对本项目（项目名称一致）重新查新，并按报告填写完成日期', en: 'Commission a novelty search for this project and copy its completion date' },
  messages: {
    tooOld: { zh: '查新报告上印的完成日期为{found}，须为{call.noveltySearchAfter}之后', en: 'The report itself is dated {found}; it must be after {call.noveltySearchAfter}' },
    mismatch: { zh: '查新报告上印的完成日期为{found}，与填写的{declared}不一致', en: 'The report itself is dated {found}, not the declared {declared}', hint: { zh: '按查新报告上印的完成日期填写 attachments.noveltySearch.date', en: 'Give the date printed on the report in attachments.noveltySearch.date' } },
    noDate: { zh: '查新报告“{file}”中未找到完成日期（查找：{labels}）', en: 'No completion date found in "{file}" (looked for {labels})', severity: 'warning', hint: { zh: '确认查新报告写明了完成日期；扫描件请确认清晰', en: 'Check that the report prints its completion date; a scan must be legible' } },
    otherProject: { zh: '查新报告的查新项目为“{found}”，与本项目“{title}”不符（相似度{score}）', en: 'The report is for "{found}", not this project "{title}" (similarity {score})' },
    titleDiffers: { zh: '查新报告的项目名称“{found}”与本项目“{title}”略有不同（相似度{score}），请确认', en: 'The report\'s project name "{found}" differs slightly from "{title}" (similarity {score}); please confirm', severity: 'warning', hint: { zh: '确认查新项目名称与本项目名称一致；略有不同时可请查新机构出具说明', en: 'Confirm the report\'s project name is this project; for a small difference ask the agency for a note' } },
    noTitle: { zh: '查新报告“{file}”中未找到本项目名称“{title}”（最接近的文字相似度{score}）', en: '"{file}" does not name this project "{title}" (closest passage {score} similar)', severity: 'warning', hint: { zh: '确认查新报告针对本项目，并写明本项目名称', en: 'Check that the report is for this project and names it' } },
  },
  doc: {
    why: { zh: '报告本身的日期才是依据；针对其他项目的查新报告无效。', en: 'The date printed on the report is what counts; a report for another project is void.' },
  },
  check(input, report, note) {
    const path = 'attachments.noveltySearch.file';
    const doc = readable(input, path);
    if (!doc) return;
    const file = doc.fact.file;
    const limit = input.policy.noveltySearchAfter;
    const declared = input.dossier.attachments?.noveltySearch?.date;
    const printed = labelledDate(doc.layout, NOVELTY_DATE_LABELS);
    if (!printed) report('noDate', { file, labels: NOVELTY_DATE_LABELS.slice(0, 4).join('/') }, { path });
    else {
      // A date printed to the month only (二〇二四年六月) is judged by its month.
      const comparable = (d: string) => (printed.precision === 'month' ? d.slice(0, 7) : d);
      // Declared and printed alike and too old: novelty-search-date has said so already.
      if (comparable(printed.date) < comparable(limit)) {
        if (declared === undefined || comparable(declared) !== printed.date) report('tooOld', { found: printed.date }, { path });
      }
      else if (declared && comparable(declared) !== printed.date) report('mismatch', { found: printed.date, declared }, { path });
      else note(path, { zh: '查新完成日期', en: 'completion date' }, printed.date, ['attachments.noveltySearch.date']);
    }
    const title = input.dossier.project?.title;
    if (!title) return;
    const labelled = valueOf(doc.layout, NOVELTY_TITLE_LABELS);
    const { same, unrelated } = input.policy.titleMatch;
    if (labelled) {
      const score = Math.max(similarity(labelled.value, title), bestMatch(labelled.value, title).score);
      // read from a scan: the title with one character misread is this project's
      if (score >= same || (doc.ocr && containsNameOcr(labelled.value, title))) note(path, { zh: '查新项目名称', en: 'project name' }, { zh: `${labelled.value}（${pct(score)}）`, en: `${labelled.value} (${pct(score)})` }, ['project.title']);
      else if (score < unrelated) report('otherProject', { found: labelled.value, title, score: pct(score) }, { path });
      else report('titleDiffers', { found: labelled.value, title, score: pct(score) }, { path });
      return;
    }
    const best = bestMatch(doc.text, title);
    if (best.score >= same || (doc.ocr && containsNameOcr(doc.text, title))) note(path, { zh: '项目名称', en: 'project name' }, pct(best.score), ['project.title']);
    else report('noTitle', { file, title, score: pct(best.score) }, { path });
  },
});

export const applicationFormContent = defineRule({
  id: 'application-form-text',
  clause: '三.1',
  severity: 'warning',
  title: { zh: '申报书写明本项目名称和申报单位', en: 'The application form names this project and the applicant' },
  hint: { zh: '上传申报系统生成的本项目申报书', en: 'Upload the form the portal generated for this project' },
  messages: {
    nameMissing,
  },
  doc: {
    why: { zh: '防止上传其他项目或旧版本的申报书。', en: 'Catches a form of another project or an old version.' },
  },
  check(input, report, note) {
    const path = 'attachments.applicationForm';
    const doc = readable(input, path);
    if (!doc) return;
    expectName(doc, input.dossier.project?.title, path, { zh: '项目名称', en: 'project title' }, report, note, doc.fact.file, 'project.title');
    expectName(doc, input.dossier.applicant?.name, path, { zh: '申报单位名称', en: 'applicant\'s name' }, report, note, doc.fact.file, 'applicant.name');
  },
});

export const contentRules = [
  pdfForm,
  scanned,
  applicationFormContent,
  licenseContent,
  qualificationContent,
  employmentContent,
  agreementContent,
  fundingCommitmentContent,
  auditReportContent,
  platformProofContent,
  noveltySearchContent,
];
