// The seals (公章) a clerk checks on the paper: the documents the notice wants sealed, compared with the
// red seals found on their pages (src/ocr/seal.ts, in AttachmentFact.pdf.seals). Only pages that were
// looked at count: scanned pages, and born-digital pages where an electronic seal may stand (the file
// has an image, or the page paints red paths: src/pdf/read.ts); a born-digital file in black without
// any image is not judged here, and nothing is said with --no-ocr.
import { defineRule, type RuleInput } from './rule.js';
import type { Msg } from '../core/finding.js';
import { APPLICANT_SEALED } from '../core/attachments.js';
import { isDomestic, partnersOf } from './helpers.js';
import { materialOf } from './materials.js';

/** The seals a document needs: who must have stamped it. */
interface Needed {
  path: string;
  who: Msg[];
}

const applicantSeal = (name: string | undefined): Msg =>
  name ? { zh: `申报单位“${name}”`, en: `the applicant "${name}"` } : { zh: '申报单位', en: 'the applicant' };

function needed(input: RuleInput): Needed[] {
  const { dossier } = input;
  const applicant = applicantSeal(dossier.applicant?.name);
  const out: Needed[] = [];
  const agreements = Array.isArray(dossier.agreements) ? dossier.agreements : [];
  agreements.forEach((a, i) => {
    if (!a) return;
    const partner = partnersOf(dossier).find((p) => p?.name && a.partner && p.name === a.partner);
    // 二.3: the Chinese side seals every agreement; a domestic partner seals too. What the dossier declares
    // (sealed: …) is what the pages must show; undeclared, what the notice requires.
    const who: Msg[] = [];
    if (a.sealed?.applicant !== false) who.push(applicant);
    if (partner && isDomestic(partner) && a.sealed?.partner !== false) who.push({ zh: `合作单位“${a.partner}”`, en: `the partner "${a.partner}"` });
    if (who.length) out.push({ path: `agreements.${i}.file`, who });
  });
  for (const path of APPLICANT_SEALED) out.push({ path, who: [applicant] });
  return out;
}

const join = (who: Msg[], lang: 'zh' | 'en'): string => who.map((w) => w[lang]).join(lang === 'zh' ? '和' : ' and ');

export const attachmentSeals = defineRule({
  id: 'attachment-seal',
  clause: '二.3',
  severity: 'warning',
  title: { zh: '须盖章的附件上可见公章（合作文件、在职证明、配套资金承诺书、科研诚信承诺书）', en: 'Documents that must be sealed show the seals (agreements, employment proof, funding commitment, integrity pledge)' },
  hint: { zh: '上传加盖公章后的扫描件（彩色扫描，印章清晰），或带电子印章的PDF', en: 'Upload a colour scan of the sealed original, with the seals legible, or a PDF with electronic seals' },
  messages: {
    missing: {
      zh: '附件“{file}”中未见{who}的公章',
      en: 'No seal of {who} was found in "{file}"',
      hint: { zh: '确认原件已加盖公章后重新彩色扫描上传（印章清晰、不被裁掉）', en: 'Make sure the original is sealed, then upload a colour scan with the seals legible and not cut off' },
    },
    fewer: {
      zh: '附件“{file}”中只见{found}枚公章，应有{who}的公章（共{count}枚）',
      en: 'Only {found} seal(s) found in "{file}"; {who} should have sealed it ({count} seals)',
      hint: { zh: '确认双方（各方）均已加盖公章后重新彩色扫描上传', en: 'Make sure every party has sealed it, then upload a colour scan' },
    },
    grey: {
      zh: '附件“{file}”为灰度扫描，无法核对印章，请人工核对',
      en: '"{file}" is a greyscale scan: its seals cannot be checked, check them by hand',
      hint: { zh: '用彩色模式扫描，印章才能被核对', en: 'Scan in colour so that the seals can be checked' },
    },
  },
  doc: {
    why: { zh: '未盖章的协议、证明和承诺书不具效力；评审时逐份核对印章。', en: 'An unsealed agreement, proof or pledge has no force; reviewers check every seal.' },
    fail: 'agreements: [{ partner: 北京科技大学, sealed: { applicant: true, partner: true } }]   # 扫描件上只有一枚公章',
    pass: '# 扫描件上可见申报单位和北京科技大学两枚红色公章',
  },
  check(input, report, note) {
    for (const need of needed(input)) {
      const fact = input.attachments.get(need.path);
      const seals = fact?.status === 'ok' && !fact.pdf?.problem ? fact.pdf?.seals : undefined;
      if (!fact || !seals || seals.pages.length === 0) continue;
      const clause = materialOf(input.dossier, need.path)?.clause ?? '二.3';
      const at = { path: need.path, clause };
      const found = seals.found.length;
      if (found >= need.who.length) {
        const pages = [...new Set(seals.found.map((s) => s.page))];
        note(need.path, { zh: '公章', en: 'seals' }, { zh: `${found}枚（第${pages.join('、')}页）`, en: `${found} (page${pages.length > 1 ? 's' : ''} ${pages.join(', ')})` });
      } else if (!seals.colour && found === 0) {
        // a scan read no text from already has its "check by hand" warning (attachment-no-text)
        if (fact.pdf?.hasText) report('grey', { file: fact.file }, at);
      }
      else if (found === 0) report('missing', { file: fact.file, who: { zh: join(need.who, 'zh'), en: join(need.who, 'en') } }, at);
      else report('fewer', { file: fact.file, found, count: need.who.length, who: { zh: join(need.who, 'zh'), en: join(need.who, 'en') } }, at);
    }
  },
});
