// npm run fixtures:scans  (= tsx scripts/make-scans.ts [--check])
//
// Scanned dossiers for the OCR and seal tests, made from the born-digital fixtures (run `npm run fixtures`
// first) the way an office makes them: each page printed and scanned (rasterised at 150 dpi, a red seal
// stamped over the 盖章 line with the unit's name, 1–2° of skew, paper tone and noise, JPEG quality 60), and
// put back into an image-only PDF. Written to test/fixtures/scans/ and committed, like the other fixtures:
//
//   regional-clean/    samples/valid-regional, every attachment scanned, every declared seal stamped:
//                      must pass as its born-digital twin does (no error, no seal warning)
//   regional-planted/  the same dossier with a mistake planted in each scanned document (PLANTED below:
//                      another unit's licence, a 查新 of March and of another project, a hiring term
//                      ending before the period, an agreement without its IP clause and the partner's
//                      seal, a 2022 audit without a firm, a smaller committed amount, a provincial
//                      platform, a certificate of another person); the pledge scanned in grey
//   key-country/       samples/valid-key-country with its bilingual agreement scanned (the rest
//                      born-digital), and key-country-zh-only/ with a Chinese-only one
//   pages/             single scanned pages for unit tests: an upside-down phone photo, a faint seal,
//                      no seal, a grey scan, a red letterhead without a seal, and damaged images
//                      (undecodable JPEG, CMYK, 16-bit, JBIG2, CCITT, a 20,000 × 20,000 px page)
//   seal-over/         one-page proofs whose seal is stamped over a checked field (the unit's name, its
//                      credit code, a date) at the field's start, middle or end, across the line or with
//                      its ring or 专用章 crossing it; a fresh, a faint, a dark red and a smudged heavy
//                      stamp; JPEG q60 (q45 for one); 1–3° of skew. fields.json: what each page says
//
// --check: generate in memory and compare with the files on disk; exit 1 if any differs.
// --seal-over: only seal-over/.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { rng } from './random.js';
import { degrade, drawSeal, imagePdf, rasterise, scanPrinted, sealFontName, textSpots, unitOnLine, type ScanOptions } from './scanmake.js';
import { makePdf, rawPdf } from './pdfmake.js';
import { planSample } from './make-fixtures.js';
import { parse as parseYaml } from 'yaml';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/scans');
const DATE = new Date('2024-11-16T02:00:00Z');
const DPI = 150;
const A4 = { width: 595.28, height: 841.89 };

let differences = 0;
const check = process.argv.includes('--check');
function emit(path: string, bytes: Uint8Array): void {
  const rel = relative(ROOT, path);
  if (check) {
    if (!existsSync(path) || Buffer.compare(readFileSync(path), Buffer.from(bytes)) !== 0) {
      differences++;
      console.log(`differs: ${rel}`);
    }
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  console.log(`${String(bytes.length).padStart(8)}  ${rel}`);
}

/** scanPdf at this folder's resolution and date. */
const scanPdf = (pdf: Uint8Array, o: ScanOptions) => scanPrinted(pdf, o, { dpi: DPI, date: DATE });

/** Every PDF a dossier declares (the files next to its dossier.yaml). */
function pdfsOf(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
}

/** Mistakes planted in regional-planted (keys as in a fixture.yaml: top of scripts/make-fixtures.ts). */
const PLANTED = {
  businessLicense: { name: '山西晋材镁合金科技有限公司', creditCode: '91140100MA0L1K2M9L' },
  leadQualification: { name: '李四' },
  employmentProof: { contractEnd: '2025-12-31' },
  agreements: { 0: { omit: ['ip'] } },
  fundingCommitment: { matching: 45 },
  auditReport: { year: 2022, firm: false },
  platformProof: { type: '省级重点实验室' },
  noveltySearch: { printedDate: '2024-03-18', title: '锂电池回收利用关键技术研究' },
};

/** The dossier's documents as make-fixtures writes them, with `overrides` planted. */
async function plannedPdfs(dir: string, overrides: object): Promise<Map<string, Uint8Array>> {
  const d = parseYaml(readFileSync(join(dir, 'dossier.yaml'), 'utf8')) as Parameters<typeof planSample>[0];
  const out = new Map<string, Uint8Array>();
  for (const p of planSample(d, overrides as Parameters<typeof planSample>[1])) {
    out.set(p.file, await makePdf({ pages: p.pages.map((lines) => ({ lines })), meta: { title: p.title, creator: 'kjhz scans (scripts/make-scans.ts)', date: DATE } }));
  }
  return out;
}

async function scanDossier(from: string, to: string, opts: { only?: string[]; seed: number; perFile?: Record<string, Partial<ScanOptions>>; planted?: Map<string, Uint8Array> }): Promise<void> {
  if (!check) mkdirSync(to, { recursive: true });
  emit(join(to, 'dossier.yaml'), readFileSync(join(from, 'dossier.yaml')));
  let seed = opts.seed;
  for (const f of pdfsOf(from)) {
    const bytes = opts.planted?.get(f) ?? new Uint8Array(readFileSync(join(from, f)));
    if (opts.only && !opts.only.includes(f)) {
      emit(join(to, f), bytes);
      continue;
    }
    emit(join(to, f), await scanPdf(bytes, { seed: seed++, ...opts.perFile?.[f] }));
  }
}

// ── damaged images: raw PDFs around one image XObject drawn over an A4 page ──────────────────────

function imagePage(dict: string, data: Uint8Array | string): Uint8Array {
  const body = typeof data === 'string' ? data : Buffer.from(data).toString('latin1');
  const content = `q ${A4.width} 0 0 ${A4.height} 0 0 cm /Im0 Do Q`;
  return rawPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    `<< /Type /XObject /Subtype /Image ${dict} /Length ${body.length} >>\nstream\n${body}\nendstream`,
  ]);
}

function damaged(): Record<string, Uint8Array> {
  const random = rng(99);
  const junk = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  // a JPEG cut after its header: the decoder gives up
  const c = createCanvas(400, 300);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, 400, 300);
  ctx.fillStyle = '#000';
  ctx.fillRect(40, 40, 300, 20);
  const jpeg = new Uint8Array(c.toBuffer('image/jpeg', 60));
  const w = 200;
  const h = 280;
  const cmyk = new Uint8Array(w * h * 4).map((_, i) => (i % 4 === 3 ? (Math.floor(i / 4 / w) % 20 < 4 ? 230 : 10) : 0));
  const deep = new Uint8Array(w * h * 2).map((_, i) => (i % 2 === 0 ? (Math.floor(i / 2 / w) % 20 < 4 ? 20 : 240) : 0));
  return {
    'bad-jpeg.pdf': imagePage('/Width 400 /Height 300 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', jpeg.slice(0, 400)),
    'cmyk.pdf': imagePage(`/Width ${w} /Height ${h} /ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /FlateDecode`, new Uint8Array(deflateSync(cmyk))),
    '16-bit.pdf': imagePage(`/Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 16 /Filter /FlateDecode`, new Uint8Array(deflateSync(deep))),
    'jbig2.pdf': imagePage('/Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode', junk(2000)),
    'ccitt.pdf': imagePage('/Width 2480 /Height 3508 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /CCITTFaxDecode /DecodeParms << /K -1 /Columns 2480 /Rows 3508 >>', junk(2000)),
    'huge.pdf': imagePage('/Width 20000 /Height 20000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', jpeg),
  };
}

// ── single pages for the seal detector and the OCR tests ──────────────────────────────────────────

async function pages(): Promise<void> {
  const dir = join(OUT, 'pages');
  const regional = join(ROOT, 'samples/valid-regional');
  const read = (p: string) => new Uint8Array(readFileSync(p));
  // a phone photo of the commitment, upside down
  emit(join(dir, 'upside-down.pdf'), await scanPdf(read(join(regional, '配套资金承诺书.pdf')), { seed: 12, degrade: { turn: 180, skew: 2.5, noise: 9, paper: 1 } }));
  emit(join(dir, 'faint-seal.pdf'), await scanPdf(read(join(regional, '在聘证明.pdf')), { seed: 13, ink: 0.3 }));
  emit(join(dir, 'no-seal.pdf'), await scanPdf(read(join(regional, '在聘证明.pdf')), { seed: 14, sealFor: () => undefined }));
  emit(join(dir, 'grey.pdf'), await scanPdf(read(join(regional, '在聘证明.pdf')), { seed: 15, degrade: { grey: true } }));
  emit(join(dir, 'letterhead.pdf'), await letterhead(read(join(regional, '在聘证明.pdf'))));
  for (const [name, bytes] of Object.entries(damaged())) emit(join(dir, name), bytes);
}

/** A proof on red letterhead paper (the unit's name in red, a red double rule) and no seal. */
async function letterhead(pdf: Uint8Array): Promise<Uint8Array> {
  const random = rng(16);
  const [page] = await rasterise(pdf, DPI);
  const ctx = page!.getContext('2d');
  ctx.save();
  ctx.globalCompositeOperation = 'multiply';
  ctx.fillStyle = 'rgb(210,30,40)';
  ctx.font = `bold ${Math.round(DPI * 0.45)}px KjhzSeal`;
  ctx.textAlign = 'center';
  ctx.fillText('晋城新能源材料有限公司文件', page!.width / 2, DPI * 0.75);
  ctx.fillRect(DPI * 0.8, DPI * 0.95, page!.width - DPI * 1.6, 6);
  ctx.fillRect(DPI * 0.8, DPI * 0.95 + 10, page!.width - DPI * 1.6, 2);
  // a red round logo dot and a red underline at the foot
  ctx.beginPath();
  ctx.arc(DPI * 0.9, DPI * 0.6, DPI * 0.12, 0, Math.PI * 2);
  ctx.fill();
  ctx.fillRect(DPI * 1, page!.height - DPI * 1.2, page!.width - DPI * 2, 3);
  ctx.restore();
  const scanned = degrade(page!, { skew: 1.2, noise: 6, paper: 0.4 }, random);
  return imagePdf([{ jpeg: new Uint8Array(scanned.toBuffer('image/jpeg', 60)), ...A4 }], { title: 'scan', date: DATE });
}

// ── seals over checked fields ─────────────────────────────────────────────────────────────────────

/** A valid 统一社会信用代码 (GB 32100 check character) from its first 17 characters. */
function uscc(body: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...body].reduce((n, c, i) => n + alphabet.indexOf(c) * weights[i]!, 0);
  return body + alphabet[(31 - (sum % 31)) % 31]!;
}

/** What one seal-over page says, and where its seal is. */
export interface SealOverPage {
  file: string;
  /** The field the seal is stamped over. */
  over: 'name' | 'code' | 'date';
  /** Along the field's line (0: its start, 1: its end), and up/down from the line in seal radii. */
  along: number;
  across: number;
  stamp: 'fresh' | 'faint' | 'dark' | 'heavy';
  fields: { name: string; code: string; date: string };
}

const UNITS = [
  ['晋城光电科技有限公司', '91140500MA0KX3P2L'],
  ['山西华晋精密铸造股份有限公司', '91140200MA0HQ7N41'],
  ['太原理工大学', '12140000405200177'],
  ['长治市潞安新材料研究院', '52140400MA0L2Y6C3'],
  ['运城盐湖高新技术产业开发区管理委员会', '11140800MB1950285'],
  ['大同煤矿集团机电装备科技有限公司', '91140200110014482'],
] as const;
const DATES = ['2024年8月8日', '2024年10月18日', '2023年12月1日', '2024年7月30日', '2024年9月6日', '2024年11月11日'];

/** The stamps: ink, colour, JPEG quality. Dark red is an old pad's colour; heavy is an overinked stamp. */
const STAMPS = {
  fresh: { ink: 0.9, quality: 60 },
  faint: { ink: 0.3, quality: 60 },
  dark: { ink: 1, colour: [150, 24, 34] as [number, number, number], quality: 60 },
  heavy: { ink: 1, colour: [196, 20, 30] as [number, number, number], quality: 45 },
} as const;

/** The pages: every field under every stamp, the seal at the field's start, middle or end, on or beside the line. */
export function sealOverPlan(): SealOverPage[] {
  const out: SealOverPage[] = [];
  const spots = [
    [0.1, 0],
    [0.55, 0.35],
    [0.9, -0.4],
    [0.4, -0.15],
  ] as const;
  let i = 0;
  for (const over of ['name', 'code', 'date'] as const) {
    for (const [k, stamp] of (['fresh', 'faint', 'dark', 'heavy'] as const).entries()) {
      const [along, across] = spots[(k + i) % spots.length]!;
      const [name, body] = UNITS[i % UNITS.length]!;
      const n = String(out.length + 1).padStart(2, '0');
      out.push({ file: `${n}-${over}-${stamp}.pdf`, over, along, across, stamp, fields: { name, code: uscc(body), date: DATES[(i * 5) % DATES.length]! } });
      i++;
    }
  }
  return out;
}

/** Labels and values on one line each; a form's wide gap on every other page, a colon on the others. */
function sealOverLines(p: SealOverPage, gap: boolean): { lines: string[] } {
  const sep = gap ? '      ' : '：';
  const of = { name: `单位名称${sep}${p.fields.name}`, code: `统一社会信用代码${sep}${p.fields.code}`, date: `完成日期${sep}${p.fields.date}` };
  return { lines: ['证  明', '', '兹证明下列单位信息属实，特此证明。', '', of.name, of.code, '项目负责人      王建华', of.date, '', '（盖章）'] };
}

async function sealOver(): Promise<void> {
  const dir = join(OUT, 'seal-over');
  const plan = sealOverPlan();
  for (const [i, p] of plan.entries()) {
    const random = rng(500 + i);
    const { lines } = sealOverLines(p, i % 2 === 1);
    const pdf = await makePdf({ fontSize: 14, pages: [{ lines }], meta: { title: 'seal over a field', date: DATE } });
    const [page] = await rasterise(pdf, DPI);
    // the field's line as pdf.js runs it (a wide gap may split it in two): its start and end
    const spots = (await textSpots(pdf, () => true))[0]!;
    const value = spots.find((t) => t.text.includes(p.fields[p.over]))!;
    const onLine = spots.filter((t) => Math.abs(t.y - value.y) < 2);
    const x0 = Math.min(...onLine.map((t) => t.x));
    const spot = { x: x0, y: value.y, width: Math.max(...onLine.map((t) => t.x + t.width)) - x0 };
    const k = DPI / 72;
    const r = (21 / 25.4) * DPI;
    const stamp = STAMPS[p.stamp];
    drawSeal(page!.getContext('2d'), { x: (spot.x + p.along * spot.width) * k, y: (spot.y - 14 * 0.35) * k + p.across * r, r, text: '山西省科学技术情报研究所', ink: stamp.ink, ...('colour' in stamp ? { colour: stamp.colour } : {}) }, random);
    const skew = (i % 2 ? -1 : 1) * (1 + (i % 5) / 2);
    const scanned = degrade(page!, { skew, noise: 7, paper: 0.5 }, random);
    emit(join(dir, p.file), await imagePdf([{ jpeg: new Uint8Array(scanned.toBuffer('image/jpeg', stamp.quality)), ...A4 }], { title: 'scan', date: DATE }));
  }
  emit(join(dir, 'fields.json'), new TextEncoder().encode(`${JSON.stringify(plan, null, 2)}\n`));
}

async function main(): Promise<void> {
  sealFontName(); // registers the font the letterhead is drawn with
  if (process.argv.includes('--seal-over')) return sealOver();
  await scanDossier(join(ROOT, 'samples/valid-regional'), join(OUT, 'regional-clean'), { seed: 100 });
  const regional = join(ROOT, 'samples/valid-regional');
  await scanDossier(regional, join(OUT, 'regional-planted'), {
    seed: 200,
    planted: await plannedPdfs(regional, PLANTED),
    only: ['营业执照.pdf', '博士学位证书.pdf', '在聘证明.pdf', '合作协议-北京科技大学.pdf', '配套资金承诺书.pdf', '2023年度审计报告.pdf', '国家企业技术中心证明.pdf', '科技查新报告.pdf', '科研诚信承诺书.pdf'],
    perFile: {
      // the partner's seal left off the agreement: a declared seal no page shows
      '合作协议-北京科技大学.pdf': { sealFor: (line) => (/乙方/.test(line) ? undefined : unitOnLine(line)) },
      // a grey scan: its seal cannot be checked
      '科研诚信承诺书.pdf': { degrade: { grey: true } },
    },
  });
  const key = join(ROOT, 'samples/valid-key-country');
  await scanDossier(key, join(OUT, 'key-country'), { seed: 300, only: ['合作协议.pdf'] });
  await scanDossier(key, join(OUT, 'key-country-zh-only'), { seed: 400, only: ['合作协议.pdf'], planted: await plannedPdfs(key, { agreements: { 0: { english: false } } }) });
  await pages();
  await sealOver();
  if (check) {
    console.log(differences ? `${differences} file(s) differ: run npm run fixtures:scans` : 'scans are up to date');
    process.exitCode = differences ? 1 : 0;
  }
}

await main();
