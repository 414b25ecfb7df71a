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
//
// --check: generate in memory and compare with the files on disk; exit 1 if any differs.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { rng } from './random.js';
import { degrade, imagePdf, rasterise, scanPrinted, sealFontName, unitOnLine, type ScanOptions } from './scanmake.js';
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

async function main(): Promise<void> {
  sealFontName(); // registers the font the letterhead is drawn with
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
  if (check) {
    console.log(differences ? `${differences} file(s) differ: run npm run fixtures:scans` : 'scans are up to date');
    process.exitCode = differences ? 1 : 0;
  }
}

await main();
